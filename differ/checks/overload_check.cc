// overload-added: a name that denoted one function now denotes an overload
// set, so every use that relied on it being unique (`&f`, passing `f` to a
// template, `std::bind(f, ...)`) no longer compiles.
// deleted-overload-added: a deleted function added to an existing overload
// set exists to reject calls that compiled before (`Value(std::nullptr_t) =
// delete` next to `Value(const char*)`): an exact match for those
// arguments, it now wins overload resolution and the call is ill-formed.
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "checks/check.h"
#include "checks/function_facts.h"
#include "checks/listing.h"
#include "checks/overloads.h"
#include "describe.h"
#include "names.h"

namespace apicompat {
namespace {

constexpr size_t kMaxListed = 4;

// `const T &`, `T &&`, ... of the class `record`: the parameter of a copy
// or move constructor or assignment.
bool IsOwnClassReference(const Parameter& parameter, const std::string& record) {
  absl::string_view type = parameter.type().canonical();
  if (!absl::ConsumeSuffix(&type, " &&")) absl::ConsumeSuffix(&type, " &");
  while (absl::ConsumePrefix(&type, "const ") || absl::ConsumePrefix(&type, "volatile ")) {
  }
  return type == record;
}

// Default, copy and move constructors and assignments, destructors: whether
// a class has them usable is the special-member rules' business.
bool IsSpecialMemberFunction(const Decl& function) {
  if (!IsSpecialMember(function)) return false;  // also other constructors
  const Function& facts = function.function();
  if (facts.role() == ROLE_DESTRUCTOR) return true;
  bool constructor = facts.role() == ROLE_CONSTRUCTOR;
  if (constructor && facts.parameters_size() == 0) return true;
  return facts.parameters_size() == 1 &&
         IsOwnClassReference(facts.parameters(0),
                             SplitQualifiedName(function.qualified_name()).first);
}

bool AcceptsArgumentCount(const Function& function, int count) {
  int required = function.parameters_size();
  while (required > 0 && function.parameters(required - 1).has_default()) --required;
  return count >= required && (count <= function.parameters_size() || function.is_variadic());
}

std::vector<std::string> Signatures(const std::vector<const Decl*>& functions) {
  std::vector<std::string> signatures;
  for (const Decl* function : functions) signatures.push_back(Signature(*function));
  return signatures;
}

// "a 'std::nullptr_t' argument (such as nullptr)", "arguments of types
// (int, double)"; a template takes whatever it deduces.
std::string Arguments(const Function& function) {
  if (function.is_template()) {
    return "arguments the template deduces an exact match for";
  }
  std::vector<std::string> types;
  for (const Parameter& parameter : function.parameters()) {
    types.push_back(Spelled(parameter.type()));
  }
  if (types.size() != 1) return absl::StrCat("arguments of types (", absl::StrJoin(types, ", "), ")");
  return absl::StrCat("a '", types[0], "' argument",
                      absl::StrContains(types[0], "nullptr_t") ? " (such as nullptr)" : "");
}

void ReportDeletedOverload(const DeclPair& pair, const std::vector<const Decl*>& reached,
                           bool was_only, FindingSink& sink) {
  sink.Add("deleted-overload-added", pair,
           absl::StrCat("deleted '", Signature(*pair.after), "' was added next to ",
                        QuotedList(Signatures(reached), kMaxListed), ": calls with ",
                        Arguments(pair.after->function()), ", which reached ",
                        reached.size() == 1 ? "it" : "one of them",
                        " by conversion before, now select the deleted function and no "
                        "longer compile",
                        was_only ? "; taking its address without a target type is now "
                                   "ambiguous too"
                                 : ""));
}

class OverloadCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    PresenceOwner owner = WhoReportsPresence(pair, context);
    if (owner == PresenceOwner::kPresence || owner == PresenceOwner::kOverload) {
      std::vector<const Decl*> reached = OverloadsNowRejecting(pair, context);
      if (!reached.empty()) {
        ReportDeletedOverload(pair, reached, owner == PresenceOwner::kOverload, sink);
        return;
      }
    }
    if (owner != PresenceOwner::kOverload) return;
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

std::vector<const Decl*> OverloadsNowRejecting(const DeclPair& pair, const DiffContext& context) {
  if (!IsAdded(pair) || pair.after->kind() != FUNCTION || !pair.after->function().is_deleted() ||
      IsSpecialMemberFunction(*pair.after)) {
    return {};
  }
  int count = pair.after->function().parameters_size();
  std::vector<const Decl*> reached;
  for (const Decl* old : context.before().Functions(pair.after->qualified_name())) {
    const DeclPair* old_pair = context.PairOf(old);
    if (old->function().is_deleted() || IsSpecialMemberFunction(*old) || old_pair == nullptr ||
        !IsKept(*old_pair) || old_pair->after->function().is_deleted() ||
        !AcceptsArgumentCount(old->function(), count)) {
      continue;
    }
    reached.push_back(old_pair->after);
  }
  return reached;
}

std::unique_ptr<Check> MakeOverloadCheck() {
  return std::make_unique<OverloadCheck>();
}

}  // namespace apicompat
