// virtual-method-added, pure-virtual-method-added, virtual-method-removed,
// method-virtuality-changed, method-became-pure, method-became-final. A
// new or vanished vtable slot is reported here with the entries it shifts;
// the first virtual method of a class (or its last) is reported by
// record-became-polymorphic instead, since it moves every field too, and
// those of a class that became a namespace by record-became-namespace.
#include <optional>

#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "checks/function_facts.h"
#include "describe.h"
#include "record_diff.h"
#include "vtable_diff.h"

namespace apicompat {
namespace {

// The vtable diff of a method's class, when both versions are known.
std::optional<VtableDiff> ClassVtables(const DeclPair* record) {
  if (record == nullptr || !IsKept(*record) || !HasLayout(*record->before) ||
      !HasLayout(*record->after)) {
    return std::nullopt;
  }
  return CompareVtables(record->before->record(), record->after->record());
}

// The entries an insertion (or removal) at `slot` of `group` moved.
std::vector<VtableShift> ShiftedPast(const VtableDiff& diff, int group, int slot,
                                     bool use_new_slots) {
  std::vector<VtableShift> shifted;
  for (const VtableShift& shift : diff.shifted) {
    const VtableEntry& entry = use_new_slots ? shift.after : shift.before;
    if (entry.group == group && entry.slot > slot) shifted.push_back(shift);
  }
  return shifted;
}

std::string ShiftClause(const std::vector<VtableShift>& shifted) {
  if (shifted.empty()) return "";
  return absl::StrCat("; it shifts ", DescribeShifts(shifted),
                      ", so programs built against the old header call the "
                      "wrong function");
}

// The entry with `key`, or null.
const VtableEntry* FindEntry(const std::vector<VtableEntry>& entries, const std::string& key) {
  for (const VtableEntry& entry : entries) {
    if (entry.key == key) return &entry;
  }
  return nullptr;
}

class VirtualMethodCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    if (Latest(pair).kind() != FUNCTION) return;
    const DeclPair* record = context.EnclosingRecord(pair);
    // The first or last virtual method of a class: record-became-polymorphic.
    if (record != nullptr && PolymorphismChanged(*record)) return;
    if (ScopeBecameNamespace(pair, context)) return;
    if (IsKept(pair)) {
      ReportChanged(pair, record, sink);
    } else if (WhoReportsPresence(pair, context) == PresenceOwner::kVirtual) {
      if (IsAdded(pair)) {
        ReportAdded(pair, record, sink);
      } else {
        ReportRemoved(pair, record, sink);
      }
    }
  }

 private:
  static void ReportAdded(const DeclPair& pair, const DeclPair* record, FindingSink& sink) {
    const Decl& method = *pair.after;
    std::string owner = record != nullptr ? Latest(*record).qualified_name() : "its class";
    std::string slot_text;
    std::vector<VtableShift> shifted;
    if (std::optional<VtableDiff> diff = ClassVtables(record)) {
      if (const VtableEntry* entry = FindEntry(diff->added, SlotKey(method))) {
        slot_text = absl::StrCat(" in vtable slot ", entry->slot);
        shifted = ShiftedPast(*diff, entry->group, entry->slot, /*use_new_slots=*/true);
      }
    }
    if (method.function().is_pure()) {
      sink.Add("pure-virtual-method-added", pair,
               absl::StrCat("pure virtual '", Signature(method), "' was added", slot_text,
                            "; every class implementing '", owner,
                            "' must now override it, and until then no longer "
                            "compiles", ShiftClause(shifted)));
      return;
    }
    std::string message =
        absl::StrCat("virtual '", Signature(method), "' was added", slot_text);
    bool is_final = record != nullptr && IsKept(*record) &&
                    record->before->kind() == RECORD &&
                    record->before->record().is_final() && record->after->record().is_final();
    if (is_final && shifted.empty()) {
      sink.AddInfo("virtual-method-added", pair,
                   absl::StrCat(message, "; '", owner, "' is final, so no class "
                                "built against the old header derives from it"));
      return;
    }
    sink.Add("virtual-method-added", pair,
             absl::StrCat(message, "; classes deriving from '", owner,
                          "' that were built against the old header lack the "
                          "entry in their vtables, and their own virtual "
                          "methods take its slot", ShiftClause(shifted)));
  }

  static void ReportRemoved(const DeclPair& pair, const DeclPair* record, FindingSink& sink) {
    const Decl& method = *pair.before;
    std::optional<VtableDiff> diff = ClassVtables(record);
    bool has_vtables = diff && !record->before->record().vtable().empty();
    const VtableEntry* entry = has_vtables ? FindEntry(diff->removed, SlotKey(method)) : nullptr;
    // An override leaves the slot in place, now for the overridden method.
    if (method.function().is_override() || (has_vtables && entry == nullptr)) {
      // Defined in the header, it had no symbol of the library's: old
      // binaries carry their own copy, and a qualified call now finds the
      // base's (leveldb 1.23's EnvWrapper::DeleteFile).
      if (method.function().is_inline()) {
        sink.AddInfo("virtual-method-removed", pair,
                     absl::StrCat("the inline override '", Signature(method),
                                  "' was removed; calls now reach the overridden "
                                  "method, and code naming it still compiles"));
        return;
      }
      sink.Add("virtual-method-removed", pair,
               absl::StrCat("the override '", Signature(method),
                            "' was removed; calls now reach the overridden "
                            "method, code calling it explicitly no longer "
                            "compiles, and programs linked against its symbol "
                            "no longer load"));
      return;
    }
    std::vector<VtableShift> shifted;
    std::string slot_text;
    if (entry != nullptr) {
      slot_text = absl::StrCat(" from vtable slot ", entry->slot);
      shifted = ShiftedPast(*diff, entry->group, entry->slot, /*use_new_slots=*/false);
    }
    sink.Add("virtual-method-removed", pair,
             absl::StrCat("virtual '", Signature(method), "' was removed", slot_text,
                          "; code calling or overriding it no longer compiles",
                          ShiftClause(shifted)));
  }

  static void ReportChanged(const DeclPair& pair, const DeclPair* record, FindingSink& sink) {
    const Function& before = pair.before->function();
    const Function& after = pair.after->function();
    std::string name = absl::StrCat("'", Signature(*pair.after), "'");
    if (before.is_virtual() != after.is_virtual()) {
      std::vector<VtableShift> shifted;
      if (std::optional<VtableDiff> diff = ClassVtables(record)) shifted = diff->shifted;
      sink.Add("method-virtuality-changed", pair,
               after.is_virtual()
                   ? absl::StrCat(name, " became virtual; calls compiled against "
                                        "the old header bypass overrides in "
                                        "derived classes, and it takes a new "
                                        "vtable slot", ShiftClause(shifted))
                   : absl::StrCat(name, " is no longer virtual; overrides in "
                                        "derived classes silently stop "
                                        "overriding it, and its vtable slot is "
                                        "gone", ShiftClause(shifted)));
      return;
    }
    if (!before.is_virtual()) return;
    if (!before.is_pure() && after.is_pure()) {
      std::string owner = record != nullptr ? Latest(*record).qualified_name() : "the class";
      sink.Add("method-became-pure", pair,
               absl::StrCat(name, " became pure virtual; '", owner,
                            "' is now abstract, and every class deriving from "
                            "it that does not override it no longer compiles"));
    }
    if (!before.is_final() && after.is_final()) {
      sink.Add("method-became-final", pair,
               absl::StrCat(name, " became final; classes overriding it no "
                                  "longer compile"));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeVirtualMethodCheck() {
  return std::make_unique<VirtualMethodCheck>();
}

}  // namespace apicompat
