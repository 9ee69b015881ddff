// Which check reports that a function appeared or disappeared. One edit is
// one finding: a method of a removed class is part of `type-removed`, a new
// vtable slot is `virtual-method-added`, a first overload is
// `overload-added`; only what is left is `function-removed`/`-added`.
#ifndef APICOMPAT_DIFFER_CHECKS_FUNCTION_FACTS_H_
#define APICOMPAT_DIFFER_CHECKS_FUNCTION_FACTS_H_

#include "diff_context.h"

namespace apicompat {

enum class PresenceOwner {
  kNone,      // not an added or removed function
  kRecord,    // its class came or went with it (or became a namespace)
  kVirtual,   // a virtual method gone, or a new vtable slot
  kOverload,  // the first overload of a name that had one function
  kPresence,  // an ordinary addition or removal
};

PresenceOwner WhoReportsPresence(const DeclPair& pair, const DiffContext& context);

// Whether an added virtual method takes a new vtable slot in its class (an
// override reuses the slot of the method it overrides).
bool AddsVtableSlot(const Decl& method, const DiffContext& context);

// Whether a kept record gained or lost its vtable pointer.
bool PolymorphismChanged(const DeclPair& record);

// A function deleted in the baseline: no call could use it and it had no
// symbol, so it promised nothing but rejecting calls. Its other facts
// (return type, qualifiers, access) were never observable.
bool WasDeleted(const DeclPair& pair);

// Whether programs link against `function`'s own symbol: not inline, not a
// template, and it emits one.
bool HasOwnSymbol(const Decl& function);

// A constructor, destructor or assignment operator: what a class's objects
// are made, copied and destroyed with.
bool IsSpecialMember(const Decl& decl);

// Whether the record `member` belongs to became a namespace: its static
// members are now namespace members of the same name.
bool ScopeBecameNamespace(const DeclPair& member, const DiffContext& context);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CHECKS_FUNCTION_FACTS_H_
