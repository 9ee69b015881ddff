#include "markdown_text.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"

namespace apicompat {
namespace {

// Table cells are one line, and '|' would end the cell (even in code).
std::string OneLine(absl::string_view text) {
  return absl::StrReplaceAll(text, {{"|", "\\|"}, {"\r", " "}, {"\n", " "}});
}

}  // namespace

std::string MarkdownText(absl::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    if (absl::string_view("\\`*_[]<>&#~!|").find(c) != absl::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// A backtick inside needs a longer fence.
std::string MarkdownCode(absl::string_view text) {
  if (text.empty()) return "";
  std::string fence = absl::StrContains(text, '`') ? "``" : "`";
  return absl::StrCat(fence, fence.size() > 1 ? " " : "", OneLine(text),
                      fence.size() > 1 ? " " : "", fence);
}

}  // namespace apicompat
