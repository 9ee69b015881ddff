#include "impact/use_reach.h"

#include <algorithm>
#include <tuple>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "rule_catalog.h"

namespace apicompat {
namespace {

// Findings about a virtual method of a record, which classes deriving from
// the record are built on (their vtables copy its slots; they override).
constexpr absl::string_view kVirtualRules[] = {
    "virtual-method-added", "pure-virtual-method-added", "virtual-method-removed",
    "method-virtuality-changed", "method-became-pure", "method-became-final"};

bool IsVirtualRule(absl::string_view rule) {
  return std::find(std::begin(kVirtualRules), std::end(kVirtualRules), rule) !=
         std::end(kVirtualRules);
}

// Uses of a type as a whole object, which every member's change concerns.
bool IsWholeObject(UseKind kind) {
  return kind == TYPE_BY_VALUE || kind == CONSTRUCTION || kind == BASE;
}

bool IsAbi(const Finding& finding) { return finding.category() == Name(Category::kAbi); }

// The last component of a member's name: a field of an anonymous union is
// "(anonymous union)::x" in a finding and "x" in a use.
absl::string_view LastComponent(absl::string_view name) {
  size_t colons = name.rfind("::");
  return colons == absl::string_view::npos ? name : name.substr(colons + 2);
}

// Rule 2 of use_reach.h; `decl` is the finding's declaration (null when
// unknown).
bool Concerns(const Finding& finding, const Decl* decl, absl::string_view member, UseKind kind,
              const Use& use) {
  if (!member.empty()) {
    if (!use.member().empty() && LastComponent(use.member()) == LastComponent(member)) return true;
    // Fields make up a record's objects; an enum's value is not made of
    // the enumerators it does not name.
    return decl != nullptr && decl->kind() == RECORD &&
           (IsWholeObject(kind) || (IsAbi(finding) && kind == MEMBER_ACCESS));
  }
  return !(IsAbi(finding) && kind == TYPE_BY_REFERENCE && use.member().empty());
}

// The member a finding names beyond its declaration `name`, or "".
absl::string_view MemberOf(const Finding& finding, const Decl* decl) {
  absl::string_view rest = finding.decl();
  if (decl == nullptr || !absl::ConsumePrefix(&rest, decl->qualified_name()) ||
      !absl::ConsumePrefix(&rest, "::")) {
    return "";
  }
  return rest;
}

// "lib::Config" for a typedef of `const lib::Config *`; `indirect` tells
// whether a pointer or reference was stripped.
std::string NamedType(absl::string_view type, bool& indirect) {
  type = absl::StripAsciiWhitespace(type);
  indirect = false;
  while (!type.empty() && (type.back() == '*' || type.back() == '&' || type.back() == ' ')) {
    indirect = indirect || type.back() != ' ';
    type.remove_suffix(1);
  }
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (absl::string_view prefix : {"const ", "volatile ", "struct ", "class ", "union ", "enum "}) {
      stripped = stripped || absl::ConsumePrefix(&type, prefix);
    }
  }
  absl::ConsumeSuffix(&type, " const");
  return std::string(type);
}

// The enclosing scope of a qualified name: "lib::S" of "lib::S::f".
std::string Scope(absl::string_view qualified_name) {
  size_t colons = qualified_name.rfind("::");
  return colons == absl::string_view::npos ? "" : std::string(qualified_name.substr(0, colons));
}

}  // namespace

UseReach::UseReach(const std::vector<Consumer>& consumers, const Snapshot& old_dependency,
                   const Snapshot& new_dependency)
    : consumers_(consumers), old_(old_dependency), new_(new_dependency) {
  for (const Consumer& consumer : consumers_) {
    for (const Use& use : consumer.uses.uses()) Index(use, consumer);
  }
}

const Decl* UseReach::Find(const std::string& id) const {
  const Decl* decl = old_.Find(id);
  return decl != nullptr ? decl : new_.Find(id);
}

void UseReach::Index(const Use& use, const Consumer& consumer) {
  by_id_[use.decl_id()].push_back({&use, &consumer, use.kind()});
  // Through a typedef: a use of the typedef is a use of the type it names.
  const Decl* decl = Find(use.decl_id());
  if (decl == nullptr || decl->kind() != TYPEDEF) return;
  bool indirect = false;
  std::string target = NamedType(decl->typedef_decl().target().canonical(), indirect);
  UseKind kind = indirect && (use.kind() == TYPE_BY_VALUE || use.kind() == CONSTRUCTION)
                     ? TYPE_BY_REFERENCE
                     : use.kind();
  for (absl::string_view kind_prefix : {"record:", "enum:"}) {
    std::string id = absl::StrCat(kind_prefix, target);
    if (Find(id) != nullptr) by_id_[id].push_back({&use, &consumer, kind});
  }
}

void UseReach::Collect(const std::string& id, const Finding& finding, const Decl* decl,
                       absl::string_view member, std::vector<const Indexed*>& out) const {
  auto it = by_id_.find(id);
  if (id.empty() || it == by_id_.end()) return;
  for (const Indexed& indexed : it->second) {
    if (Concerns(finding, decl, member, indexed.kind, *indexed.use)) out.push_back(&indexed);
  }
}

void UseReach::CollectDerived(const Decl& subject, const Finding& finding,
                              std::vector<const Indexed*>& out) const {
  if (subject.kind() != FUNCTION || !IsVirtualRule(finding.rule())) return;
  auto it = by_id_.find(absl::StrCat("record:", Scope(subject.qualified_name())));
  if (it == by_id_.end()) return;
  for (const Indexed& indexed : it->second) {
    if (indexed.kind == BASE) out.push_back(&indexed);
  }
}

void UseReach::CollectInside(const Decl& ns, std::vector<const Indexed*>& out) const {
  std::string prefix = absl::StrCat(ns.qualified_name(), "::");
  for (const auto& [id, uses] : by_id_) {
    const Decl* decl = Find(id);
    if (decl == nullptr || !absl::StartsWith(decl->qualified_name(), prefix)) continue;
    for (const Indexed& indexed : uses) out.push_back(&indexed);
  }
}

std::vector<UseSite> UseReach::Reached(const Finding& finding,
                                       const FindingSubject& subject) const {
  const Decl* before = old_.Find(subject.before_id);
  const Decl* after = new_.Find(subject.after_id);
  const Decl* decl = before != nullptr ? before : after;
  absl::string_view member = MemberOf(finding, before);
  if (member.empty()) member = MemberOf(finding, after);
  std::vector<const Indexed*> reached;
  Collect(subject.before_id, finding, decl, member, reached);
  if (subject.after_id != subject.before_id) {
    Collect(subject.after_id, finding, decl, member, reached);
  }
  if (decl != nullptr) {
    CollectDerived(*decl, finding, reached);
    if (decl->kind() == NAMESPACE) CollectInside(*decl, reached);
  }
  bool named = consumers_.size() > 1;
  std::vector<UseSite> sites;
  for (const Indexed* indexed : reached) {
    sites.push_back(SiteOf(*indexed->use, *indexed->consumer, named));
  }
  auto key = [](const UseSite& site) {
    return std::make_tuple(site.project(), site.file(), site.line(), site.kind());
  };
  std::sort(sites.begin(), sites.end(),
            [&](const UseSite& a, const UseSite& b) { return key(a) < key(b); });
  sites.erase(std::unique(sites.begin(), sites.end(),
                          [&](const UseSite& a, const UseSite& b) { return key(a) == key(b); }),
              sites.end());
  return sites;
}

}  // namespace apicompat
