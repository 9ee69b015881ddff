#include "checks/function_facts.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "record_diff.h"
#include "vtable_diff.h"

namespace apicompat {
namespace {

bool CanTakeAddress(const Decl& function) {
  FunctionRole role = function.function().role();
  return role != ROLE_CONSTRUCTOR && role != ROLE_DESTRUCTOR;
}

bool FirstOverload(const Decl& added, const DiffContext& context) {
  const std::string& name = added.qualified_name();
  return CanTakeAddress(added) && context.before().Functions(name).size() == 1 &&
         context.after().Functions(name).size() > 1;
}

// Whether a base of `record` (transitively, current version) declares a
// virtual method with the slot key `key`: then a method of that signature
// overrides it, whether or not it says `override`.
bool BaseDeclaresVirtual(const Decl& record, const std::string& key,
                         const DiffContext& context, int depth = 0) {
  if (depth > 32 || record.kind() != RECORD) return false;  // malformed input
  for (const Base& base : record.record().bases()) {
    const Decl* base_decl = context.after().Find(absl::StrCat("record:", base.type().canonical()));
    if (base_decl == nullptr) continue;
    for (const Decl* member : context.after().Members(base_decl->qualified_name())) {
      if (member->kind() == FUNCTION && member->function().is_virtual() &&
          SlotKey(*member) == key) {
        return true;
      }
    }
    if (BaseDeclaresVirtual(*base_decl, key, context, depth + 1)) return true;
  }
  return false;
}

}  // namespace

bool PolymorphismChanged(const DeclPair& record) {
  return IsKept(record) && HasLayout(*record.before) && HasLayout(*record.after) &&
         record.before->record().is_polymorphic() != record.after->record().is_polymorphic();
}

bool AddsVtableSlot(const Decl& method, const DiffContext& context) {
  // An override's slot, if new, is its base's doing.
  if (method.function().is_override()) return false;
  const DeclPair* record = context.EnclosingRecord(*context.PairOf(&method));
  if (record == nullptr || record->after == nullptr) return true;
  if (BaseDeclaresVirtual(*record->after, SlotKey(method), context)) return false;
  if (record->before == nullptr || !HasLayout(*record->before)) return true;
  const Record& old_record = record->before->record();
  if (!old_record.is_polymorphic() || old_record.vtable().empty()) return true;
  return !HasVtableSlot(old_record, SlotKey(method));
}

bool WasDeleted(const DeclPair& pair) {
  return pair.before != nullptr && pair.before->kind() == FUNCTION &&
         pair.before->function().is_deleted();
}

bool HasOwnSymbol(const Decl& function) {
  return !function.function().is_inline() && !function.function().is_template() &&
         !function.mangled_names().empty();
}

bool IsSpecialMember(const Decl& decl) {
  if (decl.kind() != FUNCTION) return false;
  FunctionRole role = decl.function().role();
  return role == ROLE_CONSTRUCTOR || role == ROLE_DESTRUCTOR ||
         absl::EndsWith(decl.qualified_name(), "::operator=");
}

bool ScopeBecameNamespace(const DeclPair& member, const DiffContext& context) {
  const DeclPair* record = context.EnclosingRecord(member);
  return record != nullptr && IsKept(*record) && record->after->kind() == NAMESPACE;
}

PresenceOwner WhoReportsPresence(const DeclPair& pair, const DiffContext& context) {
  if (IsKept(pair) || Latest(pair).kind() != FUNCTION) return PresenceOwner::kNone;
  if (EnclosingRecordCameOrWent(pair, context)) return PresenceOwner::kRecord;
  // A namespace has no objects: constructors, destructor and assignments
  // went with them, which record-became-namespace says.
  if (IsRemoved(pair) && IsSpecialMember(*pair.before) && ScopeBecameNamespace(pair, context)) {
    return PresenceOwner::kRecord;
  }
  if (IsRemoved(pair)) {
    return pair.before->function().is_virtual() ? PresenceOwner::kVirtual
                                                : PresenceOwner::kPresence;
  }
  if (pair.after->function().is_virtual() && AddsVtableSlot(*pair.after, context)) {
    return PresenceOwner::kVirtual;
  }
  if (FirstOverload(*pair.after, context)) return PresenceOwner::kOverload;
  return PresenceOwner::kPresence;
}

}  // namespace apicompat
