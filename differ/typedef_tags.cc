#include "typedef_tags.h"

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "name_rewrite.h"
#include "names.h"

namespace apicompat {
namespace {

std::string IdOf(DeclKind kind, const std::string& name) {
  return absl::StrCat(kind == ENUM ? "enum:" : "record:", name);
}

class Decls {
 public:
  explicit Decls(const Snapshot& snapshot) {
    by_id_.reserve(snapshot.decls_size());
    for (const Decl& decl : snapshot.decls()) by_id_[decl.id()] = &decl;
  }
  bool Has(const std::string& id) const { return by_id_.contains(id); }
  // The canonical type typedef `name` names; empty when there is none.
  std::string TypedefTarget(const std::string& name) const {
    auto it = by_id_.find(absl::StrCat("typedef:", name));
    if (it == by_id_.end() || it->second->kind() != TYPEDEF) return "";
    return it->second->typedef_decl().target().canonical();
  }

 private:
  absl::flat_hash_map<absl::string_view, const Decl*> by_id_;  // into the snapshot
};

// Elaborated spellings ("struct point_t") name the type; others
// ("point_t", "const point_t *") name the typedef, which keeps its name.
bool NamesTheType(absl::string_view field, const std::string& text) {
  if (field != "spelling") return true;
  for (absl::string_view keyword : {"struct ", "union ", "class ", "enum "}) {
    if (absl::StartsWith(text, keyword)) return true;
  }
  return false;
}

// Clang prints a member of an unnamed class as `(anonymous struct)::get`,
// typedef or not; the member's symbol names the class by its typedef
// (`_ZNK7point_t3getEv`). Such members of a type of `tags` are named by the
// tag, as they are on the tagged side.
void NameMembersByTag(Decl& decl, const std::vector<TypedefTag>& tags) {
  for (absl::string_view unnamed :
       {"(anonymous struct)::", "(anonymous union)::", "(anonymous class)::"}) {
    if (!absl::StrContains(decl.qualified_name(), unnamed)) continue;
    for (const TypedefTag& tag : tags) {
      std::string encoded = ItaniumSourceNames(SplitQualifiedName(tag.typedef_name).second);
      bool mentions = false;
      for (const std::string& symbol : decl.mangled_names()) {
        mentions = mentions || absl::StrContains(symbol, encoded);
      }
      if (!mentions) continue;
      std::string named = absl::StrCat(SplitQualifiedName(tag.tag).second, "::");
      decl.set_qualified_name(absl::StrReplaceAll(decl.qualified_name(), {{unnamed, named}}));
      decl.set_id(absl::StrReplaceAll(decl.id(), {{unnamed, named}}));
      return;
    }
  }
}

}  // namespace

std::vector<TypedefTag> TagsAddedIn(const Snapshot& untagged, const Snapshot& tagged) {
  // Typedefs of a type of their own scope: most snapshots have few, and
  // then no index of either snapshot is needed.
  std::vector<const Decl*> aliases;
  for (const Decl& alias : tagged.decls()) {
    if (alias.kind() != TYPEDEF || !alias.template_parameters().empty()) continue;
    const std::string& name = alias.qualified_name();
    const std::string& tag = alias.typedef_decl().target().canonical();
    if (tag == name || SplitQualifiedName(tag).first != SplitQualifiedName(name).first) continue;
    aliases.push_back(&alias);
  }
  std::vector<TypedefTag> tags;
  if (aliases.empty()) return tags;
  Decls before(untagged), after(tagged);
  for (const Decl* alias : aliases) {
    const std::string& name = alias->qualified_name();
    const std::string& tag = alias->typedef_decl().target().canonical();
    for (DeclKind kind : {RECORD, ENUM}) {
      if (after.Has(IdOf(kind, tag)) && !after.Has(IdOf(kind, name)) &&
          before.Has(IdOf(kind, name)) && !before.Has(IdOf(kind, tag)) &&
          before.TypedefTarget(name) == name) {
        tags.push_back({name, tag, kind});
      }
    }
  }
  return tags;
}

std::unique_ptr<Snapshot> WithTags(const Snapshot& snapshot, const std::vector<TypedefTag>& tags) {
  if (tags.empty()) return nullptr;
  auto copy = std::make_unique<Snapshot>(snapshot);
  for (Decl& decl : *copy->mutable_decls()) {
    std::string id = decl.id(), name = decl.qualified_name();
    RewriteNames(decl, [&](absl::string_view field, const std::string& text) {
      if (!NamesTheType(field, text)) return text;
      std::string result = text;
      for (const TypedefTag& tag : tags) result = ReplaceName(result, tag.typedef_name, tag.tag);
      return result;
    });
    if (decl.kind() == TYPEDEF) {  // the typedef itself keeps its name
      decl.set_id(id);
      decl.set_qualified_name(name);
    }
    NameMembersByTag(decl, tags);
  }
  return copy;
}

}  // namespace apicompat
