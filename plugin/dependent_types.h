// One spelling of dependent types for every Clang major.
//
// Clang's printer spells the dependent forms differently from major to
// major: Clang 19 prints the canonical `typename std::enable_if<C, int>::type`
// as `typename enable_if<C, int>::type` (a qualifier's template names and
// type arguments without their scope), Clang 22 as
// `std::enable_if<C, int>::type`; Clang 21+ prints a non-type template
// parameter in an expression as `value-parameter-0-0` where 19 prints its
// name `N`. Canonical spellings are compared and name functions in their
// ids, so a compiler upgrade would look like an API change. Clang has no
// policy knob for either, so the dependent name types (`typename X::y`,
// `typename X::template y<Z>`) are printed here, by the rules of Clang 19's
// printer (whose output users' baselines hold), and Clang prints the rest.
#ifndef APICOMPAT_PLUGIN_DEPENDENT_TYPES_H_
#define APICOMPAT_PLUGIN_DEPENDENT_TYPES_H_

#include <string>

#include "clang/AST/PrettyPrinter.h"
#include "clang/AST/Type.h"

namespace apicompat {

// `canonical`: `type` is canonical and printed as Clang 19 prints canonical
// types. Otherwise it is printed as written, except that a dependent name
// written without `typename` (C++20 allows that) is shown with it, as
// Clang 19 shows it. `base_specifier`: `type` names a base class, where
// a dependent name has no `typename`.
std::string PrintType(clang::QualType type, const clang::PrintingPolicy& policy, bool canonical,
                      bool base_specifier = false);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_DEPENDENT_TYPES_H_
