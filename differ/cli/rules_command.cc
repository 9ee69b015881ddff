// apicompat rules: the rule catalogue; apicompat explain RULE-ID: one rule's
// documentation from docs/rules.md.
#include <algorithm>
#include <iostream>
#include <optional>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/suggest.h"
#include "rule_catalog.h"
#include "rule_docs.h"

namespace apicompat {

int RunRules(const Args& raw) {
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, {});
  if (!args.ok()) return Fail(args.status());
  if (!args->positional().empty()) return Fail("rules: takes no arguments");
  size_t width = 4;
  for (const RuleInfo& rule : AllRules()) width = std::max(width, rule.id.size());
  std::string out = absl::StrFormat("%-*s  %-8s  %-8s  %-5s  %s\n", width, "RULE", "CATEGORY",
                                    "SEVERITY", "BUMP", "SUMMARY");
  for (const RuleInfo& rule : AllRules()) {
    absl::StrAppendFormat(&out, "%-*s  %-8s  %-8s  %-5s  %s\n", width, rule.id,
                          Name(rule.category), Name(rule.severity), Name(rule.bump),
                          rule.summary);
  }
  std::cout << out;
  return kExitOk;
}

int RunExplain(const Args& raw) {
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, {});
  if (!args.ok()) return Fail(args.status());
  if (args->positional().size() != 1) return Fail("explain: expected one RULE-ID");
  const std::string& id = args->positional()[0];
  std::optional<absl::string_view> section;
  if (FindRule(id) != nullptr) section = RuleSection(id);
  if (!section) {
    return Fail(absl::StrCat("explain: unknown rule '", id, "'", DidYouMeanRule(id)));
  }
  std::cout << *section << "\n";
  return kExitOk;
}

}  // namespace apicompat
