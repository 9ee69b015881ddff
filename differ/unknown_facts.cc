#include "unknown_facts.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "name_rewrite.h"
#include "names.h"
#include "snapshot_write.h"
#include "type_text.h"

namespace apicompat {
namespace {

// The collector's history. A revision either adds facts (an older side
// lacks them: forgotten here) or computes existing ones differently (the
// ids or values of the same source differ: only a baseline rebuilt from
// its sources compares like with like, so `check` says so).
struct Revision {
  uint32_t number;
  const char* recomputed;  // what is computed differently, or nullptr
};

// 1: apicompat 0.1.0 as first written.
// 2: adds special members, field and enumerator lines, the detail types
//    public declarations expose (exposed_detail), namespace-scope `static
//    const` constants and the values of every const variable (strings
//    too); names the members of a typedef-named unnamed struct by the
//    typedef. Revision 2 collectors before issue 12 wrote no revision.
// 3: prints a prefix `*` and `&` in the expressions of types without the
//    space Clang prints after them when an overload of the operator is
//    visible (`decltype(*p)`, not `decltype(* p)`), and an enum-typed
//    template argument of a canonical type as its value (`Result<262144>`,
//    not `Result<E::p>`, which TUs that saw only `enum class E : int;`
//    could not print): translation units disagreed. An older side's types
//    are respelled alike, so the same source compares equal
//    (RespellRevision3).
constexpr Revision kRevisions[] = {
    {1, nullptr},
    {2, "members of typedef-named unnamed structs (named by the typedef, no longer "
        "'(anonymous struct)')"},
    {3, nullptr},
};
static_assert(sizeof(kRevisions) / sizeof(kRevisions[0]) == kCollectorRevision,
              "every collector revision is described here and in docs/format.md");

// Facts of revision 2 that only its collectors write: any of them shows a
// snapshot without a revision was written by one.
bool HasRevision2Facts(const Snapshot& snapshot) {
  for (const Decl& decl : snapshot.decls()) {
    if (decl.exposed_detail()) return true;
    if (decl.has_record()) {
      if (decl.record().has_special_members()) return true;
      for (const Field& field : decl.record().fields()) {
        if (field.line() != 0) return true;
      }
    }
    for (const Enumerator& enumerator : decl.enum_decl().enumerators()) {
      if (enumerator.line() != 0) return true;
    }
  }
  return false;
}

// A declaration that revision 1 did not record: a detail type exposed by a
// public one, or a constant that may be a `static const` one (no symbol:
// the snapshot does not say whether it was `static`).
bool UnknownBeforeRevision2(const Decl& decl) {
  if (decl.exposed_detail()) return true;
  return decl.kind() == VARIABLE && decl.variable().is_const() &&
         !decl.variable().is_static_member() && decl.mangled_names().empty();
}

// Removes from `snapshot` the declarations `unknown` to the older collector
// that `other` does not have: a declaration on both sides was known to
// both, and stays.
template <typename Predicate>
void ForgetDecls(Snapshot& snapshot, const Snapshot& other, Predicate unknown) {
  absl::flat_hash_set<absl::string_view> other_ids;
  for (const Decl& decl : other.decls()) other_ids.insert(decl.id());
  auto* decls = snapshot.mutable_decls();
  auto end = std::remove_if(decls->begin(), decls->end(), [&](const Decl& decl) {
    return unknown(decl) && !other_ids.contains(decl.id());
  });
  decls->erase(end, decls->end());
}

void ForgetRevision2Facts(Snapshot& snapshot, const Snapshot& other) {
  ForgetDecls(snapshot, other, UnknownBeforeRevision2);
  for (Decl& decl : *snapshot.mutable_decls()) {
    if (decl.has_record()) decl.mutable_record()->clear_special_members();
  }
}

using EnumeratorValues = absl::flat_hash_map<std::string, std::string>;

// Every enumerator of `snapshots`' enums by the names Clang gives it in a
// template argument (`lib::E::p`; an unscoped one's also without the enum).
EnumeratorValues ValuesOfEnumerators(std::initializer_list<const Snapshot*> snapshots) {
  EnumeratorValues values;
  for (const Snapshot* snapshot : snapshots) {
    for (const Decl& decl : snapshot->decls()) {
      if (decl.kind() != ENUM) continue;
      std::string scope = SplitQualifiedName(decl.qualified_name()).first;
      for (const Enumerator& enumerator : decl.enum_decl().enumerators()) {
        values.try_emplace(absl::StrCat(decl.qualified_name(), "::", enumerator.name()),
                           enumerator.value());
        if (!decl.enum_decl().is_scoped()) {
          values.try_emplace(
              scope.empty() ? enumerator.name() : absl::StrCat(scope, "::", enumerator.name()),
              enumerator.value());
        }
      }
    }
  }
  return values;
}

// `text` with each template argument that names an enumerator of `values`
// (what follows `<` or `,` up to `>` or `,`) replaced by its value.
std::string WithEnumeratorValues(const std::string& text, const EnumeratorValues& values) {
  if (values.empty() || text.find('<') == std::string::npos) return text;
  std::string out;
  size_t copied = 0;
  for (size_t at = 0; at < text.size(); ++at) {
    if (text[at] != '<' && text[at] != ',') continue;
    size_t start = text.find_first_not_of(' ', at + 1);
    if (start == std::string::npos) break;
    size_t end = text.find_first_of(",<>()", start);
    if (end == std::string::npos || (text[end] != '>' && text[end] != ',')) continue;
    size_t last = text.find_last_not_of(' ', end - 1);
    if (last == std::string::npos || last < start) continue;
    auto value = values.find(text.substr(start, last + 1 - start));
    if (value == values.end()) continue;
    absl::StrAppend(&out, absl::string_view(text).substr(copied, start - copied), value->second);
    copied = last + 1;
  }
  if (copied == 0) return text;
  absl::StrAppend(&out, absl::string_view(text).substr(copied));
  return out;
}

// The type texts of a collector before revision 3 as revision 3 prints
// them: types (canonical and as written) and the names and ids made of
// them. `values`: the enumerators both snapshots know.
void RespellRevision3(Snapshot& snapshot, const EnumeratorValues& values) {
  for (Decl& decl : *snapshot.mutable_decls()) {
    RewriteNames(decl, [&](absl::string_view field, const std::string& text) {
      if (field == "spelling") return WithoutPrefixOperatorSpace(text);
      if (field == "canonical" || field == "id" || field == "qualified_name") {
        return WithEnumeratorValues(WithoutPrefixOperatorSpace(text), values);
      }
      return text;
    });
  }
}

}  // namespace

uint32_t CollectorRevision(const Snapshot& snapshot) {
  if (snapshot.header().collector_revision() != 0) return snapshot.header().collector_revision();
  return HasRevision2Facts(snapshot) ? 2 : 1;
}

std::optional<std::pair<Snapshot, Snapshot>> WithCommonFacts(const Snapshot& baseline,
                                                             const Snapshot& current) {
  uint32_t before = CollectorRevision(baseline), after = CollectorRevision(current);
  // Only the side whose collector knew more forgets: what the older one
  // recorded is compared as it always was (a constant it had and the
  // newer side lacks is still removed).
  auto straddle = [&](uint32_t revision) {
    return std::min(before, after) < revision && std::max(before, after) >= revision;
  };
  if (!straddle(2) && !straddle(3)) return std::nullopt;
  std::pair<Snapshot, Snapshot> known{baseline, current};
  if (straddle(2)) {
    if (before >= 2) ForgetRevision2Facts(known.first, current);
    if (after >= 2) ForgetRevision2Facts(known.second, baseline);
  }
  if (straddle(3)) {
    RespellRevision3(before < 3 ? known.first : known.second,
                     ValuesOfEnumerators({&baseline, &current}));
  }
  return known;
}

std::string RecomputedFactsNote(const Snapshot& baseline, const Snapshot& current) {
  uint32_t from = CollectorRevision(baseline), to = CollectorRevision(current);
  std::vector<std::string> changed;
  for (const Revision& revision : kRevisions) {
    if (revision.number > from && revision.number <= to && revision.recomputed != nullptr) {
      changed.push_back(revision.recomputed);
    }
  }
  if (changed.empty()) return "";
  return absl::StrCat("the baseline was written by collector revision ", from,
                      "; revision ", to, " records differently: ", absl::StrJoin(changed, "; "),
                      ". Findings about them may come from the upgrade: "
                      "--rebuild-baseline snapshots the baseline's sources with this apicompat");
}

}  // namespace apicompat
