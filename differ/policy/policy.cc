#include "policy/policy.h"

#include "absl/algorithm/container.h"
#include "absl/strings/str_cat.h"
#include "diff_context.h"
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

// Deprecation is permission to remove a declaration on the announced
// schedule (the timeline rules judge that), not to change it in place: its
// users were told to move away, not that it would change under them. So
// only the removal of a deprecated declaration is exempt, `= delete`
// included, which removes it as well (and the addition of one deprecated
// from the start); what changes in a kept one is checked as for a stable
// one.
bool IsTierExempt(const DeclPair& subject, const Finding& finding) {
  Tier tier = Promise(subject).stability().tier();
  if (tier == STABLE || finding.category() == Name(Category::kPolicy)) return false;
  if (tier != DEPRECATED) return true;
  return !IsKept(subject) || finding.rule() == "function-deleted";
}

// "(it is deprecated since 1.2: ...)", appended to findings about a
// deprecated declaration changed in place.
void NoteDeprecated(const DeclPair& subject, Finding& finding) {
  const Stability& mark = Promise(subject).stability();
  finding.set_message(absl::StrCat(
      finding.message(), " (it is deprecated", mark.since().empty() ? "" : " since ",
      mark.since(), ": deprecation allows removing it on the announced schedule, not "
      "changing it in place)"));
}

void MarkExempt(Finding& finding) {
  finding.set_exempt(true);
  finding.set_severity(std::string(Name(Severity::kInfo)));
  finding.set_bump(std::string(Name(Bump::kNone)));
}

// The configuration whose exemptions define the promise about `subject`:
// the baseline's for a declaration it had, so a newly added exemption hides
// nothing (it is reported as exemption-added instead).
const Config& ExemptionsFor(const DeclPair& subject, const Policy& policy) {
  return subject.before != nullptr && policy.baseline_config ? *policy.baseline_config
                                                             : policy.config;
}

void ApplyConfig(Finding& finding, const Config& config) {
  // An override cannot lower the finding that reports overrides lowered.
  for (const SeverityOverride& override : config.severity_override()) {
    if (override.rule() == finding.rule() && finding.rule() != "policy-loosened") {
      finding.set_severity(override.severity());
    }
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
  // Unless already keyed (policy_changes.h keys a converted finding by the
  // original it stands for).
  if (finding.key().empty()) finding.set_key(FindingKey(finding, subject));
  const Decl& promise = Promise(subject);
  // Policy findings are about the tiers themselves, so a tier cannot exempt
  // them.
  if (IsTierExempt(subject, finding) || IsExemptByConfig(promise, ExemptionsFor(subject, policy))) {
    if (!verbose) return false;
    MarkExempt(finding);
    return true;
  }
  if (promise.stability().tier() == DEPRECATED && finding.category() != Name(Category::kPolicy)) {
    NoteDeprecated(subject, finding);
  }
  ApplyConfig(finding, policy.config);
  return true;
}

}  // namespace apicompat
