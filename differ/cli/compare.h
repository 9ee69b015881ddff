// What `diff` and `check` share: the flags that shape a comparison and its
// report, and running it to an exit status.
#ifndef APICOMPAT_DIFFER_CLI_COMPARE_H_
#define APICOMPAT_DIFFER_CLI_COMPARE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "apicompat/snapshot.pb.h"
#include "cli/args.h"
#include "differ.h"

namespace apicompat {

struct CompareSettings {
  DiffOptions diff;
  std::string format = "text";  // of stdout
};

// The flags, to append to a command's own.
std::vector<FlagSpec> CompareFlagSpecs();
absl::StatusOr<CompareSettings> ReadCompareFlags(const ParsedArgs& args);

// Diffs, prints the report, returns kExitOk or kExitBreaking.
int CompareAndReport(const Snapshot& baseline, const Snapshot& current,
                     const CompareSettings& settings);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CLI_COMPARE_H_
