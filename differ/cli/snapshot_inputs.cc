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

using Loaded = absl::StatusOr<std::vector<LoadedSnapshot>>;

// `contents` moved onto `arena` when its bytes are kept (`known` given), so that views of
// it live as long as the snapshots; else left where it is.
absl::string_view Keep(std::string& contents, google::protobuf::Arena& arena,
                       const KnownDecl* known) {
  if (known == nullptr) return contents;
  return *google::protobuf::Arena::Create<std::string>(&arena, std::move(contents));
}

absl::StatusOr<LoadedSnapshot> Load(absl::string_view bytes, SnapshotFormat format,
                                    const std::string& name, google::protobuf::Arena& arena,
                                    const KnownDecl* known) {
  bool reuse = known != nullptr && format == SnapshotFormat::kBinary;
  absl::StatusOr<Snapshot*> snapshot = reuse ? ParseSnapshotReusing(bytes, name, *known, arena)
                                             : ParseSnapshot(bytes, format, name, arena);
  if (!snapshot.ok()) return snapshot.status();
  return LoadedSnapshot{*snapshot, reuse ? bytes : absl::string_view()};
}

// One snapshot onto `arena`, as the only one of its input.
Loaded LoadOne(std::string& contents, SnapshotFormat format, const std::string& name,
               google::protobuf::Arena& arena, const KnownDecl* known) {
  absl::StatusOr<LoadedSnapshot> loaded =
      Load(Keep(contents, arena, known), format, name, arena, known);
  if (!loaded.ok()) return loaded.status();
  return std::vector<LoadedSnapshot>{*loaded};
}

// A snapshot file (its bytes `contents`); when it is the sidecar of an ELF
// object beside it, only if the object owns it.
Loaded ReadSnapshotFile(const std::string& path, std::string& contents,
                        google::protobuf::Arena& arena, const KnownDecl* known) {
  if (std::string object = SidecarObject(path); !object.empty()) {
    absl::StatusOr<std::string> object_bytes = ReadFileContents(object);
    if (object_bytes.ok() && KindOfContents(*object_bytes) == FileKind::kElf) {
      absl::StatusOr<EmbeddedFrames> frames = ReadEmbeddedFrames(*object_bytes, object);
      if (!frames.ok()) return frames.status();
      absl::Status owned = CheckSidecar(path, contents, object, *frames);
      if (!owned.ok()) return owned;
    }
  }
  return LoadOne(contents, FormatForPath(path), path, arena, known);
}

// An object without embedded snapshots: its sidecar, if it owns one.
Loaded ReadSidecarOf(const SnapshotInput& input, const EmbeddedFrames& frames, FileKind kind,
                     google::protobuf::Arena& arena, const KnownDecl* known) {
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
    if (input.found_in_directory) return std::vector<LoadedSnapshot>{};
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
  return LoadOne(*contents, SnapshotFormat::kBinary, sidecar, arena, known);
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
      if (!objects.count(SidecarObject(sidecar))) files.push_back({sidecar, true});
    }
  }
  std::sort(files.begin(), files.end(),
            [](const SnapshotInput& a, const SnapshotInput& b) { return a.path < b.path; });
  return files;
}

Loaded ReadSnapshotsOfInput(const SnapshotInput& input, google::protobuf::Arena& arena,
                            const KnownDecl* known) {
  absl::StatusOr<std::string> contents = ReadFileContents(input.path);
  if (!contents.ok()) return WithPath(contents.status(), input.path);
  FileKind kind = KindOfContents(*contents);
  if (kind == FileKind::kBitcode || kind == FileKind::kForeignObject) {
    return ReadSidecarOf(input, EmbeddedFrames(), kind, arena, known);
  }
  if (!IsObjectOrBinaryContents(*contents)) {
    return ReadSnapshotFile(input.path, *contents, arena, known);
  }
  absl::string_view object = Keep(*contents, arena, known);
  absl::StatusOr<EmbeddedFrames> frames = ReadEmbeddedFrames(object, input.path);
  if (!frames.ok()) return frames.status();
  if (frames->snapshots.empty()) return ReadSidecarOf(input, *frames, kind, arena, known);
  std::vector<LoadedSnapshot> snapshots;
  for (const EmbeddedFrames::Snapshot& frame : frames->snapshots) {
    absl::StatusOr<LoadedSnapshot> snapshot =
        Load(frame.bytes, SnapshotFormat::kBinary, frame.name, arena, known);
    if (!snapshot.ok()) return snapshot.status();
    snapshots.push_back(*snapshot);
  }
  return snapshots;
}

std::string SidecarObject(const std::string& path) {
  if (!absl::EndsWith(path, kSidecarSuffix)) return "";
  return path.substr(0, path.size() - kSidecarSuffix.size());
}

absl::StatusOr<const Snapshot*> ReadSnapshotOrBinary(const std::string& path,
                                                     google::protobuf::Arena& arena,
                                                     const KnownDecl* known,
                                                     absl::string_view* bytes) {
  Loaded snapshots = ReadSnapshotsOfInput({path, false}, arena, known);
  if (!snapshots.ok()) return snapshots.status();
  if (snapshots->size() == 1) {
    if (bytes != nullptr) *bytes = snapshots->front().bytes;
    return snapshots->front().snapshot;
  }
  SnapshotMerger merger{MergeOptions()};
  for (const LoadedSnapshot& loaded : *snapshots) merger.Add(*loaded.snapshot);
  absl::StatusOr<MergeResult> merged = merger.Finish();
  if (!merged.ok()) return WithPath(merged.status(), path);
  for (const std::string& warning : merged->warnings) {
    std::cerr << "apicompat: warning: " << path << ": " << warning << "\n";
  }
  Snapshot* snapshot = google::protobuf::Arena::CreateMessage<Snapshot>(&arena);
  snapshot->Swap(&merged->snapshot);
  return snapshot;
}

absl::StatusOr<const Snapshot*> ReadSnapshotOrBinary(const std::string& path,
                                                     google::protobuf::Arena& arena) {
  return ReadSnapshotOrBinary(path, arena, nullptr, nullptr);
}

absl::StatusOr<Snapshot> ReadSnapshotOrBinary(const std::string& path) {
  google::protobuf::Arena arena;
  absl::StatusOr<const Snapshot*> snapshot = ReadSnapshotOrBinary(path, arena);
  if (!snapshot.ok()) return snapshot.status();
  return Snapshot(**snapshot);
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
  return ReadMergedSnapshot(files, inputs, options, merger);
}

absl::StatusOr<MergeResult> ReadMergedSnapshot(const std::vector<SnapshotInput>& files,
                                               const std::vector<std::string>& inputs,
                                               const MergeOptions& options,
                                               SnapshotMerger& merger) {
  KnownDecl known = [&merger](absl::string_view bytes) { return merger.Adopt(bytes); };
  size_t count = 0;
  Progress progress(files.size(), GetProgressMode());
  for (const SnapshotInput& file : files) {
    progress.Step(file.path);
    // One arena per file: the merger keeps what it needs of the file's
    // declarations, the rest goes with the arena.
    google::protobuf::Arena arena;
    Loaded snapshots = ReadSnapshotsOfInput(file, arena, &known);
    if (!snapshots.ok()) return snapshots.status();
    for (const LoadedSnapshot& loaded : *snapshots) merger.Add(*loaded.snapshot, loaded.bytes);
    count += snapshots->size();
  }
  progress.Clear();
  if (count == 0) {
    return absl::NotFoundError(absl::StrCat(
        "no snapshots in ", absl::StrJoin(inputs, ", "),
        ": build the library with the plugin first (apicompat flags, or apicompat_snapshot() "
        "in CMake)"));
  }
  absl::StatusOr<MergeResult> merged =
      options.binary_result ? merger.FinishBinary() : merger.Finish();
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
