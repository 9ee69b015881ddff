// function-deleted, constructor-became-explicit, function-noexcept-changed,
// function-constexpr-removed, function-became-inline: specifiers that keep
// a function's name and parameters but change how it may be used. The
// noexcept and constexpr of a defaulted member are not written by anyone:
// they follow from its class's members and bases, whose own findings say
// what changed, so theirs are info. A function that was deleted promised
// nothing: un-deleting it is an addition.
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checks/check.h"
#include "checks/function_facts.h"
#include "describe.h"

namespace apicompat {
namespace {

class FunctionSpecifierCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    if (!IsKept(pair) || pair.after->kind() != FUNCTION) return;
    const Function& before = pair.before->function();
    const Function& after = pair.after->function();
    std::string name = absl::StrCat("'", Signature(*pair.after), "'");
    if (WasDeleted(pair)) {
      if (!after.is_deleted()) {
        sink.AddInfo("function-added", pair,
                     absl::StrCat(name, " is no longer deleted; calls it rejected "
                                        "now compile"));
      }
      return;
    }
    if (!before.is_deleted() && after.is_deleted()) {
      sink.Add("function-deleted", pair,
               absl::StrCat(name, " is now deleted (= delete); every use no "
                                  "longer compiles and its symbol is gone"));
      return;  // a deleted function has no other properties worth reporting
    }
    if (!before.is_explicit() && after.is_explicit()) ReportExplicit(pair, sink);
    bool defaulted = before.is_defaulted() && after.is_defaulted();
    if (before.is_noexcept() != after.is_noexcept()) {
      if (defaulted) {
        sink.AddInfo("function-noexcept-changed", pair,
                     absl::StrCat(name, " is defaulted and ",
                                  after.is_noexcept() ? "became" : "is no longer",
                                  " noexcept: nobody wrote it, it follows from the "
                                  "class's members and bases"));
      } else {
        ReportNoexcept(pair, context, sink);
      }
    }
    if (before.is_constexpr() && !after.is_constexpr()) {
      std::string message = absl::StrCat(name, " is no longer constexpr; uses in constant "
                                                "expressions (array bounds, template "
                                                "arguments, static_assert) no longer compile");
      if (defaulted) {
        sink.AddInfo("function-constexpr-removed", pair,
                     absl::StrCat(message, "; it is defaulted, so nobody wrote the "
                                           "constexpr: it follows from the class's "
                                           "members and bases"));
      } else {
        sink.Add("function-constexpr-removed", pair, message);
      }
    }
    if (!before.is_inline() && after.is_inline() && !before.is_template() &&
        !pair.before->mangled_names().empty()) {
      sink.Add("function-became-inline", pair,
               absl::StrCat(name, " became inline; the library no longer has "
                                  "to export ",
                            absl::StrJoin(pair.before->mangled_names(), ", "),
                            ", and programs linked against it fail to load "
                            "when it does not"));
    }
  }

 private:
  // Only code that may call a constructor converts implicitly through it.
  // Private ones are not API (match.cc drops them); derived classes
  // initialize a protected one's class directly, where explicit does not
  // matter, but may inherit it.
  static void ReportExplicit(const DeclPair& pair, FindingSink& sink) {
    std::string message = absl::StrCat("'", Signature(*pair.after), "' became explicit; ");
    if (pair.after->access() == PROTECTED) {
      sink.AddAs(Severity::kWarning, Bump::kMinor, "constructor-became-explicit", pair,
                 absl::StrCat(message, "it is protected: derived classes initialize "
                                       "their base directly, which explicit does not "
                                       "affect, but copy-initialization through it in "
                                       "friends, and in derived classes inheriting it "
                                       "('using Base::Base;'), no longer compiles"));
      return;
    }
    if (pair.after->access() == PRIVATE) {  // a private virtual conversion function
      sink.AddInfo("constructor-became-explicit", pair,
                   absl::StrCat(message, "it is private: only the class and its "
                                         "friends converted through it"));
      return;
    }
    sink.Add("constructor-became-explicit", pair,
             absl::StrCat(message, "implicit conversions and copy-initialization "
                                   "('T t = value;', 'return {...};') no longer compile"));
  }

  // Removing noexcept breaks `noexcept` function pointers and callers that
  // rely on it (move_if_noexcept); adding it breaks only overriders, which
  // must then be noexcept too.
  static void ReportNoexcept(const DeclPair& pair, const DiffContext& context,
                             FindingSink& sink) {
    const Function& after = pair.after->function();
    std::string name = absl::StrCat("'", Signature(*pair.after), "'");
    if (!after.is_noexcept()) {
      sink.Add("function-noexcept-changed", pair,
               absl::StrCat(name, " is no longer noexcept; pointers to it "
                                  "declared noexcept no longer compile, and "
                                  "code relying on it not throwing (noexcept(...) "
                                  "checks, move_if_noexcept) changes behaviour"));
      return;
    }
    const DeclPair* record = context.EnclosingRecord(pair);
    bool derivable = record != nullptr && record->after != nullptr &&
                     record->after->kind() == RECORD && !record->after->record().is_final();
    if (after.is_virtual() && !after.is_final() && derivable) {
      sink.Add("function-noexcept-changed", pair,
               absl::StrCat(name, " became noexcept; overrides in derived "
                                  "classes that are not noexcept no longer "
                                  "compile"));
    } else {
      sink.AddInfo("function-noexcept-changed", pair,
                   absl::StrCat(name, " became noexcept"));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeFunctionSpecifierCheck() {
  return std::make_unique<FunctionSpecifierCheck>();
}

}  // namespace apicompat
