// Whether a private field that changed type without moving anything (same
// offsets, size and alignment of its record) can be observed at all. No
// code outside the class names it; what remains is the class's own code
// compiled into users' programs (inline methods, non-trivial defaulted
// special members), which reads the field as the old type, and what users
// may do with the objects (copy, move, pass by value).
#ifndef APICOMPAT_DIFFER_CHECKS_PRIVATE_FIELD_H_
#define APICOMPAT_DIFFER_CHECKS_PRIVATE_FIELD_H_

#include <string>

#include "diff_context.h"
#include "rule_catalog.h"

namespace apicompat {

struct HiddenRetype {
  Severity severity;
  std::string why;  // a clause for the message, starting with "; "
};

// `record` is kept with an unchanged layout; `before` and `after` are the
// two versions of one private field.
HiddenRetype JudgeHiddenRetype(const DeclPair& record, const Field& before, const Field& after,
                               const DiffContext& context);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CHECKS_PRIVATE_FIELD_H_
