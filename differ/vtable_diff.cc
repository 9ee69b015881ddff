#include "vtable_diff.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "align.h"
#include "names.h"

namespace apicompat {
namespace {

constexpr size_t kMaxListed = 6;

bool IsFunctionEntry(VtableComponentKind kind) {
  return kind == VTABLE_FUNCTION || kind == VTABLE_UNUSED_FUNCTION ||
         kind == VTABLE_COMPLETE_DTOR || kind == VTABLE_DELETING_DTOR;
}

std::string EntryKey(const VtableComponent& component) {
  switch (component.kind()) {
    case VTABLE_COMPLETE_DTOR: return "~ (complete)";
    case VTABLE_DELETING_DTOR: return "~ (deleting)";
    default: return UnqualifiedSignature(component.name());
  }
}

std::string EntryShown(const VtableComponent& component) {
  switch (component.kind()) {
    case VTABLE_COMPLETE_DTOR: return absl::StrCat(component.name(), " (complete destructor)");
    case VTABLE_DELETING_DTOR: return absl::StrCat(component.name(), " (deleting destructor)");
    default: return component.name();
  }
}

// Entries are the same when their group and key are: a longest common
// subsequence of those keeps the order; the rest were added, removed or moved.
bool SameEntry(const VtableEntry& x, const VtableEntry& y) {
  return x.group == y.group && x.key == y.key;
}

std::string GroupKey(const VtableEntry& entry) {
  return absl::StrCat(entry.group, "/", entry.key);
}

}  // namespace

std::vector<VtableEntry> VtableEntries(const Record& record) {
  std::vector<VtableEntry> entries;
  int group = -1;
  int slot = 0;
  for (const VtableComponent& component : record.vtable()) {
    if (component.kind() == VTABLE_OFFSET_TO_TOP) {
      ++group;
      slot = 0;
    }
    if (!IsFunctionEntry(component.kind())) continue;
    entries.push_back({EntryKey(component), EntryShown(component), std::max(group, 0), slot++});
  }
  return entries;
}

VtableDiff CompareVtables(const Record& before, const Record& after) {
  std::vector<VtableEntry> old_entries = VtableEntries(before);
  std::vector<VtableEntry> new_entries = VtableEntries(after);
  std::vector<bool> old_kept(old_entries.size()), new_kept(new_entries.size());
  VtableDiff diff;
  for (auto [i, j] : Align(old_entries, new_entries, SameEntry)) {
    old_kept[i] = new_kept[j] = true;
    if (old_entries[i].slot != new_entries[j].slot) {
      diff.shifted.push_back({old_entries[i], new_entries[j]});
    }
  }
  absl::flat_hash_set<std::string> old_left, new_left;
  for (size_t i = 0; i < old_entries.size(); ++i) {
    if (!old_kept[i]) old_left.insert(GroupKey(old_entries[i]));
  }
  for (size_t j = 0; j < new_entries.size(); ++j) {
    if (!new_kept[j]) new_left.insert(GroupKey(new_entries[j]));
  }
  for (size_t i = 0; i < old_entries.size(); ++i) {
    if (!old_kept[i] && !new_left.contains(GroupKey(old_entries[i]))) {
      diff.removed.push_back(old_entries[i]);
    }
  }
  for (size_t j = 0; j < new_entries.size(); ++j) {
    if (new_kept[j]) continue;
    if (old_left.contains(GroupKey(new_entries[j]))) {
      diff.moved.push_back(new_entries[j]);
    } else {
      diff.added.push_back(new_entries[j]);
    }
  }
  return diff;
}

bool HasVtableSlot(const Record& record, const std::string& key) {
  for (const VtableEntry& entry : VtableEntries(record)) {
    if (entry.key == key) return true;
  }
  return false;
}

std::string SlotKey(const Decl& method) {
  if (method.function().role() == ROLE_DESTRUCTOR) return "~ (deleting)";
  // Vtable entries are named like ids: canonical types.
  return UnqualifiedSignature(absl::StripPrefix(method.id(), "function:"));
}

std::string DescribeShifts(const std::vector<VtableShift>& shifts) {
  std::vector<std::string> listed;
  for (const VtableShift& shift : shifts) {
    if (listed.size() == kMaxListed) {
      listed.push_back(absl::StrCat(shifts.size() - kMaxListed, " more"));
      break;
    }
    listed.push_back(absl::StrCat("'", shift.after.key, "' (slot ", shift.before.slot,
                                  " -> ", shift.after.slot, ")"));
  }
  return absl::StrJoin(listed, ", ");
}

}  // namespace apicompat
