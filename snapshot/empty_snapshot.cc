#include "empty_snapshot.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace apicompat {

absl::Status RefuseEmptySnapshot(const Snapshot& snapshot, absl::string_view command,
                                 bool allow_empty) {
  if (allow_empty || snapshot.decls_size() > 0) return absl::OkStatus();
  // A consumer's snapshot of uses only: using nothing of a dependency is
  // no mistake (the plugin warns about a uses-of dir that does not exist).
  if (snapshot.header().public_dirs().empty() && !snapshot.header().uses_of().empty()) {
    return absl::OkStatus();
  }
  const auto& dirs = snapshot.header().public_dirs();
  std::string which = dirs.empty() ? std::string("the public dirs")
                                   : absl::StrCat("public dirs: ", absl::StrJoin(dirs, ", "));
  return absl::FailedPreconditionError(absl::StrCat(
      command, ": no public declaration recorded (", which,
      "): check that each public dir exists and holds the library's headers, not only its "
      "sources or excluded headers; pass --allow-empty if the API is meant to be empty"));
}

}  // namespace apicompat
