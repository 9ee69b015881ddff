// function-removed, function-added.
#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "describe.h"

namespace apicompat {
namespace {

class FunctionPresenceCheck : public Check {
 public:
  void Run(const DeclPair& pair, FindingSink& sink) const override {
    if (pair.before != nullptr && pair.after == nullptr &&
        pair.before->kind() == FUNCTION) {
      sink.Add("function-removed", pair,
               absl::StrCat("'", Signature(*pair.before),
                            "' was removed; code calling it no longer "
                            "compiles and programs linked against it no "
                            "longer load"));
    } else if (pair.before == nullptr && pair.after != nullptr &&
               pair.after->kind() == FUNCTION) {
      sink.Add("function-added", pair,
               absl::StrCat("'", Signature(*pair.after), "' was added"));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeFunctionPresenceCheck() {
  return std::make_unique<FunctionPresenceCheck>();
}

}  // namespace apicompat
