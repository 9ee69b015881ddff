// inline-namespace-changed: an inline namespace was added around existing
// declarations, removed from around them, or renamed. Qualified names (and
// so ids and types) omit inline namespaces, so the declarations inside still
// match and no finding of theirs mentions it; only their symbols change.
// That is one edit: one finding per namespace, naming the declarations whose
// symbols it changed. A namespace that merely becomes inline (or stops
// being inline) changes how its members may be named, not their symbols.
#include <string>
#include <utility>
#include <vector>

#include "absl/container/btree_map.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "checks/listing.h"
#include "names.h"

namespace apicompat {
namespace {

constexpr size_t kMaxListed = 4;

// Named namespaces of one snapshot, by qualified name (ordered: output is
// deterministic).
absl::btree_map<std::string, const Decl*> Namespaces(const Snapshot& snapshot) {
  absl::btree_map<std::string, const Decl*> namespaces;
  for (const Decl& decl : snapshot.decls()) {
    if (decl.kind() == NAMESPACE) namespaces[decl.qualified_name()] = &decl;
  }
  return namespaces;
}

bool IsInline(const Decl* ns) { return ns != nullptr && ns->namespace_decl().is_inline(); }

bool MentionsNamespace(const Decl& decl, const std::string& encoded) {
  for (const std::string& symbol : decl.mangled_names()) {
    if (absl::StrContains(symbol, encoded)) return true;
  }
  return false;
}

bool SameSymbols(const Decl& a, const Decl& b) {
  return std::vector<std::string>(a.mangled_names().begin(), a.mangled_names().end()) ==
         std::vector<std::string>(b.mangled_names().begin(), b.mangled_names().end());
}

// Kept declarations whose symbols changed and that were inside `gone`
// before or are inside `came` now (either may be empty).
std::vector<std::string> Moved(const DiffContext& context, const std::string& gone,
                               const std::string& came) {
  std::string gone_encoded = gone.empty() ? "" : ItaniumSourceNames(gone);
  std::string came_encoded = came.empty() ? "" : ItaniumSourceNames(came);
  std::vector<std::string> moved;
  for (const DeclPair& pair : context.pairs()) {
    if (!IsKept(pair) || SameSymbols(*pair.before, *pair.after)) continue;
    if ((!gone.empty() && MentionsNamespace(*pair.before, gone_encoded) &&
         !MentionsNamespace(*pair.after, gone_encoded)) ||
        (!came.empty() && MentionsNamespace(*pair.after, came_encoded) &&
         !MentionsNamespace(*pair.before, came_encoded))) {
      moved.push_back(pair.after->qualified_name());
    }
  }
  return moved;
}

std::string Consequence(const std::vector<std::string>& moved) {
  return absl::StrCat("; the symbols of ", moved.size(),
                      moved.size() == 1 ? " declaration" : " declarations", " changed (",
                      QuotedList(moved, kMaxListed), "), so programs built against the old version "
                      "no longer load");
}

class NamespaceCheck : public Check {
 public:
  void Finish(const DiffContext& context, FindingSink& sink) const override {
    auto before = Namespaces(context.before().snapshot());
    auto after = Namespaces(context.after().snapshot());
    std::vector<std::string> came, gone;
    for (const auto& [name, ns] : after) {
      const Decl* old = before.contains(name) ? before.at(name) : nullptr;
      if (old != nullptr && IsInline(old) != IsInline(ns)) {
        ReportFlip(*context.PairOf(ns), sink);
      } else if (old == nullptr && IsInline(ns)) {
        came.push_back(name);
      }
    }
    for (const auto& [name, ns] : before) {
      if (!after.contains(name) && IsInline(ns)) gone.push_back(name);
    }
    // An inline namespace gone and another come in the same scope: renamed.
    for (const std::string& name : came) {
      std::string renamed_from;
      for (std::string& old : gone) {
        if (!old.empty() && SplitQualifiedName(old).first == SplitQualifiedName(name).first) {
          renamed_from = std::exchange(old, "");
          break;
        }
      }
      std::vector<std::string> moved = Moved(context, renamed_from, name);
      if (moved.empty()) continue;
      const DeclPair& pair = *context.PairOf(after.at(name));
      sink.Add("inline-namespace-changed", pair,
               renamed_from.empty()
                   ? absl::StrCat("existing declarations were moved into the new "
                                  "inline namespace '", name, "'", Consequence(moved))
                   : absl::StrCat("inline namespace '", renamed_from, "' was renamed '",
                                  name, "'", Consequence(moved)));
    }
    for (const std::string& name : gone) {
      if (name.empty()) continue;
      std::vector<std::string> moved = Moved(context, name, "");
      if (moved.empty()) continue;
      sink.Add("inline-namespace-changed", *context.PairOf(before.at(name)),
               absl::StrCat("declarations were moved out of the inline namespace '", name,
                            "'", Consequence(moved)));
    }
  }

 private:
  static void ReportFlip(const DeclPair& pair, FindingSink& sink) {
    const std::string& name = pair.after->qualified_name();
    std::string outer = SplitQualifiedName(name).first;
    std::string enclosing = outer.empty() ? "the global namespace" : absl::StrCat("'", outer, "'");
    if (IsInline(pair.after)) {
      sink.AddInfo("inline-namespace-changed", pair,
                   absl::StrCat("'", name, "' became inline: its members can now also "
                                "be named as members of ", enclosing,
                                "; their symbols are unchanged"));
    } else {
      sink.Add("inline-namespace-changed", pair,
               absl::StrCat("'", name, "' is no longer inline: code naming its "
                            "members as members of ", enclosing,
                            " no longer compiles"));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeNamespaceCheck() {
  return std::make_unique<NamespaceCheck>();
}

}  // namespace apicompat
