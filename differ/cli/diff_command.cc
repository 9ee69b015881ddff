// apicompat diff: compare two stored snapshots (or two built libraries
// carrying embedded snapshots); the check that gates a merge.
#include "absl/strings/str_cat.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/compare.h"
#include "cli/snapshot_pair.h"
#include "snapshot_io.h"

namespace apicompat {

int RunDiff(const Args& raw) {
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, CompareFlagSpecs());
  if (!args.ok()) return Fail(args.status());
  if (args->positional().size() != 2) {
    return Fail("diff: expected BASELINE and CURRENT snapshots");
  }
  absl::StatusOr<CompareSettings> settings = ReadCompareFlags(*args, args->positional()[0]);
  if (!settings.ok()) return Fail(absl::StrCat("diff: ", settings.status().message()));
  absl::Status distinct = RefuseOutputsOverInputs(*settings, args->positional());
  if (!distinct.ok()) return Fail(absl::StrCat("diff: ", distinct.message()));
  // Never freed: the process ends after the report, and freeing hundreds of
  // thousands of messages one by one took a fifth of a large diff's time.
  auto* arena = new google::protobuf::Arena;
  // Witnesses and a baseline configuration (which may exempt any
  // declaration) need every declaration.
  bool leave_out_unchanged = !settings->witnesses && !settings->diff.policy.baseline_config;
  absl::StatusOr<std::pair<const Snapshot*, const Snapshot*>> snapshots = ReadSnapshotPair(
      args->positional()[0], args->positional()[1], leave_out_unchanged, *arena);
  if (!snapshots.ok()) return Fail(snapshots.status());
  return CompareAndReport(*snapshots->first, *snapshots->second, *settings);
}

}  // namespace apicompat
