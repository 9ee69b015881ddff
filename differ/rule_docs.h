// docs/rules.md, compiled into the differ (cmake/EmbedText.cmake generates
// RulesDocumentation) so that an installed apicompat explains its rules,
// in `apicompat explain` and in reports, without a docs directory.
#ifndef APICOMPAT_DIFFER_RULE_DOCS_H_
#define APICOMPAT_DIFFER_RULE_DOCS_H_

#include <optional>
#include <string>

#include "absl/strings/string_view.h"

namespace apicompat {

const std::string& RulesDocumentation();

// The `## <id>` section of docs/rules.md (heading included), up to the next
// section; nullopt when there is none.
std::optional<absl::string_view> RuleSection(absl::string_view id);

// The section's "What changed" paragraph on one line, without its label;
// empty when there is none.
std::string RuleWhatChanged(absl::string_view id);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_RULE_DOCS_H_
