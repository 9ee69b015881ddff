#include "changed_neighbourhood.h"

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "names.h"

namespace apicompat {
namespace {

using Views = absl::flat_hash_set<absl::string_view>;

// A side's declarations by id (unique: the snapshot was validated).
absl::flat_hash_map<absl::string_view, absl::string_view> BytesById(
    const std::vector<DeclSummary>& decls) {
  absl::flat_hash_map<absl::string_view, absl::string_view> bytes;
  bytes.reserve(decls.size());
  for (const DeclSummary& decl : decls) bytes.emplace(decl.id, decl.bytes);
  return bytes;
}

// Whether `decl` has no declaration of the same bytes in `other`.
bool ChangedIn(const DeclSummary& decl,
               const absl::flat_hash_map<absl::string_view, absl::string_view>& other) {
  auto it = other.find(decl.id);
  return it == other.end() || it->second != decl.bytes;
}

bool AlwaysRead(const DeclSummary& decl) {
  return decl.kind == MACRO || decl.kind == NAMESPACE || decl.kind == TYPEDEF || decl.marked;
}

// What the changed declarations reach, collected from both sides.
class Reach {
 public:
  Reach(const std::vector<DeclSummary>& before, const std::vector<DeclSummary>& after) {
    for (const auto* side : {&before, &after}) {
      for (const DeclSummary& decl : *side) {
        if (decl.kind != RECORD) continue;
        records_by_id_[decl.id].push_back(&decl);
        records_[decl.qualified_name].push_back(&decl);
      }
    }
  }

  // False when `decl` changed in a way this neighbourhood does not cover.
  bool Changed(const DeclSummary& decl) {
    if (decl.kind == NAMESPACE || decl.exposed_detail) return false;
    ids_.insert(std::string(decl.id));
    names_.insert(decl.qualified_name);
    Relate(decl.qualified_name);
    Relate(ScopeOf(decl.qualified_name));
    return true;
  }

  bool Read(const DeclSummary& decl) const {
    return AlwaysRead(decl) || ids_.contains(decl.id) || names_.contains(decl.qualified_name) ||
           related_.contains(decl.qualified_name) ||
           related_.contains(ScopeOf(decl.qualified_name));
  }

 private:
  // The record named `name`, if any, with its bases, recursively.
  void Relate(absl::string_view name) {
    if (name.empty()) return;
    // EnclosingRecord and the base lookups go by this id.
    ids_.insert(absl::StrCat("record:", name));
    auto records = records_.find(name);
    if (records == records_.end() || !related_.insert(name).second) return;
    for (const DeclSummary* record : records->second) {
      Decl parsed;
      if (!parsed.ParseFromArray(record->bytes.data(), static_cast<int>(record->bytes.size()))) {
        continue;  // reading it reports the corruption
      }
      for (const Base& base : parsed.record().bases()) {
        std::string id = absl::StrCat("record:", base.type().canonical());
        auto bases = records_by_id_.find(id);
        ids_.insert(std::move(id));
        if (bases == records_by_id_.end()) continue;
        for (const DeclSummary* decl : bases->second) Relate(decl->qualified_name);
      }
    }
  }

  // Records only (of both sides): what base lookups and members need.
  absl::flat_hash_map<absl::string_view, std::vector<const DeclSummary*>> records_by_id_;
  absl::flat_hash_map<absl::string_view, std::vector<const DeclSummary*>> records_;
  absl::flat_hash_set<std::string> ids_;
  Views names_;    // of changed declarations
  Views related_;  // records whose members are read
};

}  // namespace

std::optional<Neighbourhood> ChangedNeighbourhood(const std::vector<DeclSummary>& before,
                                                  const std::vector<DeclSummary>& after) {
  auto before_bytes = BytesById(before), after_bytes = BytesById(after);
  Reach reach(before, after);
  for (const DeclSummary& decl : before) {
    if (ChangedIn(decl, after_bytes) && !reach.Changed(decl)) return std::nullopt;
  }
  for (const DeclSummary& decl : after) {
    if (ChangedIn(decl, before_bytes) && !reach.Changed(decl)) return std::nullopt;
  }
  // Read on one side, read on both.
  Views read;
  for (const auto* side : {&before, &after}) {
    for (const DeclSummary& decl : *side) {
      if (reach.Read(decl)) read.insert(decl.id);
    }
  }
  Neighbourhood neighbourhood;
  for (const DeclSummary& decl : before) neighbourhood.before.push_back(read.contains(decl.id));
  for (const DeclSummary& decl : after) neighbourhood.after.push_back(read.contains(decl.id));
  return neighbourhood;
}

}  // namespace apicompat
