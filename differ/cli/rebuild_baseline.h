// check --rebuild-baseline: instead of the API file stored at the release
// tag (written by the collector of its day), a snapshot of the tag's own
// headers taken now, by this apicompat: both sides then hold the same facts
// computed the same way (docs/format.md, "Collector revisions").
#ifndef APICOMPAT_DIFFER_CLI_REBUILD_BASELINE_H_
#define APICOMPAT_DIFFER_CLI_REBUILD_BASELINE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "apicompat/snapshot.pb.h"
#include "git_baseline.h"

namespace apicompat {

struct RebuildRequest {
  std::string commit;  // the baseline's commit
  std::string name;    // what messages call it: the tag, or the commit
  // The public dirs (or headers) as given to check, in the working tree;
  // the same paths are snapshotted in the commit's tree.
  std::vector<std::string> public_dirs;
  // More arguments for `apicompat snapshot` (header mode), e.g. -Iinclude,
  // --std=c++20; relative paths are relative to the repository's root.
  std::vector<std::string> snapshot_args;
};

// Checks the commit out into a temporary git worktree, runs `apicompat
// snapshot` (header mode) there with this apicompat, and returns the
// snapshot; the worktree is removed whatever happens. Errors fit on one
// line.
absl::StatusOr<Snapshot> RebuildBaseline(const GitRepository& repo,
                                         const RebuildRequest& request);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CLI_REBUILD_BASELINE_H_
