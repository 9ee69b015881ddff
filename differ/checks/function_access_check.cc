// function-access-reduced: a public method became protected or private, or a
// protected one private (the snapshot records private methods, marked
// private, for this; otherwise they are not API). A deleted method's access
// was never observable: no call could use it.
#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "checks/function_facts.h"
#include "describe.h"

namespace apicompat {
namespace {

class FunctionAccessCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& /*context*/,
           FindingSink& sink) const override {
    if (!IsKept(pair) || pair.after->kind() != FUNCTION || WasDeleted(pair)) return;
    if (!AccessReduced(pair.before->access(), pair.after->access())) return;
    sink.Add("function-access-reduced", pair,
             absl::StrCat("'", Signature(*pair.after), "' was ",
                          AccessName(pair.before->access()), " and is now ",
                          AccessName(pair.after->access()),
                          "; code calling it from outside the class",
                          pair.after->access() == PRIVATE ? " or from derived classes" : "",
                          " no longer compiles"));
  }
};

}  // namespace

std::unique_ptr<Check> MakeFunctionAccessCheck() {
  return std::make_unique<FunctionAccessCheck>();
}

}  // namespace apicompat
