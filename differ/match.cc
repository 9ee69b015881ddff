#include "match.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checks/parameter_types.h"
#include "names.h"

namespace apicompat {
namespace {

using Group = std::vector<const Decl*>;
// How well an old declaration fits a new one, higher is closer; nullopt when
// they are no candidates for one pair.
using Score = std::function<std::optional<int>(const Decl&, const Decl&)>;

// Parameters at the same position with the same type (a parameter's own
// const does not count: it is not part of the function's type), or with
// only const added to what it points to.
int SameParameterTypes(const Function& a, const Function& b) {
  int same = 0;
  int common = std::min(a.parameters_size(), b.parameters_size());
  for (int i = 0; i < common; ++i) {
    const std::string& before = a.parameters(i).type().canonical();
    const std::string& after = b.parameters(i).type().canonical();
    if (SameParameterType(before, after) ||
        ClassifyPointeeConst(before, after) != PointeeConst::kNone) {
      ++same;
    }
  }
  return same;
}

// A pairing too weak to call the new function the old one changed: a reader
// would call them different functions, and the old one's symbol is gone.
// Either one is deleted and the other callable (a deleted function promised
// nothing and is no replacement for a callable one), or most parameter types
// differ *and* the function changed shape too (access, variadic-ness,
// static-ness): tinyxml2's public `SetError(XMLError, const char*, const
// char*, int)` replaced by a private variadic `SetError(XMLError, int, const
// char*, ...)` is one function removed and one added, not one made private
// with three parameter edits.
bool IsWeakPairing(const Decl& a, const Decl& b) {
  const Function& fa = a.function();
  const Function& fb = b.function();
  if (fa.is_deleted() != fb.is_deleted()) return true;
  int longer = std::max(fa.parameters_size(), fb.parameters_size());
  bool mostly_differ = longer > 0 && 2 * SameParameterTypes(fa, fb) <= longer;
  bool reshaped = a.access() != b.access() || fa.is_variadic() != fb.is_variadic() ||
                  fa.is_static() != fb.is_static();
  return mostly_differ && reshaped;
}

// How alike two overloads are. Only compared within one qualified name, so
// any pairing that is not weak beats none.
std::optional<int> Similarity(const Decl& a, const Decl& b) {
  if (IsWeakPairing(a, b)) return std::nullopt;
  const Function& fa = a.function();
  const Function& fb = b.function();
  int score = 2 * SameParameterTypes(fa, fb);
  if (fa.parameters_size() == fb.parameters_size()) score += 4;
  if (fa.return_type().canonical() == fb.return_type().canonical()) ++score;
  if (fa.is_const() == fb.is_const() && fa.ref_qualifier() == fb.ref_qualifier()) {
    ++score;
  }
  return score;
}

std::string Scope(const Decl& decl) { return SplitQualifiedName(decl.qualified_name()).first; }

// Enums of one scope of which one is anonymous, by the enumerators they
// share: the enumerators are an anonymous enum's whole API, so one that got
// a name (or another first enumerator) is the same enum. The current one
// must keep at least half of the old one's enumerators.
std::optional<int> EnumOverlap(const Decl& a, const Decl& b) {
  if ((!IsAnonymousEnum(a) && !IsAnonymousEnum(b)) || Scope(a) != Scope(b)) {
    return std::nullopt;
  }
  absl::flat_hash_set<std::string> names;
  for (const Enumerator& e : b.enum_decl().enumerators()) names.insert(e.name());
  int shared = 0;
  for (const Enumerator& e : a.enum_decl().enumerators()) shared += names.contains(e.name());
  if (shared == 0 || 2 * shared < a.enum_decl().enumerators_size()) return std::nullopt;
  return shared;
}

// Greedy: best-scoring pairs first; ties broken by id for determinism.
void PairGreedily(const Group& removed, const Group& added, const Score& score,
                  std::vector<DeclPair>& pairs, absl::flat_hash_set<const Decl*>& used) {
  std::vector<std::tuple<int, const Decl*, const Decl*>> candidates;
  for (const Decl* before : removed) {
    for (const Decl* after : added) {
      if (std::optional<int> fit = score(*before, *after)) {
        candidates.emplace_back(*fit, before, after);
      }
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const auto& x, const auto& y) {
    if (std::get<0>(x) != std::get<0>(y)) return std::get<0>(x) > std::get<0>(y);
    if (std::get<1>(x)->id() != std::get<1>(y)->id()) return std::get<1>(x)->id() < std::get<1>(y)->id();
    return std::get<2>(x)->id() < std::get<2>(y)->id();
  });
  for (const auto& [fit, before, after] : candidates) {
    if (used.contains(before) || used.contains(after)) continue;
    used.insert(before);
    used.insert(after);
    pairs.push_back({before, after});
  }
}

// Private non-virtual methods are recorded only so that a method made
// private is seen as such; they are not API.
bool IsHidden(const Decl* decl) {
  return decl != nullptr && decl->kind() == FUNCTION && decl->access() == PRIVATE &&
         !decl->function().is_virtual();
}

// Drops pairs about hidden methods; one that became visible is an addition.
void DropHiddenMethods(std::vector<DeclPair>& pairs) {
  std::vector<DeclPair> visible;
  for (DeclPair pair : pairs) {
    if (IsHidden(pair.before)) pair.before = nullptr;
    if (pair.before == nullptr && (pair.after == nullptr || IsHidden(pair.after))) continue;
    visible.push_back(pair);
  }
  pairs.swap(visible);
}

std::string GroupKey(DeclKind kind, const std::string& qualified_name) {
  return absl::StrCat(kind, ":", qualified_name);
}

// The declarations without a partner by id, grouped by kind and qualified
// name, in the order first seen.
class Unmatched {
 public:
  void Add(const Decl& decl, bool removed) {
    auto [group, inserted] = groups_.try_emplace(GroupKey(decl.kind(), decl.qualified_name()));
    if (inserted) order_.push_back(group->first);
    (removed ? group->second.first : group->second.second).push_back(&decl);
  }

  const std::vector<std::string>& order() const { return order_; }
  const std::pair<Group, Group>& Get(const std::string& key) const { return groups_.at(key); }
  // Null when no group has this key.
  const std::pair<Group, Group>* Find(const std::string& key) const {
    auto it = groups_.find(key);
    return it == groups_.end() ? nullptr : &it->second;
  }

  // Every removed (`removed`) or added declaration of `kind`.
  Group All(DeclKind kind, bool removed) const {
    Group all;
    for (const std::string& key : order_) {
      const auto& [old_group, new_group] = groups_.at(key);
      const Group& group = removed ? old_group : new_group;
      for (const Decl* decl : group) {
        if (decl->kind() == kind) all.push_back(decl);
      }
    }
    return all;
  }

 private:
  std::vector<std::string> order_;
  absl::flat_hash_map<std::string, std::pair<Group, Group>> groups_;
};

// A struct of static members that became a namespace of the same name: its
// members keep their names (and their pairs, through this one).
void PairRecordsWithNamespaces(const Unmatched& unmatched, std::vector<DeclPair>& pairs,
                               absl::flat_hash_set<const Decl*>& used) {
  for (const Decl* record : unmatched.All(RECORD, /*removed=*/true)) {
    if (record->record().is_template()) continue;
    const auto* group = unmatched.Find(GroupKey(NAMESPACE, record->qualified_name()));
    if (group == nullptr || group->second.empty()) continue;
    const Decl* ns = group->second.front();
    used.insert(record);
    used.insert(ns);
    pairs.push_back({record, ns});
  }
}

}  // namespace

bool IsAnonymousEnum(const Decl& decl) {
  return decl.kind() == ENUM &&
         absl::StartsWith(SplitQualifiedName(decl.qualified_name()).second, "(anonymous enum ");
}

std::vector<DeclPair> MatchDecls(const Snapshot& before, const Snapshot& after) {
  absl::flat_hash_map<absl::string_view, const Decl*> after_by_id;
  after_by_id.reserve(after.decls_size());
  for (const Decl& decl : after.decls()) after_by_id[decl.id()] = &decl;

  std::vector<DeclPair> pairs;
  absl::flat_hash_set<const Decl*> used;
  Unmatched unmatched;
  for (const Decl& decl : before.decls()) {
    auto it = after_by_id.find(decl.id());
    if (it != after_by_id.end()) {
      pairs.push_back({&decl, it->second});
      used.insert(it->second);
    } else {
      unmatched.Add(decl, /*removed=*/true);
    }
  }
  for (const Decl& decl : after.decls()) {
    if (!used.contains(&decl)) unmatched.Add(decl, /*removed=*/false);
  }
  for (const std::string& key : unmatched.order()) {
    const auto& [removed, added] = unmatched.Get(key);
    if (!removed.empty() && !added.empty() && removed.front()->kind() == FUNCTION) {
      PairGreedily(removed, added, Similarity, pairs, used);
    }
  }
  PairGreedily(unmatched.All(ENUM, true), unmatched.All(ENUM, false), EnumOverlap, pairs, used);
  PairRecordsWithNamespaces(unmatched, pairs, used);
  for (const std::string& key : unmatched.order()) {
    const auto& [removed, added] = unmatched.Get(key);
    for (const Decl* decl : removed) {
      if (!used.contains(decl)) pairs.push_back({decl, nullptr});
    }
    for (const Decl* decl : added) {
      if (!used.contains(decl)) pairs.push_back({nullptr, decl});
    }
  }
  DropHiddenMethods(pairs);
  return pairs;
}

}  // namespace apicompat
