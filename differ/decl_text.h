// One declaration of a snapshot on its own, as the API listing writes it
// (listing/declaration_text.h: C++-like, with its stability mark and ABI
// facts as comments; a record with its fields and vtable, an enum with its
// enumerators), for reports that show the old and new declaration side by
// side.
#ifndef APICOMPAT_DIFFER_DECL_TEXT_H_
#define APICOMPAT_DIFFER_DECL_TEXT_H_

#include <string>

#include "apicompat/snapshot.pb.h"

namespace apicompat {

// e.g. "virtual double geo::Shape::area() const = 0;" or
// "struct geo::Point {  // size 16, align 8\n  double x;  // offset 0\n...};".
// Its qualified name, since it stands alone.
std::string StandaloneDeclaration(const Decl& decl);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_DECL_TEXT_H_
