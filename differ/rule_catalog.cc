#include "rule_catalog.h"

namespace apicompat {
namespace {

constexpr absl::string_view kKeepOldSignature =
    "keep the old signature as an overload next to the new one, or deprecate "
    "it first with APICOMPAT_DEPRECATED and remove it in the next major "
    "version";

}  // namespace

const std::vector<RuleInfo>& AllRules() {
  using C = Category;
  using S = Severity;
  using B = Bump;
  static const std::vector<RuleInfo> kRules = {
      {"function-removed", C::kApi, S::kError, B::kMajor,
       "a public function or method was removed",
       "restore it, or deprecate it first with APICOMPAT_DEPRECATED and remove "
       "it in the next major version"},
      {"function-added", C::kApi, S::kInfo, B::kMinor,
       "a public function or method was added", "nothing to fix"},
      {"parameter-removed", C::kApi, S::kError, B::kMajor,
       "a parameter was removed", kKeepOldSignature},
      {"parameter-added", C::kApi, S::kError, B::kMajor,
       "a parameter without a default was added",
       "add an overload with the new parameter and keep the old one, which "
       "existing callers still use"},
      {"parameter-added-with-default", C::kAbi, S::kError, B::kMajor,
       "a parameter with a default was added: source compatible, but the old "
       "symbol disappears",
       "add an overload with the extra parameter and keep the old function, "
       "so already-linked programs still find their symbol"},
      {"parameter-pointee-const-added", C::kAbi, S::kError, B::kMajor,
       "const was added to what a pointer or reference parameter points to: "
       "calls still compile, but a C++ function's symbol changes (info for C "
       "linkage)",
       "keep the old function next to the new one (it may call the new one), "
       "so already-linked programs still find their symbol"},
      {"parameter-reordered", C::kApi, S::kError, B::kMajor,
       "parameters were reordered", kKeepOldSignature},
      {"parameter-type-changed", C::kApi, S::kError, B::kMajor,
       "the type of a parameter changed", kKeepOldSignature},
      {"parameter-default-removed", C::kApi, S::kError, B::kMajor,
       "a parameter lost its default argument",
       "restore the default argument, or add an overload without the "
       "parameter"},
      {"parameter-default-added", C::kApi, S::kInfo, B::kMinor,
       "a parameter gained a default argument", "nothing to fix"},
      {"parameter-default-value-changed", C::kApi, S::kWarning, B::kMinor,
       "the value of a default argument changed: callers compiled against the "
       "old header keep passing the old value",
       "keep the old value, or make the behaviour change explicit with a new "
       "overload"},
      {"return-type-changed", C::kApi, S::kError, B::kMajor,
       "the return type changed",
       "keep the old function and add a new one with the new return type"},
      // Functions and methods.
      {"method-qualifiers-changed", C::kApi, S::kError, B::kMajor,
       "a method's const, volatile or ref qualifier changed",
       "keep the old qualifiers; add a differently qualified overload next to "
       "the old method if both are needed"},
      {"function-static-changed", C::kApi, S::kError, B::kMajor,
       "a method became static, or stopped being static",
       "keep the method as it was and add a new one under another name"},
      {"function-access-reduced", C::kApi, S::kError, B::kMajor,
       "a method became protected or private",
       "keep it public; deprecate it first if it should stop being API"},
      {"function-deleted", C::kApi, S::kError, B::kMajor,
       "a function was deleted with = delete",
       "keep the function; deprecate it first with APICOMPAT_DEPRECATED"},
      {"constructor-became-explicit", C::kApi, S::kError, B::kMajor,
       "a constructor or conversion operator became explicit",
       "keep it implicit, or bump the major version"},
      {"function-noexcept-changed", C::kApi, S::kError, B::kMajor,
       "a function's noexcept specification changed",
       "keep the old exception specification"},
      {"function-constexpr-removed", C::kApi, S::kError, B::kMajor,
       "a function is no longer constexpr",
       "keep it constexpr; add a non-constexpr function next to it if needed"},
      {"function-became-inline", C::kAbi, S::kError, B::kMajor,
       "an exported function became inline: its symbol may disappear",
       "keep an out-of-line definition in the library, or bump the major "
       "version"},
      {"overload-added", C::kApi, S::kWarning, B::kMinor,
       "a function that had one overload got another: taking its address "
       "becomes ambiguous",
       "give the new function another name, or document that &f needs a cast"},
      {"deleted-overload-added", C::kApi, S::kWarning, B::kMinor,
       "a deleted overload was added to an existing overload set: calls that "
       "reached another overload by conversion now select it and no longer "
       "compile",
       "if the rejected calls were never meant to work, say so in the release "
       "notes; otherwise remove the deleted overload"},
      // Virtual functions and interfaces.
      {"virtual-method-added", C::kAbi, S::kError, B::kMajor,
       "a virtual method was added to a class that may be derived from",
       "add a non-virtual method instead, or a new interface class; or bump "
       "the major version"},
      {"pure-virtual-method-added", C::kApi, S::kError, B::kMajor,
       "a pure virtual method was added: every implementer breaks",
       "give it a default implementation, or add it to a new interface class"},
      {"virtual-method-removed", C::kApi, S::kError, B::kMajor,
       "a virtual method was removed",
       "keep it, deprecated, until the next major version"},
      {"vtable-layout-changed", C::kAbi, S::kError, B::kMajor,
       "virtual methods were reordered or their vtable slots shifted",
       "keep the declaration order of virtual methods; add new ones only in "
       "a major version"},
      {"method-virtuality-changed", C::kAbi, S::kError, B::kMajor,
       "a method became virtual, or stopped being virtual",
       "keep the method as it was; add a new virtual method in a major version"},
      {"method-became-pure", C::kApi, S::kError, B::kMajor,
       "a virtual method became pure virtual",
       "keep a default implementation"},
      {"class-became-final", C::kApi, S::kError, B::kMajor,
       "a class became final: deriving from it no longer compiles",
       "remove `final`, or bump the major version"},
      {"method-became-final", C::kApi, S::kError, B::kMajor,
       "a virtual method became final: overriding it no longer compiles",
       "remove `final`, or bump the major version"},
      {"record-became-abstract", C::kApi, S::kError, B::kMajor,
       "a class became abstract: creating objects of it no longer compiles",
       "implement the pure virtual methods it inherits or declares"},
      {"record-became-polymorphic", C::kAbi, S::kError, B::kMajor,
       "a class gained or lost its vtable pointer, moving every field",
       "do not add the first virtual method to (or remove the last from) a "
       "released class; bump the major version"},
      // Types and their layout.
      {"type-removed", C::kApi, S::kError, B::kMajor,
       "a public class, struct, union, enum or typedef was removed",
       "restore it, or deprecate it first and remove it in a major version"},
      {"type-added", C::kApi, S::kInfo, B::kMinor,
       "a public class, struct, union, enum or typedef was added",
       "nothing to fix"},
      {"record-size-changed", C::kAbi, S::kError, B::kMajor,
       "the size of a type changed",
       "keep the size: hide the data behind a pointer (pimpl), or bump the "
       "major version"},
      {"record-alignment-changed", C::kAbi, S::kError, B::kMajor,
       "the alignment of a type changed",
       "keep the alignment, or bump the major version"},
      {"field-removed", C::kApi, S::kError, B::kMajor,
       "a field was removed",
       "keep the field (it may be unused); bump the major version to remove it"},
      {"field-added", C::kAbi, S::kError, B::kMajor,
       "a field was added, changing the type's layout",
       "keep the layout: use reserved space or a pimpl, or bump the major "
       "version"},
      {"field-type-changed", C::kApi, S::kError, B::kMajor,
       "the type of a field changed",
       "keep the field's type; add a new field instead in a major version"},
      {"field-offset-changed", C::kAbi, S::kError, B::kMajor,
       "a field moved to another offset",
       "keep the order, types and alignment of fields"},
      {"field-access-reduced", C::kApi, S::kError, B::kMajor,
       "a field became protected or private",
       "keep it accessible; deprecate it first"},
      {"special-member-lost", C::kApi, S::kError, B::kMajor,
       "objects of a class can no longer be default-constructed, copied, "
       "moved, assigned or destroyed as before: an implicit special member "
       "was suppressed, deleted or made inaccessible",
       "declare the lost member explicitly (= default) where it was implicit, "
       "or keep the member that deletes it out of the class (hold it through "
       "a pointer); deprecate first if the class must stop being copyable"},
      {"base-class-changed", C::kAbi, S::kError, B::kMajor,
       "a base class was added, removed, reordered, or changed virtuality or "
       "access",
       "keep the base classes as they were, or bump the major version"},
      {"record-kind-changed", C::kApi, S::kError, B::kMajor,
       "a struct or class became a union, or a union a struct or class",
       "keep the kind, or bump the major version"},
      {"record-became-namespace", C::kApi, S::kError, B::kMajor,
       "a struct or class became a namespace: its members are still reached "
       "as before, but the name is no longer a type (a warning when it only "
       "had static members)",
       "keep the struct; add the namespace under another name, or bump the "
       "major version"},
      {"record-calling-convention-changed", C::kAbi, S::kError, B::kMajor,
       "objects of a type are now passed differently (in registers, or by "
       "invisible reference)",
       "keep the copy constructors and destructor as trivial (or not) as they "
       "were, or bump the major version"},
      // Enumerations.
      {"enumerator-removed", C::kApi, S::kError, B::kMajor,
       "an enumerator was removed",
       "keep it, deprecated, until the next major version"},
      {"enumerator-added", C::kApi, S::kInfo, B::kMinor,
       "an enumerator was added (a warning before a trailing count sentinel, "
       "an error when it shifts existing values)",
       "append new enumerators at the end, after existing values"},
      {"enumerator-value-changed", C::kAbi, S::kError, B::kMajor,
       "the value of an enumerator changed",
       "keep the value; give new enumerators new values"},
      {"enum-underlying-type-changed", C::kAbi, S::kError, B::kMajor,
       "the underlying type of an enum changed",
       "fix the underlying type explicitly (`enum E : int`) to the old one"},
      {"enum-scope-changed", C::kApi, S::kError, B::kMajor,
       "an enum became scoped (enum class), or unscoped",
       "keep the enum as it was; add a new scoped enum next to it"},
      // Typedefs, variables and constants.
      {"typedef-target-changed", C::kApi, S::kError, B::kMajor,
       "a typedef or alias now names another type",
       "keep the typedef; add a new one for the new type"},
      {"type-linkage-name-changed", C::kAbi, S::kError, B::kMajor,
       "a type named only by a typedef got a tag: C++ now mangles it by the "
       "tag, so the symbols of functions taking it change",
       "spell the tag like the typedef (typedef struct point_t {...} point_t;), "
       "which keeps the symbols; or bump the major version"},
      {"variable-removed", C::kApi, S::kError, B::kMajor,
       "a public variable was removed",
       "keep it, deprecated, until the next major version"},
      {"variable-added", C::kApi, S::kInfo, B::kMinor,
       "a public variable was added", "nothing to fix"},
      {"variable-type-changed", C::kApi, S::kError, B::kMajor,
       "the type of a public variable changed",
       "keep the variable's type; add a new variable instead"},
      {"constant-value-changed", C::kApi, S::kWarning, B::kMinor,
       "the value of a constant changed: binaries built against the old "
       "header keep the old value",
       "keep the value, or document the change; add a new constant if both "
       "values are needed"},
      // Templates and namespaces.
      {"template-parameters-changed", C::kApi, S::kError, B::kMajor,
       "template parameters were added, removed or changed kind, or lost a "
       "default",
       "keep the parameters; new ones need a default"},
      {"inline-namespace-changed", C::kAbi, S::kError, B::kMajor,
       "an inline namespace was added, removed or renamed: every symbol in it "
       "changes",
       "keep the inline namespace, or bump the major version (this is how "
       "libraries version their ABI on purpose)"},
      // Macros.
      {"macro-removed", C::kApi, S::kError, B::kMajor,
       "a public macro was removed",
       "keep it, deprecated, until the next major version"},
      {"macro-parameters-changed", C::kApi, S::kError, B::kMajor,
       "a function-like macro's parameters changed",
       "keep the macro's parameters; add a new macro"},
      {"macro-value-changed", C::kApi, S::kWarning, B::kMinor,
       "a macro's replacement changed: code built against the old header "
       "keeps the old one",
       "keep the value, or document the change"},
      {"macro-added", C::kApi, S::kInfo, B::kMinor,
       "a public macro was added", "nothing to fix"},
      {"exemption-added", C::kPolicy, S::kError, B::kMajor,
       "a stable declaration was marked internal or experimental",
       "stable declarations cannot be withdrawn from the promise: deprecate it "
       "with APICOMPAT_DEPRECATED instead, and remove it in the next major "
       "version"},
      {"policy-loosened", C::kPolicy, S::kError, B::kNone,
       "the configuration lowers a finding's severity, or no longer enforces "
       "its category, compared with the baseline's configuration",
       "keep the baseline's policy, or acknowledge the finding "
       "(policy-loosened:<rule>:<declaration>) with a reason, so the "
       "loosening is a reviewed decision"},
      {"exemption-removed", C::kPolicy, S::kInfo, B::kMinor,
       "an internal or experimental declaration was promoted to stable",
       "nothing to fix: it is checked from now on"},
      {"deprecation-added", C::kPolicy, S::kInfo, B::kMinor,
       "a stable declaration was deprecated",
       "nothing to fix: keep it working until its announced removal version"},
      // The deprecation timeline, checked with --current-version.
      {"deprecated-removed-early", C::kPolicy, S::kError, B::kMajor,
       "a deprecated declaration was removed before its announced removal "
       "version",
       "keep it until the removal version its APICOMPAT_DEPRECATED mark "
       "announced, or announce an earlier one in a release before removing it"},
      {"removed-after-deprecation", C::kPolicy, S::kInfo, B::kMajor,
       "a deprecated declaration was removed at or after its announced removal "
       "version (or it announced none)",
       "nothing to fix: users who did not migrate still break, so release "
       "it as a major version (a minor one before 1.0.0)"},
      {"deprecation-removal-overdue", C::kPolicy, S::kWarning, B::kNone,
       "a deprecated declaration is still present at or after its announced "
       "removal version",
       "remove it in this release, or postpone the removal version in its "
       "APICOMPAT_DEPRECATED mark"},
      // A consumer's uses against the dependency versions it supports
      // (apicompat impact --minimum/--maximum): located at the use.
      {"used-missing-in-minimum", C::kApi, S::kError, B::kNone,
       "the consumer uses a declaration that its minimum supported version of "
       "the dependency lacks",
       "guard the use with a version check (the dependency's version macro), "
       "or raise the minimum supported version"},
      {"used-incompatible-in-minimum", C::kApi, S::kError, B::kNone,
       "the consumer uses a declaration that its minimum supported version of "
       "the dependency declares differently (other parameters, return type or "
       "kind)",
       "guard the use with a version check, calling the old form below the "
       "version that changed it, or raise the minimum supported version"},
      {"used-missing-in-maximum", C::kApi, S::kError, B::kNone,
       "the consumer uses a declaration that the newest version of the "
       "dependency it must build against lacks",
       "guard the use with a version check and use the replacement the newer "
       "version offers, or keep the maximum below that version"},
      {"used-incompatible-in-maximum", C::kApi, S::kError, B::kNone,
       "the consumer uses a declaration that the newest version of the "
       "dependency it must build against declares differently",
       "guard the use with a version check, calling the new form from the "
       "version that changed it, or keep the maximum below that version"},
  };
  return kRules;
}

const RuleInfo* FindRule(absl::string_view id) {
  for (const RuleInfo& rule : AllRules()) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

absl::string_view Name(Category category) {
  switch (category) {
    case Category::kApi: return "api";
    case Category::kAbi: return "abi";
    case Category::kPolicy: return "policy";
  }
  return "";
}

absl::string_view Name(Severity severity) {
  switch (severity) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "";
}

absl::string_view Name(Bump bump) {
  switch (bump) {
    case Bump::kNone: return "none";
    case Bump::kPatch: return "patch";
    case Bump::kMinor: return "minor";
    case Bump::kMajor: return "major";
  }
  return "";
}

std::optional<Severity> ParseSeverity(absl::string_view name) {
  for (Severity severity : {Severity::kInfo, Severity::kWarning, Severity::kError}) {
    if (Name(severity) == name) return severity;
  }
  return std::nullopt;
}

std::optional<Bump> ParseBump(absl::string_view name) {
  for (Bump bump : {Bump::kNone, Bump::kPatch, Bump::kMinor, Bump::kMajor}) {
    if (Name(bump) == name) return bump;
  }
  return std::nullopt;
}

}  // namespace apicompat
