// The library's API file at every release tag, read from git's objects (as
// `check` reads its baseline), in semantic version order.
#ifndef APICOMPAT_DIFFER_HISTORY_RELEASE_TAGS_H_
#define APICOMPAT_DIFFER_HISTORY_RELEASE_TAGS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "apicompat/config.pb.h"
#include "apicompat/snapshot.pb.h"
#include "git_baseline.h"

namespace apicompat {

struct ReleaseRequest {
  std::string api_file;  // the library's API file (absolute or relative)
  std::string tag_pattern = kDefaultTagPattern;
  bool prereleases = false;  // also "v2.0.0-rc1" and the like
};

struct ReleaseSnapshot {
  ReleaseTag tag;
  std::string commit;  // full hash
  Snapshot snapshot;   // the API file at the tag
  // apicompat.config.txtpb at the tag (beside the API file, else at the
  // root): what that release acknowledged; defaults when there is none.
  Config config;
};

struct Releases {
  std::string api_file;  // relative to the repository root
  std::vector<ReleaseSnapshot> releases;  // oldest first
  // For the user: tags skipped and why (no API file at the tag, ...).
  std::vector<std::string> notes;
};

// The release tags matching the pattern in HEAD's history, in semantic
// version order (a pre-release before its release; among equal versions the
// tag without build metadata, then the name), each with its API file. Tags
// naming no version, pre-releases unless asked for, and tags without the
// API file (releases before apicompat) are skipped.
absl::StatusOr<Releases> ReadReleases(const ReleaseRequest& request);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_HISTORY_RELEASE_TAGS_H_
