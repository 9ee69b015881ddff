#include "cli/snapshot_inputs.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "snapshot_io.h"

namespace apicompat {

namespace fs = std::filesystem;

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
  for (const std::string& file : *files) {
    absl::StatusOr<Snapshot> snapshot = ReadSnapshot(file);
    if (!snapshot.ok()) return snapshot.status();
    merger.Add(*std::move(snapshot));
  }
  absl::StatusOr<MergeResult> merged = merger.Finish();
  if (merged.ok()) {
    for (const std::string& warning : merged->warnings) {
      std::cerr << "apicompat: warning: " << warning << "\n";
    }
  }
  return merged;
}

absl::Status RefuseOutputOverInputs(const std::string& flag, const std::string& output,
                                    const std::vector<std::string>& inputs) {
  if (output.empty() || IsStandardOutput(output)) return absl::OkStatus();
  for (const std::string& input : inputs) {
    std::error_code error;
    if (fs::equivalent(output, input, error) && !error) {
      return absl::InvalidArgumentError(absl::StrCat(
          flag, " ", output, " is the input ", input, ": writing it would destroy what is read; "
          "name another file"));
    }
  }
  return absl::OkStatus();
}

}  // namespace apicompat
