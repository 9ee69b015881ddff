// macro-removed, macro-added, macro-parameters-changed, macro-value-changed.
// Macros are expanded into users' code: a changed replacement reaches them
// only when they are rebuilt. What users get is the expansion, so renaming a
// parameter, naming a value through another macro of the header
// (`14` -> `LIB_MEMORY_USAGE_DEFAULT`, itself `14`) or parenthesizing a
// single token is no change; a version macro is expected to change (info).
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "checks/check.h"
#include "names.h"

namespace apicompat {
namespace {

using Tokens = std::vector<std::string>;

// Object-like macros of the snapshot are expanded (as the preprocessor
// would, a macro never inside its own expansion), at most this deep.
constexpr int kMaxExpansionDepth = 16;

void Expand(absl::string_view replacement, const SnapshotIndex* index,
            absl::flat_hash_set<std::string>& expanding, int depth, Tokens& out) {
  for (absl::string_view token : absl::StrSplit(replacement, ' ', absl::SkipEmpty())) {
    const Decl* macro = index != nullptr && depth < kMaxExpansionDepth &&
                                !expanding.contains(token)
                            ? index->Find(absl::StrCat("macro:", token))
                            : nullptr;
    if (macro == nullptr || macro->macro().is_function_like()) {
      out.emplace_back(token);
      continue;
    }
    expanding.emplace(token);
    Expand(macro->macro().replacement(), index, expanding, depth + 1, out);
    expanding.erase(std::string(token));
  }
}

bool IsIdentifierStart(const std::string& token) {
  return !token.empty() && (absl::ascii_isalpha(token[0]) || token[0] == '_');
}

// `( x )` -> `x` where it cannot be a call's argument list, and `x` is not a
// parameter (`(x)` protects an argument's operators).
void DropRedundantParentheses(Tokens& tokens) {
  for (size_t i = 0; i + 2 < tokens.size();) {
    bool call = i > 0 && (IsIdentifierStart(tokens[i - 1]) || tokens[i - 1] == ")");
    if (tokens[i] == "(" && tokens[i + 2] == ")" && tokens[i + 1] != "(" &&
        tokens[i + 1][0] != '$' && !call) {
      tokens.erase(tokens.begin() + i + 2);
      tokens.erase(tokens.begin() + i);
      i = i > 0 ? i - 1 : 0;
      continue;
    }
    ++i;
  }
}

// The replacement as users get it: the header's object-like macros
// expanded (with `index`; null: as written), parameters named by position
// (`MAX(a, b)` and `MAX(x, y)` with the same body compare equal), redundant
// parentheses dropped.
std::string Normalized(const Decl& decl, const SnapshotIndex* index) {
  const Macro& macro = decl.macro();
  absl::flat_hash_set<std::string> expanding = {decl.qualified_name()};
  absl::flat_hash_map<std::string, int> position;
  for (int i = 0; i < macro.parameters_size(); ++i) {
    position[macro.parameters(i)] = i;
    expanding.insert(macro.parameters(i));  // a parameter is never a macro here
  }
  Tokens tokens;
  Expand(macro.replacement(), index, expanding, 0, tokens);
  for (std::string& token : tokens) {
    auto it = position.find(token);
    if (it != position.end()) token = absl::StrCat("$", it->second);
  }
  DropRedundantParentheses(tokens);
  return absl::StrJoin(tokens, " ");
}

std::string Parameters(const Macro& macro) {
  if (!macro.is_function_like()) return "no parameter list";
  std::vector<std::string> params(macro.parameters().begin(), macro.parameters().end());
  if (macro.is_variadic()) params.push_back("...");
  return absl::StrCat("(", absl::StrJoin(params, ", "), ")");
}

class MacroCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    if (Latest(pair).kind() != MACRO) return;
    const std::string& name = Latest(pair).qualified_name();
    if (IsRemoved(pair)) {
      sink.Add("macro-removed", pair,
               absl::StrCat("macro '", name, "' was removed; code using it no longer compiles"));
      return;
    }
    if (IsAdded(pair)) {
      sink.Add("macro-added", pair, absl::StrCat("macro '", name, "' was added"));
      return;
    }
    const Macro& before = pair.before->macro();
    const Macro& after = pair.after->macro();
    if (before.is_function_like() != after.is_function_like() ||
        before.parameters_size() != after.parameters_size() ||
        before.is_variadic() != after.is_variadic()) {
      sink.Add("macro-parameters-changed", pair,
               absl::StrCat("macro '", name, "' had ", Parameters(before), " and now has ",
                            Parameters(after), "; existing uses no longer expand as written"));
      return;
    }
    // Unchanged as written: what changed is another macro it expands
    // (`deflateInit` expands ZLIB_VERSION), reported as that macro's change.
    if (Normalized(*pair.before, nullptr) == Normalized(*pair.after, nullptr)) return;
    if (Normalized(*pair.before, &context.before()) == Normalized(*pair.after, &context.after())) {
      return;
    }
    std::string change = absl::StrCat("macro '", name, "' changed from '", before.replacement(),
                                      "' to '", after.replacement(), "'");
    if (IsVersionName(name)) {
      sink.AddInfo("macro-value-changed", pair, absl::StrCat(change, " (a version macro)"));
      return;
    }
    sink.Add("macro-value-changed", pair,
             absl::StrCat(change, "; code built against the old header keeps the old expansion"));
  }
};

}  // namespace

std::unique_ptr<Check> MakeMacroCheck() {
  return std::make_unique<MacroCheck>();
}

}  // namespace apicompat
