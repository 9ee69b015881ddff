// A struct, union or enum declared without a tag in a typedef (`typedef
// struct { int x; } point_t;`) is named by the typedef, and the snapshot
// records it as `point_t`. Giving it a tag later (`typedef struct point {
// int x; } point_t;`) renames it `point` in ids and types alike, while
// `point_t` still names the same type and every use compiles as before.
// Comparing the untagged side as if the tag had always been there keeps that
// one edit from showing up as the type removed and added and every function
// taking it changed; the typedef tag check reports the tag once. The other
// way round (a tag dropped, the typedef kept) is normalized the same way.
//
// A tag spelled like the typedef (`typedef struct point_t {...} point_t;`)
// looks the same in the snapshot as no tag: that rename is invisible.
#ifndef APICOMPAT_DIFFER_TYPEDEF_TAGS_H_
#define APICOMPAT_DIFFER_TYPEDEF_TAGS_H_

#include <memory>
#include <string>
#include <vector>

#include "apicompat/snapshot.pb.h"

namespace apicompat {

struct TypedefTag {
  std::string typedef_name;  // "point_t", the type's name on the untagged side
  std::string tag;           // "point"
  DeclKind kind;             // RECORD or ENUM
};

// The tags that `tagged` gives to types that `untagged` names only by a
// typedef of the same scope.
std::vector<TypedefTag> TagsAddedIn(const Snapshot& untagged, const Snapshot& tagged);

// A copy of `snapshot` (the untagged side) in which each type of `tags` is
// named by its tag, in ids and types; the typedefs keep their names and
// symbols and locations are kept. Null when `tags` is empty.
std::unique_ptr<Snapshot> WithTags(const Snapshot& snapshot, const std::vector<TypedefTag>& tags);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_TYPEDEF_TAGS_H_
