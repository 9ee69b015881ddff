// What a check may consult besides its own pair: both snapshots, every
// matched pair, and lookups across them (the record a member belongs to, the
// overloads of a name). Checks that report a consequence of another
// declaration's change (a vtable shifted by a method added to the record,
// an overload set that grew) need it.
#ifndef APICOMPAT_DIFFER_DIFF_CONTEXT_H_
#define APICOMPAT_DIFFER_DIFF_CONTEXT_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "apicompat/snapshot.pb.h"
#include "match.h"
#include "typedef_tags.h"

namespace apicompat {

// One snapshot's declarations by id and by qualified name.
class SnapshotIndex {
 public:
  explicit SnapshotIndex(const Snapshot& snapshot);

  const Snapshot& snapshot() const { return snapshot_; }
  // Null when absent.
  const Decl* Find(absl::string_view id) const;
  // Every function named `qualified_name` (its overloads), in id order.
  const std::vector<const Decl*>& Functions(absl::string_view qualified_name) const;
  // Every declaration whose enclosing scope is `scope` (members of a record,
  // declarations of a namespace), in id order.
  const std::vector<const Decl*>& Members(absl::string_view scope) const;

 private:
  const Snapshot& snapshot_;
  // Keys point into the snapshot's declarations: no copy of each id.
  absl::flat_hash_map<absl::string_view, const Decl*> by_id_;
  absl::flat_hash_map<absl::string_view, std::vector<const Decl*>> functions_;
  absl::flat_hash_map<absl::string_view, std::vector<const Decl*>> members_;
};

class DiffContext {
 public:
  DiffContext(const Snapshot& before, const Snapshot& after);

  // The snapshots as compared (names in namespaces whose inline-ness
  // changed are normalized, and types that gained or lost a tag are named
  // by it on both sides).
  const SnapshotIndex& before() const { return before_; }
  const SnapshotIndex& after() const { return after_; }
  const std::vector<DeclPair>& pairs() const { return pairs_; }
  // Types named by a typedef in the baseline that have a tag now, and the
  // reverse (see typedef_tags.h).
  const std::vector<TypedefTag>& tags_added() const { return tags_added_; }
  const std::vector<TypedefTag>& tags_removed() const { return tags_removed_; }

  // The pair of the record that `member` (a method, field-like static
  // member or nested type) is declared in; null at namespace scope.
  const DeclPair* EnclosingRecord(const DeclPair& member) const;
  // The pair holding `decl` (of either snapshot); null when unknown.
  const DeclPair* PairOf(const Decl* decl) const;
  // The pair of the declaration with this id on either side.
  const DeclPair* PairById(absl::string_view id) const;

 private:
  // Copies with the names of namespaces that became (or stopped being)
  // inline normalized, when there are any (see inline_namespaces.h), then
  // the tags of `tags_added_` (`tags_removed_`) given to the baseline
  // (current) side.
  std::unique_ptr<Snapshot> before_copy_;
  std::unique_ptr<Snapshot> after_copy_;
  std::vector<TypedefTag> tags_added_;
  std::vector<TypedefTag> tags_removed_;
  SnapshotIndex before_;
  SnapshotIndex after_;
  std::vector<DeclPair> pairs_;
  absl::flat_hash_map<const Decl*, size_t> pair_of_;
  absl::flat_hash_map<absl::string_view, size_t> pair_by_id_;
};

// The declaration that exists now if any, else the one that was removed.
inline const Decl& Latest(const DeclPair& pair) {
  return pair.after != nullptr ? *pair.after : *pair.before;
}

inline bool IsAdded(const DeclPair& pair) { return pair.before == nullptr; }
inline bool IsRemoved(const DeclPair& pair) { return pair.after == nullptr; }
inline bool IsKept(const DeclPair& pair) {
  return pair.before != nullptr && pair.after != nullptr;
}

// True when `pair` is a member of a record that was itself added or removed:
// its presence is part of the record's finding.
bool EnclosingRecordCameOrWent(const DeclPair& pair, const DiffContext& context);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_DIFF_CONTEXT_H_
