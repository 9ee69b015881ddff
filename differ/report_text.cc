#include "absl/container/btree_set.h"
#include "absl/strings/str_cat.h"
#include "report.h"
#include "rule_catalog.h"

namespace apicompat {
namespace {

std::string Plural(uint32_t count, absl::string_view noun) {
  return absl::StrCat(count, " ", noun, count == 1 || noun == "info" ? "" : "s");
}

}  // namespace

std::string RenderText(const Report& report) {
  std::string out;
  absl::btree_set<std::string> fired;
  for (const Finding& finding : report.findings()) {
    absl::StrAppend(&out, finding.file(), ":", finding.line(), ": ",
                    finding.severity(), ": [", finding.rule(), "] ",
                    finding.decl(), ": ", finding.message(),
                    finding.exempt() ? " (exempt in the baseline)" : "", "\n");
    if (!finding.exempt() && finding.severity() != "info") fired.insert(finding.rule());
  }
  const Counts& counts = report.counts();
  absl::StrAppend(&out, "apicompat: ", Plural(counts.error(), "error"), ", ",
                  Plural(counts.warning(), "warning"), ", ",
                  Plural(counts.info(), "info"), "; ");
  if (report.verdict() == "breaking") {
    absl::StrAppend(&out, "BREAKING: the changes require a ", report.required_bump(),
                    " version bump\n");
  } else {
    absl::StrAppend(&out, "compatible (required version bump: ", report.required_bump(),
                    ")\n");
  }
  if (fired.empty()) return out;
  absl::StrAppend(&out, "\nHow to fix:\n");
  for (const std::string& id : fired) {
    if (const RuleInfo* rule = FindRule(id)) {
      absl::StrAppend(&out, "  [", id, "] ", rule->fix, ".\n");
    }
  }
  absl::StrAppend(&out,
                  "  In general: revert the change; or deprecate first with "
                  "APICOMPAT_DEPRECATED and remove in the next major version; or, "
                  "if it never was public API, mark it APICOMPAT_INTERNAL_API "
                  "(reported once as exemption-added). Details: docs/rules.md\n");
  return out;
}

}  // namespace apicompat
