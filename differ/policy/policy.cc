#include "policy/policy.h"

#include "absl/algorithm/container.h"
#include "policy/acknowledgements.h"
#include "policy/exemptions.h"

namespace apicompat {
namespace {

// What users were promised is what the baseline says: a declaration exempt
// there may change freely. An added declaration is judged by itself.
const Decl& Promise(const DeclPair& pair) {
  return pair.before != nullptr ? *pair.before : *pair.after;
}

// Policy rules are always enforced; api and abi as configured (both when the
// configuration does not say).
bool Enforced(const Finding& finding, const Config& config) {
  return finding.category() == Name(Category::kPolicy) || config.enforce().empty() ||
         absl::c_linear_search(config.enforce(), finding.category());
}

void MarkExempt(Finding& finding) {
  finding.set_exempt(true);
  finding.set_severity(std::string(Name(Severity::kInfo)));
  finding.set_bump(std::string(Name(Bump::kNone)));
}

void ApplyConfig(Finding& finding, const Config& config) {
  for (const SeverityOverride& override : config.severity_override()) {
    if (override.rule() == finding.rule()) finding.set_severity(override.severity());
  }
  if (const Acknowledgement* acknowledgement = FindAcknowledgement(config, finding.key())) {
    finding.set_acknowledged(true);
    finding.set_acknowledgement(acknowledgement->reason());
  }
}

}  // namespace

bool ApplyPolicy(const DeclPair& subject, const Policy& policy, bool verbose,
                 Finding& finding) {
  if (!Enforced(finding, policy.config)) return false;
  finding.set_key(FindingKey(finding, subject));
  const Decl& promise = Promise(subject);
  // Policy findings are about the tiers themselves, so a tier cannot exempt
  // them.
  bool tier_exempt =
      promise.stability().tier() != STABLE && finding.category() != Name(Category::kPolicy);
  if (tier_exempt || IsExemptByConfig(promise, policy.config)) {
    if (!verbose) return false;
    MarkExempt(finding);
  } else {
    ApplyConfig(finding, policy.config);
  }
  return true;
}

}  // namespace apicompat
