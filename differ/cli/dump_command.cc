// apicompat dump: a snapshot as readable text.
#include <iostream>

#include "absl/strings/str_cat.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "snapshot_io.h"

namespace apicompat {

int RunDump(const Args& raw) {
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, {});
  if (!args.ok()) return Fail(args.status());
  if (args->positional().size() != 1) return Fail("dump: expected exactly one FILE");
  absl::StatusOr<Snapshot> snapshot = ReadSnapshot(args->positional().front());
  if (!snapshot.ok()) return Fail(snapshot.status());
  std::cout << Serialize(*snapshot, SnapshotFormat::kText);
  return kExitOk;
}

}  // namespace apicompat
