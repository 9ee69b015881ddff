// apicompat merge: per-TU snapshots into one library snapshot.
#include <algorithm>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/snapshot_inputs.h"
#include "empty_snapshot.h"
#include "snapshot_io.h"

namespace apicompat {

std::vector<FlagSpec> MergeFlagSpecs() {
  std::vector<FlagSpec> specs = {
      {"--output", "-o", true}, {"--keep-first", "", false}, {"--allow-empty", "", false}};
  for (FlagSpec spec : ProgressFlagSpecs()) specs.push_back(spec);
  return specs;
}

int RunMerge(const Args& raw) {
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, MergeFlagSpecs());
  if (!args.ok()) return Fail(args.status());
  std::string output = args->Get("--output");
  if (output.empty()) return Fail("merge: -o OUT is required (- for standard output)");
  if (args->positional().empty()) return Fail("merge: no inputs given");
  absl::Status distinct = RefuseOutputOverInputs("merge: -o", output, args->positional());
  if (!distinct.ok()) return Fail(distinct);
  absl::StatusOr<std::vector<SnapshotInput>> inputs = ExpandSnapshotInputs(args->positional());
  if (!inputs.ok()) return Fail(inputs.status());
  // An earlier merge's output in a directory being searched is no input.
  inputs->erase(std::remove_if(inputs->begin(), inputs->end(),
                               [&](const SnapshotInput& input) {
                                 return !RefuseOutputOverInputs("", output, {input.path}).ok();
                               }),
                inputs->end());
  MergeOptions options;
  options.keep_first = args->Has("--keep-first");
  // Declarations every TU saw alike are written as they were read.
  options.binary_result = FormatForPath(output) == SnapshotFormat::kBinary;
  // Neither is freed: the process ends after writing the result, and
  // freeing every declaration and version one by one was a tenth to a fifth
  // of a large merge.
  auto* merger = new SnapshotMerger(options);
  auto& merged = *new absl::StatusOr<MergeResult>(
      ReadMergedSnapshot(*inputs, args->positional(), options, *merger));
  if (!merged.ok()) return Fail(merged.status());
  // (With no declarations, the snapshot is the whole result either way.)
  if (merged->decl_count == 0) {
    absl::Status nonempty =
        RefuseEmptySnapshot(merged->snapshot, "merge", args->Has("--allow-empty"));
    if (!nonempty.ok()) return Fail(nonempty);
  }
  // Finished and finalized: written as it is, not through a copy.
  absl::Status written = WriteOutput(
      output, options.binary_result ? merged->binary
                                    : Serialize(merged->snapshot, FormatForPath(output)));
  if (!written.ok()) return Fail(written);
  // Standard output carries the snapshot: the summary goes to stderr.
  (IsStandardOutput(output) ? std::cerr : std::cout)
      << "apicompat: merged " << merged->input_count << " snapshots into " << output << " ("
      << merged->decl_count << " declarations)\n";
  return kExitOk;
}

}  // namespace apicompat
