// apicompat listing: any snapshot rendered as the API listing that `update`
// writes beside the API file (listing/api_listing.h), e.g. to review a
// release's API or an older snapshot without a listing.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/snapshot_inputs.h"
#include "listing/api_listing.h"
#include "snapshot_io.h"

namespace apicompat {

std::vector<FlagSpec> ListingFlagSpecs() { return {{"--output", "-o", true}}; }

int RunListing(const Args& raw) {
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, ListingFlagSpecs());
  if (!args.ok()) return Fail(args.status());
  if (args->positional().size() != 1) return Fail("listing: expected exactly one SNAPSHOT");
  std::string output = args->Get("--output", "-");
  absl::Status distinct = RefuseOutputOverInputs("listing: -o", output, args->positional());
  if (!distinct.ok()) return Fail(distinct);
  absl::StatusOr<Snapshot> snapshot = ReadSnapshotOrBinary(args->positional().front());
  if (!snapshot.ok()) return Fail(snapshot.status());
  absl::Status written = WriteOutput(output, RenderApiListing(*snapshot));
  if (!written.ok()) return Fail(written);
  return kExitOk;
}

}  // namespace apicompat
