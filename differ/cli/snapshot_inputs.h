// The current build's snapshot, from what `check` and `update` are given:
// snapshot files, or build directories searched for the per-TU *.apisnap
// files the plugin writes, merged into one.
#ifndef APICOMPAT_DIFFER_CLI_SNAPSHOT_INPUTS_H_
#define APICOMPAT_DIFFER_CLI_SNAPSHOT_INPUTS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "merge.h"

namespace apicompat {

// Files as given, directories searched recursively for *.apisnap; sorted.
absl::StatusOr<std::vector<std::string>> ExpandSnapshotInputs(
    const std::vector<std::string>& inputs);

// Reads the expanded inputs and merges them; an error when there are none.
// Conflicts that --keep-first resolved are printed as warnings on stderr.
absl::StatusOr<MergeResult> ReadMergedSnapshot(const std::vector<std::string>& inputs,
                                               const MergeOptions& options);

// An error when `output` (named by `flag`, e.g. "--output") is one of the
// `inputs` files, however named (a symlink, a hard link, another path):
// writing it would destroy what is being read. "-" is never an input.
absl::Status RefuseOutputOverInputs(const std::string& flag, const std::string& output,
                                    const std::vector<std::string>& inputs);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CLI_SNAPSHOT_INPUTS_H_
