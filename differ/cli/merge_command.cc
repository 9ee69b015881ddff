// apicompat merge: per-TU snapshots into one library snapshot.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "merge.h"
#include "snapshot_io.h"

namespace apicompat {
namespace {

namespace fs = std::filesystem;

absl::StatusOr<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code error;
    if (!fs::is_directory(input, error)) {
      files.push_back(input);  // a missing file is reported when read
      continue;
    }
    for (fs::recursive_directory_iterator it(input, error), end; !error && it != end;
         it.increment(error)) {
      if (it->is_regular_file() && it->path().extension() == ".apisnap") {
        files.push_back(it->path().string());
      }
    }
    if (error) return absl::UnavailableError(absl::StrCat(input, ": ", error.message()));
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int RunMerge(const Args& raw) {
  static const FlagSpec kSpecs[] = {{"--output", "-o", true}, {"--keep-first", "", false}};
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, kSpecs);
  if (!args.ok()) return Fail(args.status());
  std::string output = args->Get("--output");
  if (output.empty()) return Fail("merge: -o OUT is required");
  if (args->positional().empty()) return Fail("merge: no inputs given");
  absl::StatusOr<std::vector<std::string>> files = ExpandInputs(args->positional());
  if (!files.ok()) return Fail(files.status());
  if (files->empty()) return Fail("merge: no *.apisnap files found in the inputs");
  MergeOptions options;
  options.keep_first = args->Has("--keep-first");
  SnapshotMerger merger(options);
  for (const std::string& file : *files) {
    absl::StatusOr<Snapshot> snapshot = ReadSnapshot(file);
    if (!snapshot.ok()) return Fail(snapshot.status());
    merger.Add(*std::move(snapshot));
  }
  absl::StatusOr<MergeResult> merged = merger.Finish();
  if (!merged.ok()) return Fail(merged.status());
  for (const std::string& warning : merged->warnings) {
    std::cerr << "apicompat: warning: " << warning << "\n";
  }
  absl::Status written = WriteSnapshot(merged->snapshot, output);
  if (!written.ok()) return Fail(written);
  std::cout << "apicompat: merged " << files->size() << " snapshots into " << output << " ("
            << merged->snapshot.decls_size() << " declarations)\n";
  return kExitOk;
}

}  // namespace apicompat
