// parameter-default-removed, parameter-default-added,
// parameter-default-value-changed: compared at each position whose type did
// not change (the parameter list check reports the others). A deleted
// function's defaults were never used. A default replaced by an overload
// without the parameter (`f(a, b = {})` -> `f(a)` and `f(a, b)`) keeps every
// call compiling, each resolving to one function: that is info.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "checks/check.h"
#include "checks/function_facts.h"
#include "checks/parameter_types.h"
#include "describe.h"

namespace apicompat {
namespace {

std::string WithoutSpaces(const std::string& text) {
  return absl::StrReplaceAll(text, {{" ", ""}});
}

// Whether `candidate` takes exactly the first `count` parameters of
// `function`, is not deleted and is callable on every object `function`
// was (a const method on non-const objects too, not the reverse): calls
// passing `count` arguments reach it.
bool TakesPrefix(const Decl& candidate, const Function& function, int count) {
  const Function& other = candidate.function();
  if (other.is_deleted() || other.is_variadic() || other.parameters_size() != count ||
      other.is_static() != function.is_static() || (function.is_const() && !other.is_const()) ||
      (function.is_volatile() && !other.is_volatile()) ||
      other.ref_qualifier() != function.ref_qualifier()) {
    return false;
  }
  for (int i = 0; i < count; ++i) {
    if (!SameParameterType(other.parameters(i).type().canonical(),
                           function.parameters(i).type().canonical())) {
      return false;
    }
  }
  return true;
}

int FirstDefault(const Function& function) {
  int first = function.parameters_size();
  while (first > 0 && function.parameters(first - 1).has_default()) --first;
  return first;
}

// The overloads that now take the calls which omitted parameter `index`
// of `pair` (their argument counts run from the old first default to
// `index`), one per count the function itself no longer accepts; empty
// when some such call has no function to go to.
std::vector<const Decl*> OverloadsTakingOmitted(const DeclPair& pair, int index,
                                                const DiffContext& context) {
  const Function& before = pair.before->function();
  int new_first_default = FirstDefault(pair.after->function());
  std::vector<const Decl*> takers;
  for (int count = FirstDefault(before); count <= index; ++count) {
    if (count >= new_first_default) continue;  // the function itself still takes it
    const Decl* taker = nullptr;
    for (const Decl* candidate : context.after().Functions(pair.after->qualified_name())) {
      if (candidate != pair.after && TakesPrefix(*candidate, before, count)) taker = candidate;
    }
    if (taker == nullptr) return {};
    if (takers.empty() || takers.back() != taker) takers.push_back(taker);
  }
  return takers;
}

std::string QuotedSignatures(const std::vector<const Decl*>& decls) {
  std::vector<std::string> quoted;
  for (const Decl* decl : decls) quoted.push_back(absl::StrCat("'", Signature(*decl), "'"));
  return absl::StrJoin(quoted, ", ");
}

class ParameterDefaultCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    if (pair.before == nullptr || pair.after == nullptr ||
        pair.after->kind() != FUNCTION || WasDeleted(pair)) {
      return;
    }
    const Function& before = pair.before->function();
    const Function& after = pair.after->function();
    int common = std::min(before.parameters_size(), after.parameters_size());
    for (int i = 0; i < common; ++i) {
      const Parameter& old_param = before.parameters(i);
      const Parameter& new_param = after.parameters(i);
      if (!SameParameterType(old_param.type().canonical(), new_param.type().canonical())) {
        continue;
      }
      std::string where = absl::StrCat(DescribeParameter(after, i), " of '",
                                       Signature(*pair.after), "'");
      std::vector<const Decl*> takers;
      if (old_param.has_default() && !new_param.has_default() &&
          !(takers = OverloadsTakingOmitted(pair, i, context)).empty()) {
        sink.AddInfo("parameter-default-removed", pair,
                     absl::StrCat(where, " lost its default '", old_param.default_text(),
                                  "'; calls that omitted it still compile: they now call ",
                                  QuotedSignatures(takers)));
      } else if (old_param.has_default() && !new_param.has_default()) {
        sink.Add("parameter-default-removed", pair,
                 absl::StrCat(where, " lost its default '",
                              old_param.default_text(),
                              "'; calls that omitted it no longer compile"));
      } else if (!old_param.has_default() && new_param.has_default()) {
        sink.Add("parameter-default-added", pair,
                 absl::StrCat(where, " gained the default '",
                              new_param.default_text(), "'"));
      } else if (old_param.has_default() &&
                 WithoutSpaces(old_param.default_text()) !=
                     WithoutSpaces(new_param.default_text())) {
        sink.Add("parameter-default-value-changed", pair,
                 absl::StrCat(where, " default changed from '",
                              old_param.default_text(), "' to '",
                              new_param.default_text(),
                              "'; callers built against the old header keep "
                              "passing the old value until rebuilt"));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeParameterDefaultCheck() {
  return std::make_unique<ParameterDefaultCheck>();
}

}  // namespace apicompat
