// base-class-changed: bases added, removed, reordered, made virtual or
// non-virtual, or less accessible. Bases are matched by canonical type. The
// first finding is credited with the layout consequences when bases are
// what moved the layout.
#include <algorithm>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "describe.h"
#include "record_diff.h"

namespace apicompat {
namespace {

const Base* FindBase(const Record& record, const std::string& canonical) {
  for (const Base& base : record.bases()) {
    if (base.type().canonical() == canonical) return &base;
  }
  return nullptr;
}

// The canonical types of the bases both versions have, in each's order.
std::vector<std::string> CommonOrder(const Record& record, const Record& other) {
  std::vector<std::string> order;
  for (const Base& base : record.bases()) {
    if (FindBase(other, base.type().canonical())) order.push_back(base.type().canonical());
  }
  return order;
}

class BaseClassCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& /*context*/,
           FindingSink& sink) const override {
    if (!BothHaveLayout(pair)) return;
    const Record& before = pair.before->record();
    const Record& after = pair.after->record();
    if (IsUnion(before) || IsUnion(after)) return;
    std::string name = pair.after->qualified_name();
    bool layout_changed = LayoutChanged(before, after);
    std::string effects = PrimaryLayoutCause(before, after) == LayoutCause::kBases
                              ? LayoutEffects(before, after)
                              : "";
    auto report = [&](std::string message) {
      sink.Add("base-class-changed", pair,
               absl::StrCat(message, std::exchange(effects, "")));
    };
    for (const Base& base : before.bases()) {
      if (FindBase(after, base.type().canonical()) == nullptr) {
        report(absl::StrCat("'", name, "' no longer derives from '", Spelled(base.type()),
                            "'; conversions to it and its inherited members no "
                            "longer compile"));
      }
    }
    for (const Base& base : after.bases()) {
      const Base* old_base = FindBase(before, base.type().canonical());
      if (old_base == nullptr) {
        std::string message = absl::StrCat("'", name, "' now derives from '",
                                           Spelled(base.type()), "'");
        if (layout_changed) {
          report(absl::StrCat(message, "; programs built against the old header "
                                       "use the old layout"));
        } else {
          sink.AddInfo("base-class-changed", pair,
                       absl::StrCat(message, " without changing its layout"));
        }
        continue;
      }
      if (old_base->is_virtual() != base.is_virtual()) {
        report(absl::StrCat("'", name, "' now derives from '", Spelled(base.type()), "' ",
                            base.is_virtual() ? "virtually" : "non-virtually",
                            "; the base subobject is laid out and reached differently"));
      }
      if (AccessReduced(old_base->access(), base.access())) {
        report(absl::StrCat("'", name, "' now derives from '", Spelled(base.type()),
                            "' as ", AccessName(base.access()), " instead of ",
                            AccessName(old_base->access()),
                            "; conversions to it and its inherited members are "
                            "no longer accessible"));
      }
    }
    if (CommonOrder(before, after) != CommonOrder(after, before)) {
      report(absl::StrCat("the base classes of '", name, "' were reordered; base "
                          "subobjects move and conversions from programs built "
                          "against the old header adjust pointers wrongly"));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeBaseClassCheck() {
  return std::make_unique<BaseClassCheck>();
}

}  // namespace apicompat
