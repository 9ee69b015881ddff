#include "impact/use_presence.h"

#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "diff_context.h"
#include "rule_catalog.h"

namespace apicompat {
namespace {

// How a use reads in a message: "src/train.cc:42 calls lib::stage(int)".
absl::string_view Verb(UseKind kind) {
  switch (kind) {
    case CALL: return "calls";
    case ADDRESS_TAKEN: return "takes the address of";
    case CONSTRUCTION: return "constructs";
    case BASE: return "derives from";
    case OVERRIDE: return "overrides";
    case CONSTANT: return "reads";
    case MACRO_EXPANSION: return "expands";
    case TEMPLATE_INSTANTIATION: return "instantiates";
    default: return "uses";
  }
}

// A version's declarations by qualified name.
class NameIndex {
 public:
  explicit NameIndex(const Snapshot& snapshot) {
    for (const Decl& decl : snapshot.decls()) {
      by_name_[decl.qualified_name()].push_back(NameOfId(decl.id()));
    }
  }
  // How the version declares the name of `id` (the id without its kind,
  // cut before a '(' of its parameter list, as the name itself may hold
  // parentheses: "operator()"), e.g. "lib::stage(int)"; empty when it does
  // not.
  std::vector<std::string> DeclarationsNamedLike(const std::string& id) const {
    std::string name = NameOfId(id);
    for (size_t end = name.find('('); ; end = name.find('(', end + 1)) {
      auto it = by_name_.find(name.substr(0, end));
      if (it != by_name_.end()) return it->second;
      if (end == std::string::npos) return {};
    }
  }

 private:
  absl::flat_hash_map<std::string, std::vector<std::string>> by_name_;
};

// Whether `decl` has the field or enumerator `member`.
bool HasMember(const Decl& decl, const std::string& member) {
  for (const Field& field : decl.record().fields()) {
    if (field.name() == member) return true;
  }
  for (const Enumerator& enumerator : decl.enum_decl().enumerators()) {
    if (enumerator.name() == member) return true;
  }
  return false;
}

enum class State { kPresent, kMissing, kIncompatible };

struct Presence {
  State state = State::kPresent;
  std::string how;  // for kIncompatible: "as lib::stage(int)", "returns 'float' there, ..."
};

// The type that a use of `decl` depends on beyond its id: a function's
// return type, a variable's type, a typedef's target.
const Type* ShapeOf(const Decl& decl) {
  switch (decl.kind()) {
    case FUNCTION: return &decl.function().return_type();
    case VARIABLE: return &decl.variable().type();
    case TYPEDEF: return &decl.typedef_decl().target();
    default: return nullptr;
  }
}

// With the version the consumer is built against: how `there` differs
// from it in what the use's id does not say; empty when it does not.
std::string ShapeChange(const Decl& there, const SnapshotIndex* current) {
  const Decl* built = current != nullptr ? current->Find(there.id()) : nullptr;
  if (built == nullptr || ShapeOf(*built) == nullptr || ShapeOf(there) == nullptr) return "";
  const Type& was = *ShapeOf(*built);
  const Type& is = *ShapeOf(there);
  if (was.canonical() == is.canonical()) return "";
  absl::string_view what = there.kind() == FUNCTION ? "returns" : there.kind() == VARIABLE ? "has type" : "names";
  return absl::StrCat(what, " '", is.spelling().empty() ? is.canonical() : is.spelling(),
                      "' there, not '", was.spelling().empty() ? was.canonical() : was.spelling(),
                      "'");
}

Presence PresenceOf(const Use& use, const SnapshotIndex& index, const NameIndex& names,
                    const SnapshotIndex* current) {
  if (const Decl* decl = index.Find(use.decl_id())) {
    if (!use.member().empty() && !HasMember(*decl, use.member())) return {State::kMissing};
    std::string change = use.member().empty() ? ShapeChange(*decl, current) : "";
    if (change.empty()) return {State::kPresent};
    return {State::kIncompatible, change};
  }
  std::vector<std::string> declared = names.DeclarationsNamedLike(use.decl_id());
  if (declared.empty()) return {State::kMissing};
  return {State::kIncompatible, absl::StrCat("as ", absl::StrJoin(declared, " and "))};
}

std::string RuleId(State state, Bound bound) {
  return absl::StrCat(state == State::kMissing ? "used-missing-in-" : "used-incompatible-in-",
                      bound == Bound::kMinimum ? "minimum" : "maximum");
}

std::string Message(const Use& use, const Presence& presence, const BoundVersion& bound) {
  bool minimum = bound.bound == Bound::kMinimum;
  return absl::StrCat(
      use.site().file(), ":", use.site().line(), " ", Verb(use.kind()), " ", UsedName(use),
      ", which version ", bound.version, minimum ? " (your minimum) " : " (your maximum) ",
      presence.state == State::kMissing ? "lacks"
                                        : absl::StrCat("declares differently (", presence.how, ")"),
      ": guard the use or ", minimum ? "raise the minimum" : "adapt it to that version");
}

Finding MakeFinding(const Use& use, const Presence& presence, const BoundVersion& bound,
                    const Consumer& consumer, bool named) {
  std::string rule_id = RuleId(presence.state, bound.bound);
  const RuleInfo& rule = *FindRule(rule_id);
  Finding finding;
  finding.set_rule(rule_id);
  finding.set_severity(std::string(Name(rule.severity)));
  finding.set_category(std::string(Name(rule.category)));
  finding.set_bump(std::string(Name(rule.bump)));
  finding.set_decl(UsedName(use));
  finding.set_message(Message(use, presence, bound));
  finding.set_file(use.site().file());
  finding.set_line(use.site().line());
  // Survives line moves; tells the consumers and files apart.
  finding.set_key(absl::StrCat(rule_id, ":", UsedName(use), "@",
                               named ? absl::StrCat(consumer.project, ":") : "",
                               use.site().file()));
  *finding.add_uses() = SiteOf(use, consumer, named);
  return finding;
}

std::string SiteKey(absl::string_view name, const Use& use) {
  return absl::StrCat(name, "@", use.site().file(), ":", use.site().line());
}

// "lib::Stager" of "lib::Stager::Stager(int)" and of "lib::Stager::steps".
std::string EnclosingName(const std::string& name) {
  absl::string_view unqualified = absl::string_view(name).substr(0, name.find('('));
  size_t colons = unqualified.rfind("::");
  return colons == absl::string_view::npos ? "" : std::string(unqualified.substr(0, colons));
}

}  // namespace

void CheckUsesAgainst(const std::vector<Consumer>& consumers, const BoundVersion& bound,
                      std::vector<Finding>& findings) {
  SnapshotIndex index(*bound.dependency);
  NameIndex names(*bound.dependency);
  std::optional<SnapshotIndex> current;
  if (bound.current != nullptr) current.emplace(*bound.current);
  bool named = consumers.size() > 1;
  for (const Consumer& consumer : consumers) {
    std::vector<std::pair<const Use*, Presence>> lacking;
    // "lib::Stager@src/a.cc:3": the declarations missing, by use site.
    absl::flat_hash_set<std::string> missing;
    for (const Use& use : consumer.uses.uses()) {
      Presence presence = PresenceOf(use, index, names, current ? &*current : nullptr);
      if (presence.state == State::kPresent) continue;
      if (presence.state == State::kMissing) missing.insert(SiteKey(UsedName(use), use));
      lacking.emplace_back(&use, std::move(presence));
    }
    // One finding per declaration and site (a call and an address taken on
    // one line are one use to guard), and none for a member of a missing
    // record used there (its constructor, a field): the record's says it.
    absl::flat_hash_set<std::string> seen;
    for (const auto& [use, presence] : lacking) {
      std::string site = SiteKey(UsedName(*use), *use);
      if (!seen.insert(site).second ||
          missing.contains(SiteKey(EnclosingName(UsedName(*use)), *use))) {
        continue;
      }
      findings.push_back(MakeFinding(*use, presence, bound, consumer, named));
    }
  }
}

}  // namespace apicompat
