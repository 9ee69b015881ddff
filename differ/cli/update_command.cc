// apicompat update: writes the library's API file from the current build's
// snapshots, and its listing beside it. Both are committed with the library,
// so API changes show up as reviewable diffs (the listing's a few readable
// lines) and every release tag carries the API of its release.
#include <filesystem>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "cli/api_file.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/snapshot_inputs.h"
#include "empty_snapshot.h"
#include "listing/api_listing.h"
#include "snapshot_io.h"

namespace apicompat {
namespace {

namespace fs = std::filesystem;

// Whether `path` already holds exactly `snapshot`: then it is left alone.
bool HoldsAlready(const std::string& path, Snapshot snapshot) {
  absl::StatusOr<Snapshot> existing = ReadSnapshot(path);
  if (!existing.ok()) return false;
  Finalize(snapshot);
  SnapshotFormat format = FormatForPath(path);
  return Serialize(*existing, format) == Serialize(snapshot, format);
}

// Writes the API file and its listing where they are not current; says
// what it did.
absl::StatusOr<std::string> WriteApiFiles(const ApiFile& api_file, const Snapshot& snapshot) {
  const std::string& path = api_file.path;
  bool snapshot_current = HoldsAlready(path, snapshot);
  std::string listing = RenderApiListing(snapshot);
  absl::StatusOr<std::string> listed = ReadFileContents(api_file.listing);
  bool listing_current = listed.ok() && *listed == listing;
  std::string counted = absl::StrCat(" (", snapshot.decls_size(), " declarations; listing ",
                                     api_file.listing, ")");
  if (snapshot_current && listing_current) {
    return absl::StrCat("apicompat: ", path, " is up to date", counted);
  }
  std::error_code error;
  if (fs::path parent = fs::path(path).parent_path(); !parent.empty()) {
    fs::create_directories(parent, error);
  }
  if (!snapshot_current) {
    absl::Status written = WriteSnapshot(snapshot, path);
    if (!written.ok()) return written;
  }
  if (!listing_current) {
    absl::Status written = WriteOutput(api_file.listing, listing);
    if (!written.ok()) return written;
  }
  if (snapshot_current) {
    return absl::StrCat("apicompat: wrote ", api_file.listing, ", the listing of ", path,
                        " (up to date, ", snapshot.decls_size(),
                        " declarations): review and commit it");
  }
  return absl::StrCat("apicompat: wrote ", path, counted, ": review the change and commit both");
}

}  // namespace

std::vector<FlagSpec> UpdateFlagSpecs() {
  std::vector<FlagSpec> specs = ApiFileFlagSpecs();
  specs.push_back({"--keep-first", "", false});
  specs.push_back({"--allow-empty", "", false});
  for (FlagSpec spec : ProgressFlagSpecs()) specs.push_back(spec);
  return specs;
}

int RunUpdate(const Args& raw) {
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, UpdateFlagSpecs());
  if (!args.ok()) return Fail(args.status());
  absl::StatusOr<ApiFile> api_file = ReadApiFileFlags(*args, "update");
  if (!api_file.ok()) return Fail(api_file.status());
  if (args->positional().empty()) {
    return Fail(
        "update: no snapshots given: pass the build's *.apisnap files or build directories");
  }
  MergeOptions options;
  options.keep_first = args->Has("--keep-first");
  absl::StatusOr<MergeResult> merged = ReadMergedSnapshot(args->positional(), options);
  if (!merged.ok()) return Fail(merged.status());
  absl::Status nonempty =
      RefuseEmptySnapshot(merged->snapshot, "update", args->Has("--allow-empty"));
  if (!nonempty.ok()) return Fail(nonempty);
  absl::StatusOr<std::string> done = WriteApiFiles(*api_file, merged->snapshot);
  if (!done.ok()) return Fail(done.status());
  std::cout << *done << "\n";
  return kExitOk;
}

}  // namespace apicompat
