// parameter-default-removed, parameter-default-added,
// parameter-default-value-changed: compared at each position whose type did
// not change (the parameter list check reports the others). A deleted
// function's defaults were never used.
#include <algorithm>

#include "absl/strings/str_cat.h"
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

class ParameterDefaultCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& /*context*/,
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
      if (ParameterTypeKey(old_param.type().canonical()) !=
          ParameterTypeKey(new_param.type().canonical())) {
        continue;
      }
      std::string where = absl::StrCat(DescribeParameter(after, i), " of '",
                                       Signature(*pair.after), "'");
      if (old_param.has_default() && !new_param.has_default()) {
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
