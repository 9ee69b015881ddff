#include "cli/suggest.h"

#include <string>
#include <vector>

#include "rule_catalog.h"

namespace apicompat {

std::string DidYouMeanRule(absl::string_view id) {
  std::vector<std::string> ids;
  for (const RuleInfo& rule : AllRules()) ids.emplace_back(rule.id);
  return DidYouMean(id, ids, " (apicompat rules lists them)");
}

}  // namespace apicompat
