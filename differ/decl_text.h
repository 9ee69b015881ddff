// A declaration of a snapshot written back as C++ (or a macro definition),
// for reports that show the old and new declaration side by side. The
// snapshot keeps facts, not source text, so this is a reconstruction: types
// as spelled in the header, records with their fields and layout.
#ifndef APICOMPAT_DIFFER_DECL_TEXT_H_
#define APICOMPAT_DIFFER_DECL_TEXT_H_

#include <string>

#include "apicompat/snapshot.pb.h"

namespace apicompat {

// e.g. "virtual int geo::Shape::area() const = 0;" or, for a record,
// "struct geo::Point {\n  double x;  // offset 0\n  ...\n};  // size 16, align 8".
std::string DeclarationText(const Decl& decl);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_DECL_TEXT_H_
