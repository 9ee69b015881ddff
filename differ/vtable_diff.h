// Compares two versions of a record's vtables (Record.vtable, every group in
// order) the way a program already built sees them: by slot. An entry is
// identified by its kind and, for a function, its signature without the
// class: an override keeps the slot of the function it overrides.
#ifndef APICOMPAT_DIFFER_VTABLE_DIFF_H_
#define APICOMPAT_DIFFER_VTABLE_DIFF_H_

#include <string>
#include <vector>

#include "apicompat/snapshot.pb.h"

namespace apicompat {

struct VtableEntry {
  std::string key;    // "area() const", "~ (deleting)": stable across versions
  std::string shown;  // for messages
  int group = 0;      // 0 for the primary vtable, then each secondary one
  int slot = -1;      // index among the group's function entries
};

struct VtableShift {
  VtableEntry before;
  VtableEntry after;
};

struct VtableDiff {
  std::vector<VtableEntry> added;    // new slots (in new order)
  std::vector<VtableEntry> removed;  // slots gone (in old order)
  std::vector<VtableEntry> moved;    // still there, out of their old order
  std::vector<VtableShift> shifted;  // same entry at another slot
  bool empty() const {
    return added.empty() && removed.empty() && moved.empty() && shifted.empty();
  }
};

// The function entries (functions and destructors) of a vtable, in order.
std::vector<VtableEntry> VtableEntries(const Record& record);
VtableDiff CompareVtables(const Record& before, const Record& after);
// Whether `record`'s vtable has a slot with this key.
bool HasVtableSlot(const Record& record, const std::string& key);
// The slot key of a method: its signature without the class.
std::string SlotKey(const Decl& method);

// "'area() const' (slot 2 -> 3), ...", at most a few, for messages.
std::string DescribeShifts(const std::vector<VtableShift>& shifts);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_VTABLE_DIFF_H_
