// The two snapshots `apicompat diff` compares, read for a large diff: most
// declarations did not change, and reading them costs more than comparing.
#ifndef APICOMPAT_DIFFER_CLI_SNAPSHOT_PAIR_H_
#define APICOMPAT_DIFFER_CLI_SNAPSHOT_PAIR_H_

#include <string>
#include <utility>

#include "absl/status/statusor.h"
#include "apicompat/snapshot.pb.h"
#include "google/protobuf/arena.h"

namespace apicompat {

// Each snapshot as ReadSnapshotOrBinary reads it, on `arena`, except that:
// - a current declaration whose bytes equal a baseline declaration's is
//   that very message, parsed once (the differ runs no check on a pair
//   that is one message: differ.cc);
// - with `leave_out_unchanged`, when both are binary snapshot files, the
//   declarations that did not change and that no changed one reaches
//   (changed_neighbourhood.h) are not read at all: the report is the same.
//   Only for a plain diff: witnesses, and a baseline configuration that
//   may exempt any declaration, need them all.
absl::StatusOr<std::pair<const Snapshot*, const Snapshot*>> ReadSnapshotPair(
    const std::string& baseline, const std::string& current, bool leave_out_unchanged,
    google::protobuf::Arena& arena);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CLI_SNAPSHOT_PAIR_H_
