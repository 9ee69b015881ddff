// A snapshot with no declaration checks nothing, and two of them compare
// compatible forever: the commands that produce one refuse it unless told
// that an empty API is intended.
#ifndef APICOMPAT_SNAPSHOT_EMPTY_SNAPSHOT_H_
#define APICOMPAT_SNAPSHOT_EMPTY_SNAPSHOT_H_

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "apicompat/snapshot.pb.h"

namespace apicompat {

// OK when `snapshot` has declarations, is a consumer's snapshot of uses only
// (uses-of dirs, no public dir) or `allow_empty`; otherwise a
// one-line error for `command` naming the public dirs the snapshot's
// header records.
absl::Status RefuseEmptySnapshot(const Snapshot& snapshot, absl::string_view command,
                                 bool allow_empty);

}  // namespace apicompat

#endif  // APICOMPAT_SNAPSHOT_EMPTY_SNAPSHOT_H_
