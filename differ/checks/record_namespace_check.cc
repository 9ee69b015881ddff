// record-became-namespace: `struct Limits { static int f(); };` became
// `namespace Limits { int f(); }` (match.cc pairs the two, so the members
// keep their pairs and their own changes are still checked). Qualified uses
// of the members compile as before and call the same symbols; what breaks
// is every use of the name as a type. When the struct only had static
// members, such uses are rare (a warning); when its objects held state or
// had methods, they were the point of it (an error).
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "checks/listing.h"
#include "describe.h"
#include "names.h"

namespace apicompat {
namespace {

constexpr size_t kMaxListed = 3;

std::string Named(const Decl& decl) {
  return decl.kind() == FUNCTION ? Signature(decl) : decl.qualified_name();
}

bool IsNonStaticMethod(const Decl& decl) {
  if (decl.kind() != FUNCTION) return false;
  const Function& function = decl.function();
  return (function.role() == ROLE_METHOD || function.role() == ROLE_CONVERSION) &&
         !function.is_static();
}

// What objects of the record had: fields, bases, a vtable, non-static
// methods. Empty when it only grouped static members.
std::vector<std::string> InstanceMembers(const DeclPair& pair, const DiffContext& context) {
  const Record& record = pair.before->record();
  std::vector<std::string> state;
  for (const Field& field : record.fields()) {
    state.push_back(absl::StrCat(pair.before->qualified_name(), "::", field.name()));
  }
  for (const Base& base : record.bases()) {
    state.push_back(absl::StrCat("base ", Spelled(base.type())));
  }
  for (const Decl* member : context.before().Members(pair.before->qualified_name())) {
    if (IsNonStaticMethod(*member) && member->access() != PRIVATE &&
        !member->function().is_deleted()) {
      state.push_back(Signature(*member));
    }
  }
  return state;
}

class RecordNamespaceCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    if (!IsKept(pair) || pair.before->kind() != RECORD || pair.after->kind() != NAMESPACE) {
      return;
    }
    const std::string& name = pair.after->qualified_name();
    std::vector<std::string> kept, unlinked;
    for (const Decl* member : context.before().Members(name)) {
      const DeclPair* member_pair = context.PairOf(member);
      if (member_pair == nullptr || !IsKept(*member_pair)) continue;
      // A non-static method was called on objects, not by its qualified name.
      if (!IsNonStaticMethod(*member)) kept.push_back(Named(*member_pair->after));
      if (!member->mangled_names().empty() && member_pair->after->mangled_names().empty()) {
        unlinked.push_back(member->qualified_name());
      }
    }
    std::string message = absl::StrCat(
        "'", name, "' was a ", RecordKindName(pair.before->record().record_kind()),
        " and is now a namespace: code using it as a type no longer compiles (forward "
        "declarations 'struct ", SplitQualifiedName(name).second, ";', template arguments, sizeof, "
        "objects, pointers and references to it, classes deriving from it)");
    if (!kept.empty()) {
      absl::StrAppend(&message, "; qualified uses of its members (", QuotedList(kept, kMaxListed),
                      ") still compile and use the same symbols");
    }
    if (!unlinked.empty()) {
      absl::StrAppend(&message, "; ", QuotedList(unlinked, kMaxListed),
                      unlinked.size() == 1 ? " now has" : " now have",
                      " internal linkage: programs built against the old version that "
                      "referenced its symbol (by taking its address or binding a "
                      "reference to it) no longer load");
    }
    std::vector<std::string> state = InstanceMembers(pair, context);
    if (!pair.before->record().is_complete()) {
      sink.Add("record-became-namespace", pair,
               absl::StrCat(message, "; it was an opaque type, used only through "
                                     "pointers and references to it"));
    } else if (state.empty()) {
      sink.AddAs(Severity::kWarning, Bump::kMinor, "record-became-namespace", pair,
                 absl::StrCat(message, "; it only had static members, so code using "
                                       "it as intended is unaffected"));
    } else {
      sink.Add("record-became-namespace", pair,
               absl::StrCat(message, "; its objects are gone with what they had (",
                            QuotedList(state, kMaxListed), ")"));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeRecordNamespaceCheck() {
  return std::make_unique<RecordNamespaceCheck>();
}

}  // namespace apicompat
