// Names the first fact in which two versions of one declaration differ, in
// words, for `apicompat merge`'s conflict message:
// "field 'x' at offset 32 bits in a.cc, 64 in b.cc".
#ifndef APICOMPAT_SNAPSHOT_DECL_DIFFERENCE_H_
#define APICOMPAT_SNAPSHOT_DECL_DIFFERENCE_H_

#include <string>

#include "apicompat/snapshot.pb.h"

namespace apicompat {

// `a` as seen in `unit_a`, `b` in `unit_b`. Differences inside a field,
// parameter or other list element come first (they are the cause; a record's
// size is the consequence); "" when the two are equal.
std::string DescribeDifference(const Decl& a, const std::string& unit_a, const Decl& b,
                               const std::string& unit_b);

// "record 'S' (api.h:3)".
std::string DescribeDecl(const Decl& decl);

}  // namespace apicompat

#endif  // APICOMPAT_SNAPSHOT_DECL_DIFFERENCE_H_
