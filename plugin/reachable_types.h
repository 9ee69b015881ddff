// Types that public declarations expose although their names are excluded
// (`detail`, `internal`, `impl` namespaces, `_`-names): `namespace lib {
// namespace detail { struct Impl { int a; }; } using Handle = detail::Impl; }`
// makes detail::Impl's layout part of lib's API, as Android's header-checker
// records every referenced type. Found by a walk after the collector's visit,
// which the collector runs only when a public header declared an excluded
// namespace: otherwise nothing can be reached and the walk is skipped.
#ifndef APICOMPAT_PLUGIN_REACHABLE_TYPES_H_
#define APICOMPAT_PLUGIN_REACHABLE_TYPES_H_

#include <vector>

#include "clang/AST/Decl.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"

namespace apicompat {

// Namespaces that conventionally hold implementation details.
bool IsDetailNamespace(llvm::StringRef name);
// A name starting with `_`: reserved, or marked private by convention.
bool HasReservedName(const clang::NamedDecl& decl);

// Whether `decl` lives where the collector does not look: an excluded or
// anonymous namespace, or a `_`-name (its own or an enclosing scope's).
bool IsInExcludedScope(const clang::Decl& decl);

// The definitions of excluded records and enums that `tu`'s public
// declarations reach: typedef and alias targets (through pointers and
// references too), by-value parameter and return types, variable types,
// fields and bases of public records, and, transitively, the fields and bases
// of what is reached; only definitions in public headers. The two tests are
// the collector's own: whether a location is in a public header, and whether
// a declaration's name and access make it public. Each type is listed once.
std::vector<const clang::TagDecl*> FindExposedTypes(
    const clang::TranslationUnitDecl& tu,
    llvm::function_ref<bool(clang::SourceLocation)> in_public_header,
    llvm::function_ref<bool(const clang::Decl&)> is_public_entity);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_REACHABLE_TYPES_H_
