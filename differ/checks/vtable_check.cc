// vtable-layout-changed: the vtable of a class changed in a way no method
// finding explains: virtual methods reordered, or slots added or removed by
// a change reported nowhere else. Slots added or removed by a virtual
// method's own addition or removal (in this class or a base) are named by
// that method's finding, and base class changes by base-class-changed.
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checks/check.h"
#include "checks/function_facts.h"
#include "describe.h"
#include "record_diff.h"
#include "vtable_diff.h"

namespace apicompat {
namespace {

// Slot keys of virtual methods added, removed, or whose virtuality changed,
// anywhere in the diff: each of those has a finding of its own.
absl::flat_hash_set<std::string> ExplainedSlots(const DiffContext& context) {
  absl::flat_hash_set<std::string> keys;
  for (const DeclPair& pair : context.pairs()) {
    if (Latest(pair).kind() != FUNCTION) continue;
    bool was_virtual = pair.before != nullptr && pair.before->function().is_virtual();
    bool is_virtual = pair.after != nullptr && pair.after->function().is_virtual();
    if (was_virtual != is_virtual) keys.insert(SlotKey(Latest(pair)));
  }
  return keys;
}

std::string Entries(const std::vector<VtableEntry>& entries) {
  std::vector<std::string> names;
  for (const VtableEntry& entry : entries) names.push_back(absl::StrCat("'", entry.shown, "'"));
  return absl::StrJoin(names, ", ");
}

class VtableCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    if (!BothHaveLayout(pair)) return;
    const Record& before = pair.before->record();
    const Record& after = pair.after->record();
    if (PolymorphismChanged(pair) || BasesChanged(before, after) ||
        before.vtable().empty() || after.vtable().empty()) {
      return;
    }
    VtableDiff diff = CompareVtables(before, after);
    if (diff.empty()) return;
    absl::flat_hash_set<std::string> explained = ExplainedSlots(context);
    std::vector<VtableEntry> added, removed;
    for (const VtableEntry& entry : diff.added) {
      if (!explained.contains(entry.key)) added.push_back(entry);
    }
    for (const VtableEntry& entry : diff.removed) {
      if (!explained.contains(entry.key)) removed.push_back(entry);
    }
    if (diff.moved.empty() && added.empty() && removed.empty()) return;
    std::vector<std::string> changes;
    if (!diff.moved.empty()) changes.push_back(absl::StrCat(Entries(diff.moved), " moved"));
    if (!added.empty()) changes.push_back(absl::StrCat(Entries(added), " added"));
    if (!removed.empty()) changes.push_back(absl::StrCat(Entries(removed), " removed"));
    std::string shifts = DescribeShifts(diff.shifted);
    sink.Add("vtable-layout-changed", pair,
             absl::StrCat("the vtable of '", pair.after->qualified_name(), "' changed: ",
                          absl::StrJoin(changes, "; "),
                          shifts.empty() ? "" : absl::StrCat("; shifted: ", shifts),
                          "; programs built against the old header call the "
                          "wrong virtual functions"));
  }
};

}  // namespace

std::unique_ptr<Check> MakeVtableCheck() {
  return std::make_unique<VtableCheck>();
}

}  // namespace apicompat
