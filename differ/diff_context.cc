#include "diff_context.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "inline_namespaces.h"
#include "names.h"

namespace apicompat {
namespace {

template <typename Key>
const std::vector<const Decl*>& Lookup(
    const absl::flat_hash_map<Key, std::vector<const Decl*>>& map, absl::string_view key) {
  static const std::vector<const Decl*> kNone;
  auto it = map.find(key);
  return it == map.end() ? kNone : it->second;
}

// The snapshot to compare: `copy` if made, else `original`.
const Snapshot& Current(const std::unique_ptr<Snapshot>& copy, const Snapshot& original) {
  return copy ? *copy : original;
}

// Names the types of `tags` by their tag in `copy` (made from `original`
// if not yet): the snapshot to compare.
const Snapshot& Tagged(std::unique_ptr<Snapshot>& copy, const Snapshot& original,
                       const std::vector<TypedefTag>& tags) {
  if (auto tagged = WithTags(Current(copy, original), tags)) copy = std::move(tagged);
  return Current(copy, original);
}

}  // namespace

SnapshotIndex::SnapshotIndex(const Snapshot& snapshot) : snapshot_(snapshot) {
  by_id_.reserve(snapshot.decls_size());
  for (const Decl& decl : snapshot.decls()) {
    by_id_[decl.id()] = &decl;
    if (decl.kind() == FUNCTION) functions_[decl.qualified_name()].push_back(&decl);
    if (decl.kind() != MACRO) {
      members_[ScopeOf(decl.qualified_name())].push_back(&decl);
    }
  }
}

const Decl* SnapshotIndex::Find(absl::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

const std::vector<const Decl*>& SnapshotIndex::Functions(
    absl::string_view qualified_name) const {
  return Lookup(functions_, qualified_name);
}

const std::vector<const Decl*>& SnapshotIndex::Members(absl::string_view scope) const {
  return Lookup(members_, scope);
}

DiffContext::DiffContext(const Snapshot& before, const Snapshot& after)
    : before_copy_(WithoutNamespaces(before, NamespacesOnlyInlineIn(after, before))),
      after_copy_(WithoutNamespaces(after, NamespacesOnlyInlineIn(before, after))),
      tags_added_(TagsAddedIn(Current(before_copy_, before), Current(after_copy_, after))),
      tags_removed_(TagsAddedIn(Current(after_copy_, after), Current(before_copy_, before))),
      before_(Tagged(before_copy_, before, tags_added_)),
      after_(Tagged(after_copy_, after, tags_removed_)),
      pairs_(MatchDecls(before_.snapshot(), after_.snapshot())) {
  pair_of_.reserve(2 * pairs_.size());
  pair_by_id_.reserve(2 * pairs_.size());
  for (size_t i = 0; i < pairs_.size(); ++i) {
    for (const Decl* decl : {pairs_[i].before, pairs_[i].after}) {
      if (decl == nullptr) continue;
      pair_of_[decl] = i;
      pair_by_id_.try_emplace(decl->id(), i);
    }
  }
}

const DeclPair* DiffContext::PairOf(const Decl* decl) const {
  auto it = pair_of_.find(decl);
  return it == pair_of_.end() ? nullptr : &pairs_[it->second];
}

const DeclPair* DiffContext::PairById(absl::string_view id) const {
  auto it = pair_by_id_.find(id);
  return it == pair_by_id_.end() ? nullptr : &pairs_[it->second];
}

const DeclPair* DiffContext::EnclosingRecord(const DeclPair& member) const {
  const Decl& decl = Latest(member);
  if (decl.kind() == MACRO || decl.kind() == NAMESPACE) return nullptr;
  absl::string_view scope = ScopeOf(decl.qualified_name());
  if (scope.empty()) return nullptr;
  return PairById(absl::StrCat("record:", scope));
}

bool EnclosingRecordCameOrWent(const DeclPair& pair, const DiffContext& context) {
  const DeclPair* record = context.EnclosingRecord(pair);
  return record != nullptr && !IsKept(*record);
}

}  // namespace apicompat
