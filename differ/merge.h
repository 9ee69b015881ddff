// Merges per-translation-unit snapshots into one library snapshot.
#ifndef APICOMPAT_DIFFER_MERGE_H_
#define APICOMPAT_DIFFER_MERGE_H_

#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "apicompat/snapshot.pb.h"

namespace apicompat {

struct MergeOptions {
  // On a conflict (one id, different facts in different TUs) keep the
  // version of the first TU in TU-name order instead of failing.
  bool keep_first = false;
};

struct MergeResult {
  Snapshot snapshot;
  std::vector<std::string> warnings;  // conflicts resolved by keep_first
  size_t input_count = 0;             // snapshots merged
};

// Declarations seen identically in many TUs appear once; a complete record
// wins over a forward declaration of it. The result does not depend on the
// order inputs are added in. Inputs are streamed: only the merged
// declarations stay in memory, which matters with hundreds of TUs.
class SnapshotMerger {
 public:
  explicit SnapshotMerger(MergeOptions options) : options_(options) {}
  void Add(Snapshot input);
  absl::StatusOr<MergeResult> Finish();

 private:
  struct Seen {
    Decl decl;
    std::string bytes;  // the serialized decl, for cheap exact comparison
    std::string unit;
    std::string conflicting_unit;  // set when another TU disagreed
  };
  void Consider(Decl decl, const std::string& unit);

  MergeOptions options_;
  Header header_;
  std::string header_unit_;
  bool have_header_ = false;
  size_t input_count_ = 0;
  std::vector<std::string> units_;
  std::map<std::string, Seen> by_id_;
};

absl::StatusOr<MergeResult> MergeSnapshots(std::vector<Snapshot> inputs,
                                           const MergeOptions& options);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_MERGE_H_
