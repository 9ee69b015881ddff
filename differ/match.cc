#include "match.h"

#include <algorithm>
#include <string>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"

namespace apicompat {
namespace {

// How alike two overloads are; higher is closer. Only compared within one
// qualified name, so any pairing beats none.
int Similarity(const Decl& a, const Decl& b) {
  const Function& fa = a.function();
  const Function& fb = b.function();
  int score = 0;
  if (fa.parameters_size() == fb.parameters_size()) score += 4;
  int common = std::min(fa.parameters_size(), fb.parameters_size());
  for (int i = 0; i < common; ++i) {
    if (fa.parameters(i).type().canonical() == fb.parameters(i).type().canonical()) {
      score += 2;
    }
  }
  if (fa.return_type().canonical() == fb.return_type().canonical()) ++score;
  if (fa.is_const() == fb.is_const() && fa.ref_qualifier() == fb.ref_qualifier()) {
    ++score;
  }
  return score;
}

using Group = std::vector<const Decl*>;

// Greedy: best-scoring pairs first; ties broken by id for determinism.
void PairOverloads(const Group& removed, const Group& added,
                   std::vector<DeclPair>& pairs,
                   absl::flat_hash_set<const Decl*>& used) {
  std::vector<std::tuple<int, const Decl*, const Decl*>> candidates;
  for (const Decl* before : removed) {
    for (const Decl* after : added) {
      candidates.emplace_back(Similarity(*before, *after), before, after);
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const auto& x, const auto& y) {
    if (std::get<0>(x) != std::get<0>(y)) return std::get<0>(x) > std::get<0>(y);
    if (std::get<1>(x)->id() != std::get<1>(y)->id()) return std::get<1>(x)->id() < std::get<1>(y)->id();
    return std::get<2>(x)->id() < std::get<2>(y)->id();
  });
  for (const auto& [score, before, after] : candidates) {
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

std::string GroupKey(const Decl& decl) {
  return std::to_string(decl.kind()) + ":" + decl.qualified_name();
}

}  // namespace

std::vector<DeclPair> MatchDecls(const Snapshot& before, const Snapshot& after) {
  absl::flat_hash_map<std::string, const Decl*> after_by_id;
  for (const Decl& decl : after.decls()) after_by_id[decl.id()] = &decl;

  std::vector<DeclPair> pairs;
  absl::flat_hash_set<const Decl*> used;
  std::vector<std::string> group_order;
  absl::flat_hash_map<std::string, std::pair<Group, Group>> unmatched;
  for (const Decl& decl : before.decls()) {
    auto it = after_by_id.find(decl.id());
    if (it != after_by_id.end()) {
      pairs.push_back({&decl, it->second});
      used.insert(it->second);
    } else {
      auto [group, inserted] = unmatched.try_emplace(GroupKey(decl));
      if (inserted) group_order.push_back(group->first);
      group->second.first.push_back(&decl);
    }
  }
  for (const Decl& decl : after.decls()) {
    if (used.contains(&decl)) continue;
    auto [group, inserted] = unmatched.try_emplace(GroupKey(decl));
    if (inserted) group_order.push_back(group->first);
    group->second.second.push_back(&decl);
  }
  for (const std::string& key : group_order) {
    const auto& [removed, added] = unmatched[key];
    if (!removed.empty() && !added.empty() && removed.front()->kind() == FUNCTION) {
      PairOverloads(removed, added, pairs, used);
    }
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
