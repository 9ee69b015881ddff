#include "type_text.h"

#include "absl/strings/string_view.h"

namespace apicompat {

std::string WithoutPrefixOperatorSpace(std::string text) {
  constexpr absl::string_view kOperators = "!~-+*&";
  constexpr absl::string_view kBeforePrefix = "(<[,!~";
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    out += c;
    if (c == '"' && (i == 0 || text[i - 1] != '\\')) in_string = !in_string;
    if (in_string || kOperators.find(c) == absl::string_view::npos) continue;
    if (i + 1 >= text.size() || text[i + 1] != ' ') continue;
    size_t before = out.size() - 1;
    while (before > 0 && out[before - 1] == ' ') --before;
    if (before == 0 || kBeforePrefix.find(out[before - 1]) != absl::string_view::npos) {
      ++i;  // the space
    }
  }
  return out;
}

}  // namespace apicompat
