// function-removed, function-added: what is left once the class, virtual
// and overload checks have taken theirs (see function_facts.h). Removing a
// deleted function breaks nobody: no call used it and it had no symbol.
// Adding one to an existing overload set is deleted-overload-added.
#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "checks/function_facts.h"
#include "checks/overloads.h"
#include "describe.h"

namespace apicompat {
namespace {

class FunctionPresenceCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    if (WhoReportsPresence(pair, context) != PresenceOwner::kPresence) return;
    if (!OverloadsNowRejecting(pair, context).empty()) return;
    if (IsRemoved(pair) && WasDeleted(pair)) {
      sink.AddInfo("function-removed", pair,
                   absl::StrCat("deleted '", Signature(*pair.before),
                                "' was removed; no call could use it and it had "
                                "no symbol"));
    } else if (IsRemoved(pair)) {
      sink.Add("function-removed", pair,
               absl::StrCat("'", Signature(*pair.before),
                            "' was removed; code calling it no longer "
                            "compiles and programs linked against it no "
                            "longer load"));
    } else {
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
