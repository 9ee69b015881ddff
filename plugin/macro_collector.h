// The macros of the public headers: those defined in a public header and
// still defined at the end of the translation unit, read from the
// preprocessor once the TU is parsed.
#ifndef APICOMPAT_PLUGIN_MACRO_COLLECTOR_H_
#define APICOMPAT_PLUGIN_MACRO_COLLECTOR_H_

#include <vector>

#include "apicompat/snapshot.pb.h"
#include "clang/Lex/Preprocessor.h"
#include "public_filter.h"

namespace apicompat {

// One MACRO Decl (id "macro:NAME") per public macro, in no particular
// order. Include guards and reserved names (leading '_') are not API.
std::vector<Decl> CollectPublicMacros(clang::Preprocessor& preprocessor, PublicFilter& filter);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_MACRO_COLLECTOR_H_
