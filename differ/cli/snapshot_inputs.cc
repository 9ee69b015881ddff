#include "cli/snapshot_inputs.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "cli/commands.h"
#include "progress.h"
#include "object_sections.h"
#include "snapshot_frame.h"
#include "snapshot_io.h"

namespace apicompat {

std::vector<FlagSpec> ProgressFlagSpecs() {
  return {{"--progress", "", false}, {"--no-progress", "", false}};
}

namespace {

namespace fs = std::filesystem;

constexpr absl::string_view kSidecarSuffix = ".apisnap";
constexpr char kEmbedAdvice[] =
    "compile with -fplugin-arg-apicompat-embed (apicompat flags --embed), which puts the "
    "snapshot into the object so that caches restore it too";

bool IsObjectOrBinaryContents(absl::string_view contents) {
  FileKind kind = KindOfContents(contents);
  return kind == FileKind::kElf || kind == FileKind::kArchive;
}

absl::Status WithPath(const absl::Status& status, const std::string& path) {
  return absl::Status(status.code(), absl::StrCat(path, ": ", status.message()));
}

// Whether the sidecar `sidecar` (bytes `contents`) belongs to the object
// whose frames are `frames`; an error saying why not.
absl::Status CheckSidecar(const std::string& sidecar, absl::string_view contents,
                          const std::string& object, const EmbeddedFrames& frames) {
  if (!frames.snapshots.empty()) {
    return absl::FailedPreconditionError(absl::StrCat(
        sidecar, " is stale: ", object,
        " carries its own embedded snapshot (compiled in embed mode); read ", object,
        " instead, and delete the sidecar"));
  }
  // Objects from before sidecar digests carry none: nothing to check.
  if (frames.sidecar_digests.empty()) return absl::OkStatus();
  std::string digest = SidecarDigest(contents);
  for (const std::string& expected : frames.sidecar_digests) {
    if (expected == digest) return absl::OkStatus();
  }
  return absl::FailedPreconditionError(absl::StrCat(
      sidecar, " is stale: ", object,
      " was not compiled with it (a ccache hit restores the object, never its sidecar); ",
      kEmbedAdvice));
}

absl::StatusOr<Snapshot> ParseBinary(absl::string_view bytes, const std::string& name) {
  return ParseSnapshot(bytes, SnapshotFormat::kBinary, name);
}

// A snapshot file; when it is the sidecar of an ELF object beside it, only
// if the object owns it.
absl::StatusOr<std::vector<Snapshot>> ReadSnapshotFile(const std::string& path) {
  if (absl::EndsWith(path, kSidecarSuffix)) {
    std::string object = path.substr(0, path.size() - kSidecarSuffix.size());
    absl::StatusOr<std::string> object_bytes = ReadFileContents(object);
    if (object_bytes.ok() && KindOfContents(*object_bytes) == FileKind::kElf) {
      absl::StatusOr<EmbeddedFrames> frames = ReadEmbeddedFrames(*object_bytes, object);
      if (!frames.ok()) return frames.status();
      absl::StatusOr<std::string> contents = ReadFileContents(path);
      if (!contents.ok()) return WithPath(contents.status(), path);
      absl::Status owned = CheckSidecar(path, *contents, object, *frames);
      if (!owned.ok()) return owned;
      absl::StatusOr<Snapshot> snapshot = ParseSnapshot(*contents, FormatForPath(path), path);
      if (!snapshot.ok()) return snapshot.status();
      return std::vector<Snapshot>{*std::move(snapshot)};
    }
  }
  absl::StatusOr<Snapshot> snapshot = ReadSnapshot(path);
  if (!snapshot.ok()) return snapshot.status();
  return std::vector<Snapshot>{*std::move(snapshot)};
}

// An object without embedded snapshots: its sidecar, if it owns one.
absl::StatusOr<std::vector<Snapshot>> ReadSidecarOf(const SnapshotInput& input,
                                                    const EmbeddedFrames& frames,
                                                    FileKind kind) {
  std::string sidecar = absl::StrCat(input.path, kSidecarSuffix);
  absl::StatusOr<std::string> contents = ReadFileContents(sidecar);
  if (!contents.ok()) {
    // The object says the plugin wrote a sidecar beside it: a compiler cache
    // restored the object without it. Skipping it would drop its TU silently.
    if (!frames.sidecar_digests.empty()) {
      return absl::NotFoundError(absl::StrCat(
          input.path, " was compiled with the plugin, but its snapshot ", sidecar,
          " is missing (a compiler cache restores objects, never their sidecars): rebuild it "
          "without the cache, or ", kEmbedAdvice));
    }
    if (input.found_in_directory) return std::vector<Snapshot>{};
    if (kind == FileKind::kForeignObject) {
      return absl::NotFoundError(absl::StrCat(input.path, ": not an ELF object, and no ", sidecar,
                                              " beside it (only ELF objects embed snapshots)"));
    }
    return absl::NotFoundError(absl::StrCat(
        input.path,
        kind == FileKind::kBitcode
            ? ": an LLVM bitcode object (-flto), which apicompat cannot read, and no "
            : ": no apicompat snapshot inside and no ",
        sidecar, " beside it; ", kEmbedAdvice));
  }
  absl::Status owned = CheckSidecar(sidecar, *contents, input.path, frames);
  if (!owned.ok()) return owned;
  absl::StatusOr<Snapshot> snapshot = ParseBinary(*contents, sidecar);
  if (!snapshot.ok()) return snapshot.status();
  return std::vector<Snapshot>{*std::move(snapshot)};
}

}  // namespace

absl::StatusOr<std::vector<SnapshotInput>> ExpandSnapshotInputs(
    const std::vector<std::string>& inputs) {
  std::vector<SnapshotInput> files;
  for (const std::string& input : inputs) {
    std::error_code error;
    if (!fs::is_directory(input, error)) {
      files.push_back({input, false});  // a missing file is reported when read
      continue;
    }
    std::set<std::string> objects, sidecars;
    for (fs::recursive_directory_iterator it(input, error), end; !error && it != end;
         it.increment(error)) {
      if (!it->is_regular_file()) continue;
      std::string extension = it->path().extension().string();
      if (extension == kSidecarSuffix) sidecars.insert(it->path().string());
      if (extension == ".o" || extension == ".obj") objects.insert(it->path().string());
    }
    if (error) return absl::UnavailableError(absl::StrCat(input, ": ", error.message()));
    for (const std::string& object : objects) files.push_back({object, true});
    for (const std::string& sidecar : sidecars) {
      std::string object = sidecar.substr(0, sidecar.size() - kSidecarSuffix.size());
      if (!objects.count(object)) files.push_back({sidecar, true});
    }
  }
  std::sort(files.begin(), files.end(),
            [](const SnapshotInput& a, const SnapshotInput& b) { return a.path < b.path; });
  return files;
}

absl::StatusOr<std::vector<Snapshot>> ReadSnapshotsOfInput(const SnapshotInput& input) {
  absl::StatusOr<std::string> contents = ReadFileContents(input.path);
  if (!contents.ok()) return WithPath(contents.status(), input.path);
  FileKind kind = KindOfContents(*contents);
  if (kind == FileKind::kBitcode || kind == FileKind::kForeignObject) {
    return ReadSidecarOf(input, EmbeddedFrames(), kind);
  }
  if (!IsObjectOrBinaryContents(*contents)) return ReadSnapshotFile(input.path);
  absl::StatusOr<EmbeddedFrames> frames = ReadEmbeddedFrames(*contents, input.path);
  if (!frames.ok()) return frames.status();
  if (frames->snapshots.empty()) return ReadSidecarOf(input, *frames, kind);
  std::vector<Snapshot> snapshots;
  for (const EmbeddedFrames::Snapshot& frame : frames->snapshots) {
    absl::StatusOr<Snapshot> snapshot = ParseBinary(frame.bytes, frame.name);
    if (!snapshot.ok()) return snapshot.status();
    snapshots.push_back(*std::move(snapshot));
  }
  return snapshots;
}

absl::StatusOr<Snapshot> ReadSnapshotOrBinary(const std::string& path) {
  absl::StatusOr<std::vector<Snapshot>> snapshots = ReadSnapshotsOfInput({path, false});
  if (!snapshots.ok()) return snapshots.status();
  if (snapshots->size() == 1) return std::move(snapshots->front());
  SnapshotMerger merger{MergeOptions()};
  for (Snapshot& snapshot : *snapshots) merger.Add(std::move(snapshot));
  absl::StatusOr<MergeResult> merged = merger.Finish();
  if (!merged.ok()) return WithPath(merged.status(), path);
  for (const std::string& warning : merged->warnings) {
    std::cerr << "apicompat: warning: " << path << ": " << warning << "\n";
  }
  return std::move(merged->snapshot);
}

absl::StatusOr<MergeResult> ReadMergedSnapshot(const std::vector<std::string>& inputs,
                                               const MergeOptions& options) {
  absl::StatusOr<std::vector<SnapshotInput>> files = ExpandSnapshotInputs(inputs);
  if (!files.ok()) return files.status();
  return ReadMergedSnapshot(*files, inputs, options);
}

absl::StatusOr<MergeResult> ReadMergedSnapshot(const std::vector<SnapshotInput>& files,
                                               const std::vector<std::string>& inputs,
                                               const MergeOptions& options) {
  SnapshotMerger merger(options);
  size_t count = 0;
  Progress progress(files.size(), GetProgressMode());
  for (const SnapshotInput& file : files) {
    progress.Step(file.path);
    absl::StatusOr<std::vector<Snapshot>> snapshots = ReadSnapshotsOfInput(file);
    if (!snapshots.ok()) return snapshots.status();
    for (Snapshot& snapshot : *snapshots) merger.Add(std::move(snapshot));
    count += snapshots->size();
  }
  progress.Clear();
  if (count == 0) {
    return absl::NotFoundError(absl::StrCat(
        "no snapshots in ", absl::StrJoin(inputs, ", "),
        ": build the library with the plugin first (apicompat flags, or apicompat_snapshot() "
        "in CMake)"));
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
