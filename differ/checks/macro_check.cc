// macro-removed, macro-added, macro-parameters-changed, macro-value-changed.
// Macros are expanded into users' code: a changed replacement reaches them
// only when they are rebuilt. Renaming a parameter is no change, and a
// version macro is expected to change (info).
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "checks/check.h"

namespace apicompat {
namespace {

// The replacement with parameters named by position, so `MAX(a, b)` and
// `MAX(x, y)` with the same body compare equal.
std::string Normalized(const Macro& macro) {
  absl::flat_hash_map<std::string, int> position;
  for (int i = 0; i < macro.parameters_size(); ++i) position[macro.parameters(i)] = i;
  std::vector<std::string> tokens;
  for (absl::string_view token : absl::StrSplit(macro.replacement(), ' ', absl::SkipEmpty())) {
    auto it = position.find(token);
    tokens.push_back(it == position.end() ? std::string(token) : absl::StrCat("$", it->second));
  }
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
  void Run(const DeclPair& pair, const DiffContext& /*context*/,
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
    if (Normalized(before) == Normalized(after)) return;
    std::string change = absl::StrCat("macro '", name, "' changed from '", before.replacement(),
                                      "' to '", after.replacement(), "'");
    // GEO_VERSION_MINOR is meant to change with every release.
    if (absl::StrContains(absl::AsciiStrToUpper(name), "VERSION")) {
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
