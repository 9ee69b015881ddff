#include "names.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace apicompat {
namespace {

bool IsIdentifierChar(char c) { return absl::ascii_isalnum(c) || c == '_'; }

// Where the `operator` keyword of an operator or conversion function's name
// starts, or npos.
size_t FindOperatorKeyword(absl::string_view text) {
  for (size_t at = text.find("operator"); at != absl::string_view::npos;
       at = text.find("operator", at + 1)) {
    bool starts_word = at == 0 || text.substr(at - 1, 1) == ":";
    size_t end = at + 8;
    bool ends_word = end == text.size() || !IsIdentifierChar(text[end]);
    if (starts_word && ends_word) return at;
  }
  return absl::string_view::npos;
}

// The last "::" before `limit` outside template arguments and parentheses.
size_t LastScopeSeparator(absl::string_view text, size_t limit) {
  text = text.substr(0, limit);
  // Most names have no brackets: the last "::" is the one (a large diff
  // splits hundreds of thousands of names).
  if (std::none_of(text.begin(), text.end(),
                   [](char c) { return c == '<' || c == '>' || c == '(' || c == ')'; })) {
    for (size_t end = text.size(); end >= 2; --end) {
      if (text[end - 2] == ':' && text[end - 1] == ':') return end - 2;
    }
    return absl::string_view::npos;
  }
  size_t separator = absl::string_view::npos;
  int depth = 0;
  for (size_t i = 0; i < limit && i < text.size(); ++i) {
    char c = text[i];
    if (c == '<' || c == '(') ++depth;
    if (c == '>' || c == ')') --depth;
    if (depth == 0 && c == ':' && i + 1 < limit && text[i + 1] == ':') {
      separator = i++;
    }
  }
  return separator;
}

// Where the last component starts: at `operator` for operators, else after
// the last top-level "::" before `limit`.
size_t LastComponent(absl::string_view text, size_t limit) {
  size_t op = FindOperatorKeyword(text);
  if (op != absl::string_view::npos) return op;
  size_t separator = LastScopeSeparator(text, limit);
  return separator == absl::string_view::npos ? 0 : separator + 2;
}

}  // namespace

std::pair<std::string, std::string> SplitQualifiedName(absl::string_view name) {
  size_t start = LastComponent(name, name.size());
  if (start == 0) return {"", std::string(name)};
  return {std::string(name.substr(0, start - 2)), std::string(name.substr(start))};
}

absl::string_view ScopeOf(absl::string_view name) {
  size_t start = LastComponent(name, name.size());
  return start == 0 ? absl::string_view() : name.substr(0, start - 2);
}

std::string UnqualifiedSignature(absl::string_view signature) {
  // The parameter list is the first top-level parenthesis of the name proper.
  size_t paren = 0;
  for (int depth = 0; paren < signature.size(); ++paren) {
    if (signature[paren] == '<') ++depth;
    if (signature[paren] == '>') --depth;
    if (signature[paren] == '(' && depth == 0) break;
  }
  return std::string(signature.substr(LastComponent(signature, paren)));
}

std::string ItaniumSourceNames(absl::string_view qualified_name) {
  std::string encoded;
  for (absl::string_view part : absl::StrSplit(qualified_name, "::")) {
    absl::StrAppend(&encoded, part.size(), part);
  }
  return encoded;
}

std::vector<std::string> IdentifierWords(absl::string_view identifier) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(absl::AsciiStrToUpper(word));
    word.clear();
  };
  for (size_t i = 0; i < identifier.size(); ++i) {
    char c = identifier[i];
    if (c == '_') {
      flush();
      continue;
    }
    // A hump: lower to upper (`maxCode`), or the last capital of an
    // acronym before a lower-case letter (`HTTPServer`).
    bool upper = absl::ascii_isupper(c);
    bool after_lower = i > 0 && (absl::ascii_islower(identifier[i - 1]) ||
                                 absl::ascii_isdigit(identifier[i - 1]));
    bool acronym_end = i > 0 && absl::ascii_isupper(identifier[i - 1]) &&
                       i + 1 < identifier.size() && absl::ascii_islower(identifier[i + 1]);
    if (upper && (after_lower || acronym_end)) flush();
    word += c;
  }
  flush();
  return words;
}

bool HasIdentifierWord(absl::string_view identifier,
                       std::initializer_list<absl::string_view> words) {
  for (const std::string& word : IdentifierWords(identifier)) {
    for (absl::string_view wanted : words) {
      if (word == wanted) return true;
    }
  }
  return false;
}

bool IsVersionName(absl::string_view qualified_name) {
  return HasIdentifierWord(SplitQualifiedName(qualified_name).second,
                           {"VERSION", "VER", "VERNUM", "MAJOR", "MINOR", "PATCH", "PATCHLEVEL",
                            "REVISION", "SOVERSION"});
}

}  // namespace apicompat
