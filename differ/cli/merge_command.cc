// apicompat merge: per-TU snapshots into one library snapshot.
#include <iostream>

#include "absl/strings/str_cat.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/snapshot_inputs.h"
#include "empty_snapshot.h"
#include "snapshot_io.h"

namespace apicompat {

int RunMerge(const Args& raw) {
  static const FlagSpec kSpecs[] = {
      {"--output", "-o", true}, {"--keep-first", "", false}, {"--allow-empty", "", false}};
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, kSpecs);
  if (!args.ok()) return Fail(args.status());
  std::string output = args->Get("--output");
  if (output.empty()) return Fail("merge: -o OUT is required");
  if (args->positional().empty()) return Fail("merge: no inputs given");
  MergeOptions options;
  options.keep_first = args->Has("--keep-first");
  absl::StatusOr<MergeResult> merged = ReadMergedSnapshot(args->positional(), options);
  if (!merged.ok()) return Fail(merged.status());
  absl::Status nonempty =
      RefuseEmptySnapshot(merged->snapshot, "merge", args->Has("--allow-empty"));
  if (!nonempty.ok()) return Fail(nonempty);
  absl::Status written = WriteSnapshot(merged->snapshot, output);
  if (!written.ok()) return Fail(written);
  std::cout << "apicompat: merged " << merged->input_count << " snapshots into " << output << " ("
            << merged->snapshot.decls_size() << " declarations)\n";
  return kExitOk;
}

}  // namespace apicompat
