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
      {"exemption-added", C::kPolicy, S::kError, B::kMajor,
       "a stable declaration was marked internal or experimental",
       "stable declarations cannot be withdrawn from the promise: deprecate it "
       "with APICOMPAT_DEPRECATED instead, and remove it in the next major "
       "version"},
      {"exemption-removed", C::kPolicy, S::kInfo, B::kMinor,
       "an internal or experimental declaration was promoted to stable",
       "nothing to fix: it is checked from now on"},
      {"deprecation-added", C::kPolicy, S::kInfo, B::kMinor,
       "a stable declaration was deprecated",
       "nothing to fix: keep it working until its announced removal version"},
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

}  // namespace apicompat
