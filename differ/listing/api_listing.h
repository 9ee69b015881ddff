// The API listing (`api/<library>.api`): a snapshot rendered for people, in
// the spirit of Kotlin's binary-compatibility-validator `.api` files,
// metalava's api/current.txt and api-extractor's `.api.md`. One declaration
// per line in C++-like syntax (a long one puts its stability mark and
// template head on lines of their own), with its stability mark and, as
// comments, the ABI facts: record size and alignment, field offsets, vtable
// order; enumerator and constant values and macro replacements inline.
//
// Declarations at global scope come first, then one block per namespace
// (sorted by name), record members indented under their record, then the
// macros. Within a scope: constructors, the destructor, then by name and
// id. Fields, bases, enumerators and vtable entries keep their order, which
// is ABI. No locations, compiler versions or mangled names: the same API
// gives the same bytes, so a pull request's API change is a few lines of
// its diff. The snapshot stays the machine's source of truth; the listing
// is only ever rendered from it.
#ifndef APICOMPAT_DIFFER_LISTING_API_LISTING_H_
#define APICOMPAT_DIFFER_LISTING_API_LISTING_H_

#include <string>

#include "apicompat/snapshot.pb.h"

namespace apicompat {

std::string RenderApiListing(const Snapshot& snapshot);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_LISTING_API_LISTING_H_
