#include "rule_docs.h"

#include <algorithm>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace apicompat {

std::optional<absl::string_view> RuleSection(absl::string_view id) {
  absl::string_view doc = RulesDocumentation();
  size_t start = doc.find(absl::StrCat("\n## ", id, "\n"));
  if (start == absl::string_view::npos) return std::nullopt;
  ++start;
  // A section ends at the next heading or at a horizontal rule (`---`).
  size_t end = std::min(doc.find("\n## ", start), doc.find("\n---", start));
  return absl::StripTrailingAsciiWhitespace(doc.substr(start, end - start));
}

std::string RuleWhatChanged(absl::string_view id) {
  std::optional<absl::string_view> section = RuleSection(id);
  if (!section) return "";
  constexpr absl::string_view kLabel = "What changed: ";
  size_t start = section->find(kLabel);
  if (start == absl::string_view::npos) return "";
  absl::string_view rest = section->substr(start + kLabel.size());
  absl::string_view paragraph = rest.substr(0, rest.find("\n\n"));
  std::vector<absl::string_view> lines = absl::StrSplit(paragraph, '\n');
  return absl::StrJoin(lines, " ");
}

}  // namespace apicompat
