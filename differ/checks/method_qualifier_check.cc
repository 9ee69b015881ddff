// method-qualifiers-changed, function-static-changed: how a method binds to
// its object. Both change the method's type and symbol. Neither is reported
// for a method that was deleted (never called), nor for a method of a struct
// that became a namespace (record-became-namespace says what that changed:
// `Limits::f()` still calls a static one, non-static ones went with the
// objects).
#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "checks/function_facts.h"
#include "describe.h"

namespace apicompat {
namespace {

bool SameQualifiers(const Function& a, const Function& b) {
  return a.is_const() == b.is_const() && a.is_volatile() == b.is_volatile() &&
         a.ref_qualifier() == b.ref_qualifier();
}

class MethodQualifierCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    if (!IsKept(pair) || pair.after->kind() != FUNCTION || WasDeleted(pair) ||
        ScopeBecameNamespace(pair, context)) {
      return;
    }
    const Function& before = pair.before->function();
    const Function& after = pair.after->function();
    if (!SameQualifiers(before, after)) {
      sink.Add("method-qualifiers-changed", pair,
               absl::StrCat("'", Signature(*pair.before), "' became '",
                            Signature(*pair.after), "'; ", Consequence(before, after),
                            ", and programs linked against the old symbol no "
                            "longer load"));
    }
    if (before.is_static() != after.is_static()) {
      sink.Add("function-static-changed", pair,
               absl::StrCat("'", Signature(*pair.after), "' ",
                            after.is_static()
                                ? "became static: pointers to it as a member "
                                  "function no longer compile"
                                : "is no longer static: calls without an "
                                  "object ('Class::f()') no longer compile",
                            ", and the calling convention and symbol changed"));
    }
  }

 private:
  static std::string Consequence(const Function& before, const Function& after) {
    if (before.is_const() && !after.is_const()) {
      return "calls on const objects and through const references no longer compile";
    }
    if (before.ref_qualifier() != after.ref_qualifier()) {
      return "calls on lvalues or temporaries may no longer compile";
    }
    return "member function pointers of the old type no longer match";
  }
};

}  // namespace

std::unique_ptr<Check> MakeMethodQualifierCheck() {
  return std::make_unique<MethodQualifierCheck>();
}

}  // namespace apicompat
