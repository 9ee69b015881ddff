// Merges per-translation-unit snapshots into one library snapshot.
#ifndef APICOMPAT_SNAPSHOT_MERGE_H_
#define APICOMPAT_SNAPSHOT_MERGE_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/node_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "apicompat/snapshot.pb.h"

namespace apicompat {

struct MergeOptions {
  // On a conflict (one id, different facts in different TUs) keep the
  // version of the first TU in TU-name order instead of failing.
  bool keep_first = false;
  // Whoever finishes the merge wants its binary form only (FinishBinary).
  bool binary_result = false;
};

struct MergeResult {
  // Finalized. After FinishBinary, its header and uses only: the
  // declarations are in `binary`.
  Snapshot snapshot;
  // FinishBinary's result: the merged snapshot as SerializeBinary writes it.
  std::string binary;
  size_t decl_count = 0;
  // Macros that differ between TUs, and conflicts resolved by keep_first.
  std::vector<std::string> warnings;
  size_t input_count = 0;             // snapshots merged
};

// Declarations seen identically in many TUs appear once. What one header
// legitimately looks like in different TUs is combined (CombineDecls); any
// other difference is a conflict, reported with the two TUs and the first
// fact that differs. The result, conflicts and warnings included, does not
// depend on the order inputs are added in. Inputs are streamed: only the
// distinct versions of each declaration stay in memory, which matters with
// hundreds of TUs.
class SnapshotMerger {
 public:
  explicit SnapshotMerger(MergeOptions options) : options_(options) {}
  // `bytes`, if given, is the binary form `input` was parsed from: each
  // declaration is then compared by its bytes as written, with no
  // serialization when they are protobuf's own (what the plugin writes).
  void Add(const Snapshot& input, absl::string_view bytes = {});
  absl::StatusOr<MergeResult> Finish();
  // Finish, with the result in binary form (MergeResult::binary): the same
  // bytes as SerializeBinary of Finish's snapshot, but a declaration every
  // TU saw alike is written as it was read, neither parsed nor serialized.
  // The versions stay until the merger goes (a process that exits after
  // writing the result need not free them).
  absl::StatusOr<MergeResult> FinishBinary();
  // The version of a declaration written as `bytes`, for
  // ParseSnapshotReusing: a known one, else a new one, which no TU has seen
  // until Add counts it (valid until Finish); null when the bytes are no
  // declaration. A version read from bytes is parsed only when Finish
  // needs it (until then the message has its id and name only); Add
  // recognises it by its bytes.
  const Decl* Adopt(absl::string_view bytes);

 private:
  struct Version {
    Decl decl;
    bool parsed = true;  // false: `decl` has the id and name, the key the rest
    std::string unit;    // the first TU by name that saw this version
    size_t count = 0;    // how many TUs saw it (0: adopted, not yet added)
  };
  // One declaration's distinct versions, keyed by their serialized bytes.
  using Versions = std::map<std::string, Version, std::less<>>;
  // One declaration of the result: a version's bytes, or a message.
  struct Merged {
    bool as_bytes = false;
    absl::string_view bytes;
    Decl decl;
  };
  // The versions of the declaration `id`, new ones noted in `ids_`.
  Versions& VersionsOf(absl::string_view id);
  // `ids_` sorted (and emptied).
  std::vector<absl::string_view> SortedIds();
  void Consider(const Decl& decl, absl::string_view written, const std::string& unit);
  // The declarations in id order, as bytes where one version was seen and
  // `bytes_allowed`; the header, uses and warnings go to `result`.
  absl::Status Fold(bool bytes_allowed, std::vector<Merged>& decls, MergeResult& result);
  // `bytes_allowed`: the result may be a version's bytes.
  absl::Status Combined(Versions& versions, bool bytes_allowed, Merged& merged,
                        std::vector<std::string>& conflicts, std::vector<std::string>& warnings);
  static Decl MajorityMacro(Versions& versions, std::vector<std::string>& warnings);

  MergeOptions options_;
  Header header_;
  Header language_;  // every TU's language facts, combined
  std::string header_unit_;
  bool have_header_ = false;
  size_t input_count_ = 0;
  std::vector<std::string> units_;
  // Folded in id order at Finish. Node-based: a rehash moves no key and no
  // version.
  absl::node_hash_map<std::string, Versions> by_id_;
  // by_id_'s keys in the order first seen (views: nodes do not move), and
  // where each sorted run after the first starts.
  std::vector<absl::string_view> ids_;
  std::vector<size_t> run_starts_;
  // Every version by its key (both stay where they are in by_id_'s nodes).
  absl::flat_hash_map<absl::string_view, const Decl*> known_;
  std::set<std::string> uses_of_;
  std::map<std::string, Use> uses_;  // by serialized bytes: each once (Finalize sorts them)
};

// One declaration as two TUs saw it, combined; nullopt when they conflict.
// Combined, never compared, are the facts a TU learns only by including more:
// - the definition of a record others saw only forward-declared, or of an
//   enum others saw only declared opaque;
// - `inline`, from an inline definition in a header only some TUs include;
// - default arguments added by a later redeclaration;
// - where the declaration is (the earliest by file, then line, wins, with
//   the parameter names and type spellings written there), since each TU
//   records the earliest it saw;
// - a deprecation that the library's own sources switch off with a
//   configuration macro (users see the declaration deprecated).
// Macros defined differently in different TUs are not conflicts either: the
// definition most TUs saw is kept, with a warning (SnapshotMerger).
std::optional<Decl> CombineDecls(const Decl& a, const Decl& b);

absl::StatusOr<MergeResult> MergeSnapshots(std::vector<Snapshot> inputs,
                                           const MergeOptions& options);

}  // namespace apicompat

#endif  // APICOMPAT_SNAPSHOT_MERGE_H_
