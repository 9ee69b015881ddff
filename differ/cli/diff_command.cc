// apicompat diff: the check that gates a merge.
#include <iostream>

#include "absl/strings/str_cat.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "differ.h"
#include "report.h"
#include "snapshot_io.h"

namespace apicompat {

int RunDiff(const Args& raw) {
  static const FlagSpec kSpecs[] = {{"--format", "", true}, {"--verbose", "-v", false}};
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, kSpecs);
  if (!args.ok()) return Fail(args.status());
  if (args->positional().size() != 2) {
    return Fail("diff: expected BASELINE and CURRENT snapshots");
  }
  std::string format = args->Get("--format", "text");
  if (format != "text" && format != "json") {
    return Fail(absl::StrCat("diff: unknown format '", format, "' (text or json)"));
  }
  absl::StatusOr<Snapshot> baseline = ReadSnapshot(args->positional()[0]);
  if (!baseline.ok()) return Fail(baseline.status());
  absl::StatusOr<Snapshot> current = ReadSnapshot(args->positional()[1]);
  if (!current.ok()) return Fail(current.status());
  DiffOptions options;
  options.verbose = args->Has("--verbose");
  Report report = Diff(*baseline, *current, options);
  std::cout << (format == "json" ? RenderJson(report) : RenderText(report));
  return report.verdict() == "breaking" ? kExitBreaking : kExitOk;
}

}  // namespace apicompat
