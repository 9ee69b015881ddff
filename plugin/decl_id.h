// The ids a snapshot gives declarations ("function:ns::f(int)",
// "record:ns::S", ...): the collector names what it records with them, and
// the use collector names what a consumer uses with them, so that a
// consumer's uses match the dependency's own snapshot.
#ifndef APICOMPAT_PLUGIN_DECL_ID_H_
#define APICOMPAT_PLUGIN_DECL_ID_H_

#include <string>

#include "clang/AST/Decl.h"
#include "type_printer.h"

namespace apicompat {

// The id of a function, record, enum, typedef or variable (a template is
// named by the declaration it is the pattern of); "" for other kinds and
// for an anonymous enum without enumerators.
std::string DeclId(const clang::NamedDecl& decl, const TypePrinter& printer);

// An enum's qualified name; an anonymous one (which Clang numbers per TU)
// is named by its first enumerator, stable across TUs and versions:
// "ns::(anonymous enum kFirst)". "" for an anonymous enum without
// enumerators.
std::string EnumName(const clang::EnumDecl& enumeration, const TypePrinter& printer);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_DECL_ID_H_
