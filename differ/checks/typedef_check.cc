// typedef-target-changed: compared by canonical type, so re-spelling the
// same type (through another typedef) is no change.
#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "describe.h"

namespace apicompat {
namespace {

class TypedefCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& /*context*/,
           FindingSink& sink) const override {
    if (!IsKept(pair) || pair.after->kind() != TYPEDEF) return;
    const Type& before = pair.before->typedef_decl().target();
    const Type& after = pair.after->typedef_decl().target();
    if (before.canonical() == after.canonical()) return;
    auto [was, now] = ShownApart(before, after);
    sink.Add("typedef-target-changed", pair,
             absl::StrCat("'", pair.after->qualified_name(), "' now names '", now,
                          "' instead of '", was,
                          "'; every function, field and variable declared with it "
                          "changes type with it"));
  }
};

}  // namespace

std::unique_ptr<Check> MakeTypedefCheck() {
  return std::make_unique<TypedefCheck>();
}

}  // namespace apicompat
