// overload-added: a name that denoted one function now denotes an overload
// set, so every use that relied on it being unique (`&f`, passing `f` to a
// template, `std::bind(f, ...)`) no longer compiles.
#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "checks/function_facts.h"
#include "describe.h"

namespace apicompat {
namespace {

class OverloadCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    if (WhoReportsPresence(pair, context) != PresenceOwner::kOverload) return;
    const Decl& only = *context.before().Functions(pair.after->qualified_name()).front();
    sink.Add("overload-added", pair,
             absl::StrCat("'", Signature(*pair.after), "' was added next to '",
                          Signature(only), "', until now the only '",
                          pair.after->qualified_name(),
                          "': taking its address without a target type, or "
                          "passing it to a template, is now ambiguous"));
  }
};

}  // namespace

std::unique_ptr<Check> MakeOverloadCheck() {
  return std::make_unique<OverloadCheck>();
}

}  // namespace apicompat
