#include "policy/proof.h"

#include "absl/strings/str_cat.h"

namespace apicompat {

void ApplyProof(const Policy& policy, Report& report) {
  for (Finding& finding : *report.mutable_findings()) {
    if (!finding.has_witness() || finding.severity() != Name(Severity::kError)) continue;
    const std::string& status = finding.witness().status();
    if (status == "refuted") {
      // The compiler accepts what the finding says breaks: it is wrong.
      finding.set_severity(std::string(Name(Severity::kInfo)));
      finding.set_bump(std::string(Name(Bump::kNone)));
      absl::StrAppend(finding.mutable_message(),
                      " [refuted: its witness compiles against both versions]");
    } else if (status == "unproven" && policy.config.require_proof()) {
      finding.set_severity(std::string(Name(Severity::kWarning)));
      absl::StrAppend(finding.mutable_message(), " [unproven, require_proof: ",
                      finding.witness().reason(), "]");
    }
  }
  report.clear_counts();
  Summarize(policy, report);
}

}  // namespace apicompat
