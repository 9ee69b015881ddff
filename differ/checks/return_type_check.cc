// return-type-changed. A deleted function's return type was never
// observable: even unevaluated uses of it (decltype) are ill-formed.
#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "checks/function_facts.h"
#include "describe.h"

namespace apicompat {
namespace {

class ReturnTypeCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& /*context*/,
           FindingSink& sink) const override {
    if (pair.before == nullptr || pair.after == nullptr ||
        pair.after->kind() != FUNCTION || WasDeleted(pair)) {
      return;
    }
    const Type& before = pair.before->function().return_type();
    const Type& after = pair.after->function().return_type();
    if (before.canonical() == after.canonical()) return;
    auto [was, now] = ShownApart(before, after);
    sink.Add("return-type-changed", pair,
             absl::StrCat("'", Signature(*pair.after), "' now returns '", now,
                          "' instead of '", was, "'"));
  }
};

}  // namespace

std::unique_ptr<Check> MakeReturnTypeCheck() {
  return std::make_unique<ReturnTypeCheck>();
}

}  // namespace apicompat
