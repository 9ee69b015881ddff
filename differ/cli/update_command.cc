// apicompat update: writes the library's API file from the current build's
// snapshots. The file is committed with the library, so API changes show up
// as reviewable diffs and every release tag carries the API of its release.
#include <filesystem>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "cli/api_file.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/snapshot_inputs.h"
#include "empty_snapshot.h"
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

}  // namespace

int RunUpdate(const Args& raw) {
  std::vector<FlagSpec> specs = ApiFileFlagSpecs();
  specs.push_back({"--keep-first", "", false});
  specs.push_back({"--allow-empty", "", false});
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, specs);
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
  const std::string& path = api_file->path;
  int decls = merged->snapshot.decls_size();
  if (HoldsAlready(path, merged->snapshot)) {
    std::cout << "apicompat: " << path << " is up to date (" << decls << " declarations)\n";
    return kExitOk;
  }
  std::error_code error;
  if (fs::path parent = fs::path(path).parent_path(); !parent.empty()) {
    fs::create_directories(parent, error);
  }
  absl::Status written = WriteSnapshot(merged->snapshot, path);
  if (!written.ok()) return Fail(written);
  std::cout << "apicompat: wrote " << path << " (" << decls
            << " declarations): review the change and commit it\n";
  return kExitOk;
}

}  // namespace apicompat
