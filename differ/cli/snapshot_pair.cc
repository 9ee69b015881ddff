#include "cli/snapshot_pair.h"

#include <filesystem>
#include <optional>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "changed_neighbourhood.h"
#include "cli/snapshot_inputs.h"
#include "decl_summary.h"
#include "object_sections.h"
#include "snapshot_io.h"

namespace apicompat {
namespace {

using ByBytes = absl::flat_hash_map<absl::string_view, const Decl*>;
using Pair = std::pair<const Snapshot*, const Snapshot*>;

// `snapshot`'s declarations by the bytes each was parsed from: `decls`,
// of which those `read` selects (all when empty) are the snapshot's, in
// order. Empty when they cannot be told apart.
ByBytes DeclsByBytes(const Snapshot& snapshot, const std::vector<absl::string_view>& decls,
                     const std::vector<bool>& read) {
  ByBytes by_bytes;
  int next = 0;
  for (size_t i = 0; i < decls.size(); ++i) {
    if (!read.empty() && !read[i]) continue;
    if (next == snapshot.decls_size()) return {};
    by_bytes.emplace(decls[i], &snapshot.decls(next++));
  }
  if (next != snapshot.decls_size()) return {};
  return by_bytes;
}

KnownDecl Lookup(const ByBytes& by_bytes) {
  return [&by_bytes](absl::string_view decl) -> const Decl* {
    auto it = by_bytes.find(decl);
    return it == by_bytes.end() ? nullptr : it->second;
  };
}

// Both read whole; current declarations equal to baseline ones shared.
absl::StatusOr<Pair> ReadShared(const std::string& baseline_path,
                                const std::string& current_path,
                                google::protobuf::Arena& arena) {
  // Knowing none, the baseline keeps its bytes.
  KnownDecl none = [](absl::string_view) -> const Decl* { return nullptr; };
  absl::string_view bytes;
  absl::StatusOr<const Snapshot*> baseline =
      ReadSnapshotOrBinary(baseline_path, arena, &none, &bytes);
  if (!baseline.ok()) return baseline.status();
  std::vector<absl::string_view> decls;
  ByBytes by_bytes;
  if (!bytes.empty() && SplitDecls(bytes, decls)) by_bytes = DeclsByBytes(**baseline, decls, {});
  KnownDecl known = Lookup(by_bytes);
  absl::StatusOr<const Snapshot*> current =
      ReadSnapshotOrBinary(current_path, arena, &known, nullptr);
  if (!current.ok()) return current.status();
  return Pair(*baseline, *current);
}

// A binary snapshot file as it is: its bytes, and its declarations'.
struct Raw {
  std::string contents;
  std::vector<absl::string_view> decls;
  std::vector<DeclSummary> summaries;
};

// Null for anything that is read otherwise (objects, archives, a sidecar
// of an object beside it, text) or that fails to read (the whole reading
// reports it).
std::unique_ptr<Raw> ReadRaw(const std::string& path) {
  if (FormatForPath(path) != SnapshotFormat::kBinary) return nullptr;
  std::error_code error;
  std::string object = SidecarObject(path);
  if (!object.empty() && std::filesystem::exists(object, error)) return nullptr;
  absl::StatusOr<std::string> contents = ReadFileContents(path);
  if (!contents.ok() || KindOfContents(*contents) != FileKind::kOther) return nullptr;
  auto raw = std::make_unique<Raw>();
  raw->contents = *std::move(contents);
  if (!SplitDecls(raw->contents, raw->decls) || !SummarizeDecls(raw->decls, raw->summaries)) {
    return nullptr;
  }
  return raw;
}

// A collector revision the neighbourhood cannot reason about: facts of
// declarations left out decide which facts the differ compares
// (unknown_facts.h).
bool SameKnownRevision(const Snapshot& baseline, const Snapshot& current) {
  uint32_t before = baseline.header().collector_revision();
  return before != 0 && before == current.header().collector_revision();
}

// Only the neighbourhood of the changes; nullopt when it must be all.
std::optional<absl::StatusOr<Pair>> ReadNeighbourhood(const std::string& baseline_path,
                                                      const std::string& current_path,
                                                      google::protobuf::Arena& arena) {
  std::unique_ptr<Raw> before = ReadRaw(baseline_path);
  std::unique_ptr<Raw> after = before ? ReadRaw(current_path) : nullptr;
  if (!after) return std::nullopt;
  std::optional<Neighbourhood> read = ChangedNeighbourhood(before->summaries, after->summaries);
  if (!read) return std::nullopt;
  KnownDecl none = [](absl::string_view) -> const Decl* { return nullptr; };
  absl::StatusOr<Snapshot*> baseline = ParseSnapshotPart(
      before->contents, baseline_path, before->summaries, read->before, none, arena);
  if (!baseline.ok()) return absl::StatusOr<Pair>(baseline.status());
  ByBytes by_bytes = DeclsByBytes(**baseline, before->decls, read->before);
  absl::StatusOr<Snapshot*> current = ParseSnapshotPart(
      after->contents, current_path, after->summaries, read->after, Lookup(by_bytes), arena);
  if (!current.ok()) return absl::StatusOr<Pair>(current.status());
  if (!SameKnownRevision(**baseline, **current)) return std::nullopt;
  return absl::StatusOr<Pair>(Pair(*baseline, *current));
}

}  // namespace

absl::StatusOr<Pair> ReadSnapshotPair(const std::string& baseline, const std::string& current,
                                      bool leave_out_unchanged, google::protobuf::Arena& arena) {
  if (leave_out_unchanged) {
    if (std::optional<absl::StatusOr<Pair>> pair =
            ReadNeighbourhood(baseline, current, arena)) {
      return *std::move(pair);
    }
  }
  return ReadShared(baseline, current, arena);
}

}  // namespace apicompat
