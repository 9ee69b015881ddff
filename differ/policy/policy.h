// The release policy a comparison applies on top of the checks: what the
// configuration exempts, enforces, re-rates and acknowledges, the versions
// being compared, and what fails the check.
#ifndef APICOMPAT_DIFFER_POLICY_POLICY_H_
#define APICOMPAT_DIFFER_POLICY_POLICY_H_

#include <optional>

#include "apicompat/config.pb.h"
#include "apicompat/report.pb.h"
#include "match.h"
#include "policy/semver.h"
#include "rule_catalog.h"

namespace apicompat {

struct Policy {
  Config config;  // as loaded; an empty one has the defaults
  // The configuration at the baseline (`check`: the release tag's), when
  // known. Then exemptions of baseline declarations are judged by it (what
  // users were promised), and what the current one loosens is reported
  // (policy_changes.h).
  std::optional<Config> baseline_config;
  std::optional<Version> baseline_version;
  std::optional<Version> current_version;
  Severity fail_on = Severity::kError;
};

// Applies the policy to `finding`, which is about `subject`: the
// configuration's categories, severities and acknowledgements, and
// exemptions. Of a declaration exempt by its tier in the baseline
// (internal, experimental; deprecated only for its removal) only the tier
// changes are reported, and of one the configuration exempts nothing (it
// says the declaration is no API at all); with `verbose` the others are
// kept as info, marked exempt. False when the finding is dropped.
bool ApplyPolicy(const DeclPair& subject, const Policy& policy, bool verbose,
                 Finding& finding);

// Whether `finding` of `report` (as Summarize left it) fails the check: at
// or above the report's fail_on, neither exempt nor acknowledged, and not
// covered by the release the versions make (with both versions, semantic
// versioning allows an api or abi break in a major release; policy findings
// are promises that no version number settles).
bool FailsCheck(const Finding& finding, const Report& report);

// Counts, verdict, required bump, the semantic-versioning verdict and whether
// the check fails, from the report's findings.
void Summarize(const Policy& policy, Report& report);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_POLICY_POLICY_H_
