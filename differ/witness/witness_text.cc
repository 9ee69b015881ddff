#include "witness/witness_text.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace apicompat {

std::string WitnessHeadline(const Finding& finding, const Report& report) {
  if (!finding.has_witness()) return "";
  const Witness& witness = finding.witness();
  if (witness.status() == "proven") {
    return absl::StrCat("compiles against ",
                        report.baseline_version().empty() ? "the baseline" : report.baseline_version(),
                        ", fails now:");
  }
  if (witness.status() == "refuted") return "refuted: compiles against both versions:";
  return absl::StrCat("unproven: ", witness.reason());
}

std::string WitnessText(const Finding& finding, const Report& report, absl::string_view indent) {
  std::string headline = WitnessHeadline(finding, report);
  if (headline.empty()) return "";
  std::string out = absl::StrCat(indent, headline, "\n");
  const Witness& witness = finding.witness();
  if (witness.status() == "unproven") return out;
  for (absl::string_view line : absl::StrSplit(witness.code(), '\n', absl::SkipEmpty())) {
    absl::StrAppend(&out, indent, "    ", line, "\n");
  }
  if (witness.status() == "proven" && !witness.reason().empty()) {
    absl::StrAppend(&out, indent, "  ", witness.reason(), "\n");
  }
  return out;
}

}  // namespace apicompat
