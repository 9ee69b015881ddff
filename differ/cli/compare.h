// What `diff` and `check` share: the flags that shape a comparison and its
// report, and running it to an exit status.
#ifndef APICOMPAT_DIFFER_CLI_COMPARE_H_
#define APICOMPAT_DIFFER_CLI_COMPARE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "apicompat/snapshot.pb.h"
#include "cli/args.h"
#include "differ.h"
#include "report.h"
#include "witness/witness.h"

namespace apicompat {

struct CompareSettings {
  DiffOptions diff;
  std::string format = "text";  // of stdout, or of `output`
  // --output: the file that gets `format`, while stdout gets text; or empty
  // (also for "-" and /dev/stdout: then stdout gets `format`).
  std::string output;
  // --write-acknowledgements: where to write the configuration that
  // acknowledges the findings failing the check, or empty. May be the
  // configuration in use (that is how it is updated).
  std::string write_acknowledgements;
  std::string config_path;  // the configuration read, or empty
  // --witnesses: compile a witness for each error (docs/witnesses.md).
  std::optional<WitnessOptions> witnesses;
};

// An error naming the report formats unless `format` is one (--format).
absl::Status CheckReportFormat(const std::string& format);

// The flags, to append to a command's own.
std::vector<FlagSpec> CompareFlagSpecs();
// Without --config, the configuration is looked for next to `baseline_path`
// (the baseline snapshot's file; empty if it has none) and at the repository
// root.
absl::StatusOr<CompareSettings> ReadCompareFlags(const ParsedArgs& args,
                                                 const std::string& baseline_path);

// An error when --output or --write-acknowledgements names one of `inputs`
// (the snapshots compared, the API file): it would be destroyed. --output
// naming the configuration is refused by ReadCompareFlags.
absl::Status RefuseOutputsOverInputs(const CompareSettings& settings,
                                     const std::vector<std::string>& inputs);

// Diff, with witnesses when the settings ask for them (an error when they
// cannot be compiled at all).
absl::StatusOr<Report> DiffAsSettingsSay(const Snapshot& baseline, const Snapshot& current,
                                         const CompareSettings& settings);

// Diffs, prints the report, returns kExitOk or kExitBreaking (kExitUsage if
// --write-acknowledgements cannot write).
int CompareAndReport(const Snapshot& baseline, const Snapshot& current,
                     const CompareSettings& settings);

// Writes `report` as the settings say (stdout, --output, acknowledgements)
// and returns the exit status: kExitBreaking when the report or the
// context's problems fail the check.
int PublishReport(const Report& report, const CompareSettings& settings,
                  const ReportContext& context = {});

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CLI_COMPARE_H_
