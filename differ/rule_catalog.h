// Rules as data: every rule id the differ can report, with its category,
// default severity, the semantic-versioning bump it requires and a one-line
// fix. The long documentation of each lives in docs/rules.md.
#ifndef APICOMPAT_DIFFER_RULE_CATALOG_H_
#define APICOMPAT_DIFFER_RULE_CATALOG_H_

#include <optional>
#include <vector>

#include "absl/strings/string_view.h"

namespace apicompat {

enum class Category { kApi, kAbi, kPolicy };
enum class Severity { kInfo, kWarning, kError };
enum class Bump { kNone, kPatch, kMinor, kMajor };

struct RuleInfo {
  absl::string_view id;
  Category category;
  Severity severity;
  Bump bump;
  absl::string_view summary;
  absl::string_view fix;
};

const std::vector<RuleInfo>& AllRules();
// Null for an unknown id.
const RuleInfo* FindRule(absl::string_view id);

absl::string_view Name(Category category);
absl::string_view Name(Severity severity);
absl::string_view Name(Bump bump);
// The inverses of Name(); nullopt for an unknown name.
std::optional<Severity> ParseSeverity(absl::string_view name);
std::optional<Bump> ParseBump(absl::string_view name);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_RULE_CATALOG_H_
