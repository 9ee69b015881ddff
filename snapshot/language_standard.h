// The language facts a snapshot's header records for witnesses (language,
// standard) and how merging combines those of several TUs.
#ifndef APICOMPAT_SNAPSHOT_LANGUAGE_STANDARD_H_
#define APICOMPAT_SNAPSHOT_LANGUAGE_STANDARD_H_

#include "absl/strings/string_view.h"
#include "apicompat/snapshot.pb.h"

namespace apicompat {

// The year of a -std= name ("c++17", "gnu++2b", "c99", "iso9899:2011"), for
// ordering standards; 0 when unknown.
int StandardYear(absl::string_view standard);

// Adds one TU's language facts to `combined`: C++ wins over C (headers a
// C++ TU includes compile as C++), of the kept language the oldest standard
// (every TU compiled the headers with it or a newer one). Independent of
// the order TUs are added in.
void CombineLanguage(const Header& input, Header& combined);

}  // namespace apicompat

#endif  // APICOMPAT_SNAPSHOT_LANGUAGE_STANDARD_H_
