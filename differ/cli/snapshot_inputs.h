// The current build's snapshot, from what `merge`, `check`, `update` and
// `diff` are given: snapshot files; object files, static archives and
// linked ELF binaries carrying embedded snapshots (the plugin's embed
// mode); or build directories searched for both, merged into one.
#ifndef APICOMPAT_DIFFER_CLI_SNAPSHOT_INPUTS_H_
#define APICOMPAT_DIFFER_CLI_SNAPSHOT_INPUTS_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

#include "absl/status/statusor.h"
#include "apicompat/snapshot.pb.h"
#include "google/protobuf/arena.h"
#include "merge.h"
#include "snapshot_io.h"

namespace apicompat {

struct SnapshotInput {
  std::string path;
  // Found by searching a directory: an object without a snapshot is
  // skipped (compiled without the plugin) rather than an error.
  bool found_in_directory = false;
};

// Files as given; directories searched recursively for *.apisnap and *.o
// (a sidecar `X.o.apisnap` is read through its object `X.o`); sorted.
absl::StatusOr<std::vector<SnapshotInput>> ExpandSnapshotInputs(
    const std::vector<std::string>& inputs);

// The snapshots of one input: a snapshot file (refused when it is a
// sidecar its object disowns: stale), or every frame embedded in an ELF
// object, binary or archive (else the object's sidecar, checked likewise).
// A snapshot read, on an arena.
struct LoadedSnapshot {
  Snapshot* snapshot;
  // The binary form it was parsed from, kept on the arena for a merge
  // (which compares declarations by their bytes); empty otherwise.
  absl::string_view bytes;
};

// The snapshots are allocated on `arena`. Given `known` (a merge's), binary
// ones keep their bytes and parse only the declarations it does not have
// (ParseSnapshotReusing).
absl::StatusOr<std::vector<LoadedSnapshot>> ReadSnapshotsOfInput(
    const SnapshotInput& input, google::protobuf::Arena& arena,
    const KnownDecl* known = nullptr);

// One snapshot from one file: a snapshot file as it is, the snapshots
// embedded in an object, archive or binary merged (`diff libfoo.so.1
// libfoo.so.2`). Allocated on `arena`.
absl::StatusOr<const Snapshot*> ReadSnapshotOrBinary(const std::string& path,
                                                     google::protobuf::Arena& arena);
// The object whose sidecar `path` may be (`x.o` for `x.o.apisnap`), which
// reading it checks when there is one; "" when `path` is no such name.
std::string SidecarObject(const std::string& path);

// The same, reading with `known` (ReadSnapshotsOfInput); `bytes`, if given,
// gets the binary form of a file that held one snapshot read with `known`
// (empty otherwise).
absl::StatusOr<const Snapshot*> ReadSnapshotOrBinary(const std::string& path,
                                                     google::protobuf::Arena& arena,
                                                     const KnownDecl* known,
                                                     absl::string_view* bytes);
// The same as a message of its own (a copy: for small snapshots).
absl::StatusOr<Snapshot> ReadSnapshotOrBinary(const std::string& path);


// Reads the expanded inputs and merges them; an error when there are none.
// Conflicts that --keep-first resolved are printed as warnings on stderr.
absl::StatusOr<MergeResult> ReadMergedSnapshot(const std::vector<std::string>& inputs,
                                               const MergeOptions& options);
// The same for inputs already expanded from `inputs` (named in errors).
absl::StatusOr<MergeResult> ReadMergedSnapshot(const std::vector<SnapshotInput>& files,
                                               const std::vector<std::string>& inputs,
                                               const MergeOptions& options);
// The same with the caller's merger (made with `options`): a process that
// ends after writing the result need not free it.
absl::StatusOr<MergeResult> ReadMergedSnapshot(const std::vector<SnapshotInput>& files,
                                               const std::vector<std::string>& inputs,
                                               const MergeOptions& options,
                                               SnapshotMerger& merger);

// An error when `output` (named by `flag`, e.g. "--output") is one of the
// `inputs` files, however named (a symlink, a hard link, another path):
// writing it would destroy what is being read. "-" is never an input.
absl::Status RefuseOutputOverInputs(const std::string& flag, const std::string& output,
                                    const std::vector<std::string>& inputs);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CLI_SNAPSHOT_INPUTS_H_
