// Spelling declarations of a snapshot as user code in a witness: names,
// types, function types, in C or C++.
#ifndef APICOMPAT_DIFFER_WITNESS_SPELLING_H_
#define APICOMPAT_DIFFER_WITNESS_SPELLING_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "apicompat/snapshot.pb.h"
#include "witness/plan.h"

namespace apicompat {

// The components of a qualified name, split at the `::` outside brackets
// ("ns::C<a::b>::operator()" -> "ns", "C<a::b>", "operator()").
std::vector<std::string> NameComponents(absl::string_view qualified);
// All but the last component, joined ("" at global scope), and the last.
std::string EnclosingScope(absl::string_view qualified);
std::string LastComponent(absl::string_view qualified);

// A type usable anywhere a type name is: its canonical spelling (in C with
// the struct/union/enum tags it needs), wrapped in __typeof__() when it is a
// function, array or pointer-to-function type that a declarator could not
// follow.
std::string TypeName(const Type& type, const WitnessSubject& subject);

// How user code names a record, enum or typedef of the baseline: its
// qualified name in C++; in C `struct S`, `union U`, `enum E` unless a
// typedef of that name exists.
std::string UserTypeName(const Decl& decl, const WitnessSubject& subject);

// `static_assert(CONDITION, "")`, or _Static_assert in C.
std::string StaticAssert(absl::string_view condition, const WitnessSubject& subject);

// The function type of `decl`'s baseline signature, as a typedef named
// `name`: `typedef R name(A1, A2) const &;` (qualifiers only for
// non-static methods; noexcept from C++17, where it is part of the type).
std::string FunctionTypedef(const Decl& decl, const WitnessSubject& subject,
                            absl::string_view name);

// The parameter list of `decl` with parameters named a0, a1, ...
// ("int a0, const char* a1") and the arguments forwarding them
// ("static_cast<int&&>(a0), ..." in C++, "a0, a1" in C); the first
// `count` parameters only when given.
std::string ParameterList(const Decl& decl, const WitnessSubject& subject,
                          size_t count = SIZE_MAX);
std::string ForwardedArguments(const Decl& decl, const WitnessSubject& subject,
                               size_t count = SIZE_MAX);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_WITNESS_SPELLING_H_
