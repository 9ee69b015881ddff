// record-became-polymorphic, record-became-abstract, class-became-final:
// what a class allows its users to do with it as a whole.
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checks/check.h"
#include "checks/function_facts.h"
#include "describe.h"
#include "record_diff.h"

namespace apicompat {
namespace {

// Methods of `record` (current version) for which `gained` holds: added
// ones, or kept ones whose old version lacks the property.
template <typename Property>
std::vector<std::string> MembersThatGained(const DeclPair& record, const DiffContext& context,
                                           Property has) {
  std::vector<std::string> names;
  for (const Decl* member : context.after().Members(record.after->qualified_name())) {
    if (member->kind() != FUNCTION || !has(*member)) continue;
    const DeclPair* pair = context.PairOf(member);
    if (pair == nullptr || pair->before == nullptr || !has(*pair->before)) {
      names.push_back(absl::StrCat("'", Signature(*member), "'"));
    }
  }
  return names;
}

// Methods of `record` (old version) for which `had` held and no longer
// holds: removed ones, or kept ones whose new version lacks the property.
template <typename Property>
std::vector<std::string> MembersThatLost(const DeclPair& record, const DiffContext& context,
                                         Property had) {
  std::vector<std::string> names;
  for (const Decl* member : context.before().Members(record.before->qualified_name())) {
    if (member->kind() != FUNCTION || !had(*member)) continue;
    const DeclPair* pair = context.PairOf(member);
    if (pair == nullptr || pair->after == nullptr || !had(*pair->after)) {
      names.push_back(absl::StrCat("'", Signature(*member), "'"));
    }
  }
  return names;
}

bool IsVirtual(const Decl& method) { return method.function().is_virtual(); }
bool IsPure(const Decl& method) { return method.function().is_pure(); }

class ClassCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    if (!BothHaveLayout(pair)) return;
    const Record& before = pair.before->record();
    const Record& after = pair.after->record();
    const std::string& name = pair.after->qualified_name();
    if (PolymorphismChanged(pair) &&
        PrimaryLayoutCause(before, after) == LayoutCause::kPolymorphism) {
      ReportPolymorphism(pair, context, sink);
    }
    if (!before.is_abstract() && after.is_abstract() &&
        MembersThatGained(pair, context, IsPure).empty()) {
      sink.Add("record-became-abstract", pair,
               absl::StrCat("'", name, "' became abstract (it inherits a pure "
                            "virtual method it does not override); creating "
                            "objects of it no longer compiles"));
    }
    if (!before.is_final() && after.is_final()) {
      sink.Add("class-became-final", pair,
               absl::StrCat("'", name, "' became final; classes deriving from "
                            "it no longer compile"));
    }
  }

 private:
  static void ReportPolymorphism(const DeclPair& pair, const DiffContext& context,
                                 FindingSink& sink) {
    const Record& before = pair.before->record();
    const Record& after = pair.after->record();
    const std::string& name = pair.after->qualified_name();
    std::string effects = LayoutEffects(before, after);
    if (after.is_polymorphic()) {
      std::vector<std::string> causes = MembersThatGained(pair, context, IsVirtual);
      std::string why = causes.empty() ? "a base class became polymorphic"
                                       : absl::StrCat("virtual ", absl::StrJoin(causes, ", "));
      sink.Add("record-became-polymorphic", pair,
               absl::StrCat("'", name, "' is now polymorphic (", why,
                            "): its objects start with a vtable pointer",
                            effects, "; programs built against the old layout "
                            "read and write the wrong bytes"));
    } else {
      std::vector<std::string> causes = MembersThatLost(pair, context, IsVirtual);
      std::string why = causes.empty() ? "" : absl::StrCat(" (", absl::StrJoin(causes, ", "),
                                                           " no longer virtual or removed)");
      sink.Add("record-became-polymorphic", pair,
               absl::StrCat("'", name, "' is no longer polymorphic", why, ": its "
                            "objects lose their vtable pointer", effects,
                            "; programs built against the old layout call "
                            "through a vtable that is not there"));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeClassCheck() {
  return std::make_unique<ClassCheck>();
}

}  // namespace apicompat
