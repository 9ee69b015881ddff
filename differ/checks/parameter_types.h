// How two canonical parameter types relate beyond string equality. A
// parameter's own (top-level) qualifiers are not part of the function's
// type (`void f(const int)` is `void f(int)`), and adding `const` to what a
// pointer or reference parameter points to keeps every call compiling.
#ifndef APICOMPAT_DIFFER_CHECKS_PARAMETER_TYPES_H_
#define APICOMPAT_DIFFER_CHECKS_PARAMETER_TYPES_H_

#include <string>

#include "absl/strings/string_view.h"

namespace apicompat {

// The canonical type without its top-level qualifiers, in a form that is
// equal for equal types: "int *const" and "int *" give the same key. Types
// it does not understand (function pointers, arrays) are their own key.
std::string ParameterTypeKey(absl::string_view canonical);
// Whether the keys of two canonical types are equal; identical texts, by far
// the most common case, without computing them.
inline bool SameParameterType(absl::string_view before, absl::string_view after) {
  return before == after || ParameterTypeKey(before) == ParameterTypeKey(after);
}

enum class PointeeConst {
  kNone,         // not a pure addition of const to pointees
  kConvertsInC,  // `T*` -> `const T*`, `T&` -> `const T&`: every call, in C and C++, converts
  kConvertsInCxx,  // deeper, as C++ allows (`char**` -> `const char* const*`); C warns
};

// Whether `after` only adds `const` to what `before` points or refers to
// (top-level qualifiers ignored), so that arguments of the old type convert
// implicitly.
PointeeConst ClassifyPointeeConst(absl::string_view before, absl::string_view after);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CHECKS_PARAMETER_TYPES_H_
