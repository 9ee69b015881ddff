#include "cli/snapshot_inputs.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "snapshot_io.h"

namespace apicompat {

namespace fs = std::filesystem;

std::vector<FlagSpec> ProgressFlagSpecs() {
  return {{"--progress", "", false}, {"--no-progress", "", false}};
}

absl::StatusOr<std::vector<std::string>> ExpandSnapshotInputs(
    const std::vector<std::string>& inputs) {
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

absl::StatusOr<MergeResult> ReadMergedSnapshot(const std::vector<std::string>& inputs,
                                               const MergeOptions& options) {
  absl::StatusOr<std::vector<std::string>> files = ExpandSnapshotInputs(inputs);
  if (!files.ok()) return files.status();
  if (files->empty()) {
    return absl::NotFoundError(absl::StrCat(
        "no *.apisnap files in ", absl::StrJoin(inputs, ", "),
        ": build the library with the plugin first (apicompat flags, or apicompat_snapshot() "
        "in CMake)"));
  }
  SnapshotMerger merger(options);
  Progress progress(files->size(), GetProgressMode());
  for (const std::string& file : *files) {
    progress.Step(file);
    absl::StatusOr<Snapshot> snapshot = ReadSnapshot(file);
    if (!snapshot.ok()) return snapshot.status();
    merger.Add(*std::move(snapshot));
  }
  progress.Clear();
  absl::StatusOr<MergeResult> merged = merger.Finish();
  if (merged.ok()) {
    for (const std::string& warning : merged->warnings) {
      std::cerr << "apicompat: warning: " << warning << "\n";
    }
  }
  return merged;
}

}  // namespace apicompat
