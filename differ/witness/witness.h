// Compiler-verified witnesses (docs/witnesses.md): for each error finding,
// user code that compiles against the baseline's headers and fails against
// the current ones, compiled against both to label the finding proven,
// refuted or unproven.
#ifndef APICOMPAT_DIFFER_WITNESS_WITNESS_H_
#define APICOMPAT_DIFFER_WITNESS_WITNESS_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "apicompat/report.pb.h"
#include "apicompat/snapshot.pb.h"
#include "differ.h"

namespace apicompat {

struct WitnessOptions {
  // Each version's include roots: the snapshot's header paths are relative
  // to one of them.
  std::vector<std::string> baseline_include;
  std::vector<std::string> current_include;
  std::vector<std::string> flags;  // added to every compile (-D, -isystem, ...)
  std::string cache_dir;           // empty: DefaultWitnessCache()
  int jobs = 0;                    // parallel compiles; 0: one per core
};

// Sets `witness` on every error finding of `report`, whose findings are
// about `subjects` (in order, as Diff gives them). Severities are left to
// ApplyProof (policy/proof.h). An error only when the cache is unusable.
absl::Status AttachWitnesses(const Snapshot& baseline, const Snapshot& current,
                             const DiffSubjects& subjects,
                             const WitnessOptions& options, Report& report);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_WITNESS_WITNESS_H_
