// Merges per-translation-unit snapshots into one library snapshot.
#ifndef APICOMPAT_DIFFER_MERGE_H_
#define APICOMPAT_DIFFER_MERGE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "apicompat/snapshot.pb.h"

namespace apicompat {

struct MergeOptions {
  // On a conflict (one id, different facts in different TUs) keep the first
  // TU's version, in TU-name order, instead of failing.
  bool keep_first = false;
};

struct MergeResult {
  Snapshot snapshot;
  std::vector<std::string> warnings;  // conflicts resolved by keep_first
};

// Declarations seen identically in many TUs appear once; a complete record
// wins over a forward declaration of it. The result does not depend on the
// order of `inputs`.
absl::StatusOr<MergeResult> MergeSnapshots(std::vector<Snapshot> inputs,
                                           const MergeOptions& options);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_MERGE_H_
