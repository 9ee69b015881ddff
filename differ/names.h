// Splitting the qualified names and signatures the collector prints. Names
// may hold "::" inside template arguments and operator names
// (`Box<std::string>::get`, `Path::operator std::string`), so a plain
// search for the last "::" is not enough.
#ifndef APICOMPAT_DIFFER_NAMES_H_
#define APICOMPAT_DIFFER_NAMES_H_

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"

namespace apicompat {

// `ns::Shape::area` -> {"ns::Shape", "area"}; {"", name} at global scope.
std::pair<std::string, std::string> SplitQualifiedName(absl::string_view name);
// Its first part, a view of `name`: `ns::Shape::area` -> `ns::Shape`.
absl::string_view ScopeOf(absl::string_view name);

// A signature without its scope: `ns::Shape::area() const` -> `area() const`.
// An override has the same unqualified signature as what it overrides.
std::string UnqualifiedSignature(absl::string_view signature);

// The `<length><name>` encoding of each component of `qualified_name`, as
// it appears in Itanium mangled names: `lib::v2` -> `3lib2v2`.
std::string ItaniumSourceNames(absl::string_view qualified_name);

// The words of an identifier, upper-cased: split at '_' and at camel-case
// humps, so `ERR_maxCode`, `kColorCount` and `ZLIB_VER_REVISION` give
// {ERR, MAX, CODE}, {K, COLOR, COUNT} and {ZLIB, VER, REVISION}.
std::vector<std::string> IdentifierWords(absl::string_view identifier);

// Whether any word of `identifier` is one of `words` (upper case).
bool HasIdentifierWord(absl::string_view identifier,
                       std::initializer_list<absl::string_view> words);

// A version number's name, meant to change with every release (GEO_VERSION,
// ZLIB_VERNUM, ZLIB_VER_REVISION, SNAPPY_PATCHLEVEL, kMinorVersion): a word
// of its unqualified name is VERSION, VER, VERNUM, MAJOR, MINOR, PATCH,
// PATCHLEVEL, REVISION or SOVERSION.
bool IsVersionName(absl::string_view qualified_name);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_NAMES_H_
