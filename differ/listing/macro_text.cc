#include "listing/macro_text.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace apicompat {
namespace {

bool IsWordChar(char c) { return absl::ascii_isalnum(c) || c == '_'; }

// A keyword after which `::` starts a name at global scope (`new ::T`), so
// that the space before it must stay.
bool IsKeyword(absl::string_view word) {
  static constexpr absl::string_view kKeywords[] = {
      "new", "delete", "return", "throw", "case", "typename", "sizeof", "co_return",
      "co_yield", "co_await", "else", "do", "const", "volatile", "static", "extern", "inline",
      "friend", "using", "typedef", "constexpr", "struct", "class", "union", "enum", "unsigned",
      "signed", "long", "short", "int", "char", "void", "bool", "auto"};
  for (absl::string_view keyword : kKeywords) {
    if (word == keyword) return true;
  }
  return false;
}

// Whether the space between `before` and `after` (a replacement's tokens,
// one space apart) goes: inside brackets, before `,`, around `::`, and
// before the `(` of a call. Only cosmetic: it never joins two tokens into
// another one.
bool Droppable(absl::string_view before, absl::string_view after) {
  char last = before.back(), next = after.front();
  if (last == '(' || last == '[' || absl::EndsWith(before, "::")) return true;
  if (next == ')' || next == ']' || next == ',') return true;
  if (absl::StartsWith(after, "::")) return IsWordChar(last) && !IsKeyword(before);
  return next == '(' && IsWordChar(last);
}

// `( ( x ) * ( x ) )` as `((x) * (x))`, string and character literals kept.
std::string Tighten(absl::string_view replacement) {
  std::vector<std::string> tokens;
  std::string token;
  char quote = 0;
  for (size_t i = 0; i < replacement.size(); ++i) {
    char c = replacement[i];
    if (quote != 0) {
      token += c;
      if (c == '\\' && i + 1 < replacement.size()) token += replacement[++i];
      else if (c == quote) quote = 0;
    } else if (c == ' ') {
      if (!token.empty()) tokens.push_back(std::move(token));
      token.clear();
    } else {
      if (c == '"' || c == '\'') quote = c;
      token += c;
    }
  }
  if (!token.empty()) tokens.push_back(std::move(token));
  std::string text;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0 && !Droppable(tokens[i - 1], tokens[i])) text += ' ';
    text += tokens[i];
  }
  return text;
}

}  // namespace

std::string MacroText(const Decl& decl) {
  const Macro& m = decl.macro();
  std::string text = absl::StrCat("#define ", decl.qualified_name());
  if (m.is_function_like()) {
    std::vector<std::string> params(m.parameters().begin(), m.parameters().end());
    if (m.is_variadic()) params.push_back("...");
    absl::StrAppend(&text, "(", absl::StrJoin(params, ", "), ")");
  }
  if (!m.replacement().empty()) absl::StrAppend(&text, " ", Tighten(m.replacement()));
  return text;
}

}  // namespace apicompat
