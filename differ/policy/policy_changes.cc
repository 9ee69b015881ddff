#include "policy/policy_changes.h"

#include "absl/algorithm/container.h"
#include "absl/strings/str_cat.h"
#include "policy/acknowledgements.h"
#include "policy/exemptions.h"

namespace apicompat {
namespace {

bool Enforces(const Config& config, absl::string_view category) {
  return category == Name(Category::kPolicy) || config.enforce().empty() ||
         absl::c_linear_search(config.enforce(), category);
}

// The severity `config` gives a finding checked at `severity`.
Severity Rated(const Finding& finding, Severity severity, const Config& config) {
  for (const SeverityOverride& override : config.severity_override()) {
    if (override.rule() == finding.rule()) {
      severity = ParseSeverity(override.severity()).value_or(severity);
    }
  }
  return severity;
}

// `finding` becomes policy-loosened, about the same declaration and place;
// its key keeps the original rule, so acknowledging one names the exact
// finding ("policy-loosened:function-removed:geo::f(int)").
void MakeLoosened(const std::string& why, Finding& finding) {
  const RuleInfo& rule = *FindRule("policy-loosened");
  finding.set_message(absl::StrCat(why, ": ", finding.message()));
  finding.set_rule(std::string(rule.id));
  finding.set_category(std::string(Name(rule.category)));
  finding.set_severity(std::string(Name(rule.severity)));
  finding.set_bump(std::string(Name(rule.bump)));
  finding.set_exempt(false);
}

}  // namespace


void CheckConfigExemption(const DeclPair& pair, const Policy& policy, FindingSink& sink) {
  if (!policy.baseline_config || pair.before == nullptr) return;
  // Marked internal or experimental as well: StabilityCheck reports it.
  if (pair.after != nullptr && (pair.after->stability().tier() == INTERNAL ||
                                pair.after->stability().tier() == EXPERIMENTAL)) {
    return;
  }
  const Decl& before = *pair.before;
  if (before.stability().tier() != STABLE || IsExemptByConfig(before, *policy.baseline_config) ||
      !IsExemptByConfig(before, policy.config)) {
    return;
  }
  sink.Add("exemption-added", pair,
           absl::StrCat("stable '", before.qualified_name(), "' is now exempt by the "
                        "configuration (exempt_namespace, exempt_name, exempt_path or "
                        "no_default_exemptions changed since the baseline); users rely on it "
                        "as released"));
}

void ReportUnenforced(const Policy& policy, const DeclPair& subject, Finding& finding) {
  if (!policy.baseline_config || Enforces(policy.config, finding.category()) ||
      !Enforces(*policy.baseline_config, finding.category())) {
    return;
  }
  // Only what the tiers promise: an internal declaration was never enforced.
  const Decl& promise = subject.before != nullptr ? *subject.before : *subject.after;
  if (promise.stability().tier() != STABLE) return;
  finding.set_key(absl::StrCat("policy-loosened:", FindingKey(finding, subject)));
  MakeLoosened(absl::StrCat("'", finding.category(), "' is no longer enforced (the baseline's "
                            "configuration enforced it), so this ", finding.rule(),
                            " finding would pass unreported"),
               finding);
}

std::optional<Finding> LoweredSeverity(const Finding& checked, const Finding& applied,
                                       const Policy& policy) {
  if (!policy.baseline_config || applied.exempt() ||
      applied.category() == Name(Category::kPolicy)) {
    return std::nullopt;
  }
  std::optional<Severity> severity = ParseSeverity(checked.severity());
  if (!severity) return std::nullopt;
  Severity was = Rated(checked, *severity, *policy.baseline_config);
  Severity now = Rated(checked, *severity, policy.config);
  if (now >= was) return std::nullopt;
  Finding loosened = applied;
  loosened.set_acknowledged(false);
  loosened.clear_acknowledgement();
  MakeLoosened(absl::StrCat("severity_override lowers ", checked.rule(), " from ", Name(was),
                            " (the baseline's configuration) to ", Name(now)),
               loosened);
  loosened.set_key(absl::StrCat(loosened.rule(), ":", applied.key()));
  if (const Acknowledgement* acknowledgement = FindAcknowledgement(policy.config, loosened.key())) {
    loosened.set_acknowledged(true);
    loosened.set_acknowledgement(acknowledgement->reason());
  }
  return loosened;
}

}  // namespace apicompat
