#include "checks/parameter_types.h"

#include <optional>
#include <set>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace apicompat {
namespace {

using Qualifiers = std::set<std::string>;

// One `*`, `&` or `&&` of a declarator, with the qualifiers written after it.
struct Level {
  std::string kind;
  Qualifiers qualifiers;
};

// `const char *const *`: base "char" qualified {const}, then the levels from
// the innermost out: `*const`, `*`.
struct Declarator {
  Qualifiers base_qualifiers;
  std::string base;
  std::vector<Level> levels;

  // Position 0 is the base, position i the i-th level; the last position
  // holds the top-level qualifiers.
  const Qualifiers& At(size_t position) const {
    return position == 0 ? base_qualifiers : levels[position - 1].qualifiers;
  }
  Qualifiers& At(size_t position) {
    return position == 0 ? base_qualifiers : levels[position - 1].qualifiers;
  }
};

bool IsQualifier(absl::string_view word) {
  return word == "const" || word == "volatile" || word == "restrict" || word == "__restrict";
}

// Splits at spaces outside template arguments.
std::vector<std::string> Words(absl::string_view text) {
  std::vector<std::string> words(1);
  int depth = 0;
  for (char c : text) {
    if (c == '<') ++depth;
    if (c == '>') --depth;
    if (c == ' ' && depth == 0) {
      if (!words.back().empty()) words.emplace_back();
    } else {
      words.back().push_back(c);
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

// Null for what this reading does not cover: function and member pointers,
// arrays.
std::optional<Declarator> Parse(absl::string_view type) {
  int depth = 0;
  size_t end = type.size();
  for (size_t i = 0; i < type.size() && end == type.size(); ++i) {
    char c = type[i];
    if (c == '<') ++depth;
    if (c == '>') --depth;
    if (depth == 0 && (c == '(' || c == '[')) return std::nullopt;
    if (depth == 0 && (c == '*' || c == '&')) end = i;
  }
  Declarator declarator;
  std::vector<std::string> base_words;
  for (std::string& word : Words(type.substr(0, end))) {
    if (IsQualifier(word)) {
      declarator.base_qualifiers.insert(word);
    } else {
      base_words.push_back(std::move(word));
    }
  }
  declarator.base = absl::StrJoin(base_words, " ");
  if (declarator.base.empty() || declarator.base.back() == ':') return std::nullopt;
  for (size_t i = end; i < type.size();) {
    char c = type[i];
    if (c == ' ') {
      ++i;
    } else if (c == '*' || c == '&') {
      bool rvalue = c == '&' && i + 1 < type.size() && type[i + 1] == '&';
      declarator.levels.push_back({rvalue ? "&&" : std::string(1, c), {}});
      i += rvalue ? 2 : 1;
    } else {
      size_t word_end = type.find_first_of(" *&", i);
      absl::string_view word = type.substr(i, word_end - i);
      if (!IsQualifier(word) || declarator.levels.empty()) return std::nullopt;
      declarator.levels.back().qualifiers.insert(std::string(word));
      i = word_end == absl::string_view::npos ? type.size() : word_end;
    }
  }
  return declarator;
}

std::string Render(const Qualifiers& qualifiers) { return absl::StrJoin(qualifiers, " "); }

}  // namespace

std::string ParameterTypeKey(absl::string_view canonical) {
  std::optional<Declarator> declarator = Parse(canonical);
  if (!declarator) return std::string(canonical);
  declarator->At(declarator->levels.size()).clear();
  std::string key = absl::StrCat(Render(declarator->base_qualifiers), "|", declarator->base);
  for (const Level& level : declarator->levels) {
    absl::StrAppend(&key, "|", level.kind, Render(level.qualifiers));
  }
  return key;
}

PointeeConst ClassifyPointeeConst(absl::string_view before, absl::string_view after) {
  std::optional<Declarator> old_type = Parse(before);
  std::optional<Declarator> new_type = Parse(after);
  if (!old_type || !new_type || old_type->base != new_type->base ||
      old_type->levels.size() != new_type->levels.size() || old_type->levels.empty()) {
    return PointeeConst::kNone;
  }
  size_t top = old_type->levels.size();
  for (size_t i = 0; i < top; ++i) {
    const std::string& kind = old_type->levels[i].kind;
    // References only outermost, and only lvalue ones: `const T&` binds
    // whatever `T&` did; `const T&&` does not.
    bool allowed = kind == "*" || (kind == "&" && i + 1 == top);
    if (new_type->levels[i].kind != kind || !allowed) return PointeeConst::kNone;
  }
  // The pointee positions (the top level's own qualifiers do not count)
  // that gained const; any other difference is no pure addition.
  std::vector<size_t> gained;
  for (size_t position = 0; position < top; ++position) {
    const Qualifiers& old_qualifiers = old_type->At(position);
    Qualifiers added = new_type->At(position);
    for (const std::string& qualifier : old_qualifiers) {
      if (added.erase(qualifier) == 0) return PointeeConst::kNone;
    }
    if (added.empty()) continue;
    if (added != Qualifiers{"const"}) return PointeeConst::kNone;
    gained.push_back(position);
  }
  if (gained.empty()) return PointeeConst::kNone;
  if (gained.size() == 1 && gained.front() == top - 1) return PointeeConst::kConvertsInC;
  if (old_type->levels.back().kind == "&") return PointeeConst::kNone;
  // C++ qualification conversions: const gained at one level needs const at
  // every level between it and the top ([conv.qual]).
  for (size_t position = gained.front() + 1; position < top; ++position) {
    if (new_type->At(position).count("const") == 0) return PointeeConst::kNone;
  }
  return PointeeConst::kConvertsInCxx;
}

}  // namespace apicompat
