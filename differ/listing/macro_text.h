// A macro of a snapshot as the API listing shows it: its `#define` line.
// The snapshot keeps a replacement's tokens one space apart (whitespace
// means nothing in it); the listing closes the spaces that no one writes,
// `((x) * (x))` rather than `( ( x ) * ( x ) )`, without ever joining two
// tokens into another one.
#ifndef APICOMPAT_DIFFER_LISTING_MACRO_TEXT_H_
#define APICOMPAT_DIFFER_LISTING_MACRO_TEXT_H_

#include <string>

#include "apicompat/snapshot.pb.h"

namespace apicompat {

// `#define SQUARE(x) ((x) * (x))`
std::string MacroText(const Decl& macro);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_LISTING_MACRO_TEXT_H_
