// variable-removed, variable-added, variable-type-changed,
// constant-value-changed: namespace-scope variables and static data
// members. A constant's value is compiled into its users, so a change
// reaches them only when they are rebuilt.
#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "describe.h"
#include "names.h"

namespace apicompat {
namespace {

class VariableCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    const Decl& decl = Latest(pair);
    if (decl.kind() != VARIABLE) return;
    const std::string& name = decl.qualified_name();
    if (!IsKept(pair)) {
      if (EnclosingRecordCameOrWent(pair, context)) return;
      if (IsRemoved(pair)) {
        sink.Add("variable-removed", pair,
                 absl::StrCat("'", name, "' was removed; code using it no longer "
                                         "compiles",
                              decl.mangled_names().empty()
                                  ? ""
                                  : " and programs linked against it no longer load"));
      } else {
        sink.Add("variable-added", pair, absl::StrCat("'", name, "' was added"));
      }
      return;
    }
    const Variable& before = pair.before->variable();
    const Variable& after = pair.after->variable();
    if (before.type().canonical() != after.type().canonical()) {
      auto [was, now] = ShownApart(before.type(), after.type());
      sink.Add("variable-type-changed", pair,
               absl::StrCat("'", name, "' changed type from '", was, "' to '", now,
                            "'; code using it may no longer compile, and programs "
                            "built against the old header access it as the old type"));
      return;
    }
    if (!before.value().empty() && !after.value().empty() && before.value() != after.value()) {
      if (IsVersionName(name)) {
        sink.AddInfo("constant-value-changed", pair,
                     absl::StrCat("'", name, "' changed from ", before.value(), " to ",
                                  after.value(), " (a version number)"));
        return;
      }
      sink.Add("constant-value-changed", pair,
               absl::StrCat("'", name, "' changed from ", before.value(), " to ",
                            after.value(),
                            "; code built against the old header keeps using ",
                            before.value(), " until rebuilt"));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeVariableCheck() {
  return std::make_unique<VariableCheck>();
}

}  // namespace apicompat
