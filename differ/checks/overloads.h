// Overload-set facts shared by the overload and function presence checks.
#ifndef APICOMPAT_DIFFER_CHECKS_OVERLOADS_H_
#define APICOMPAT_DIFFER_CHECKS_OVERLOADS_H_

#include <vector>

#include "diff_context.h"

namespace apicompat {

// For an added deleted function (not a special member) next to existing
// overloads of its name: the old, callable overloads taking as many
// arguments, which calls with its parameter types used to reach by
// conversion (`Value(nullptr)` went to `Value(const char*)` before
// `Value(std::nullptr_t) = delete` was added). Empty otherwise.
std::vector<const Decl*> OverloadsNowRejecting(const DeclPair& pair, const DiffContext& context);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CHECKS_OVERLOADS_H_
