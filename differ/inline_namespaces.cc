#include "inline_namespaces.h"

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "name_rewrite.h"
#include "names.h"

namespace apicompat {
namespace {

// "lib::v1::" -> "lib::" wherever a qualified name starts with it.
struct Rename {
  std::string from;
  std::string to;
};

std::string Apply(const std::vector<Rename>& renames, const std::string& text) {
  std::string result = text;
  for (const Rename& rename : renames) result = ReplaceName(result, rename.from, rename.to);
  return result;
}

absl::flat_hash_map<std::string, bool> InlineByName(const Snapshot& snapshot) {
  absl::flat_hash_map<std::string, bool> namespaces;
  for (const Decl& decl : snapshot.decls()) {
    if (decl.kind() == NAMESPACE) namespaces[decl.qualified_name()] = decl.namespace_decl().is_inline();
  }
  return namespaces;
}

}  // namespace

std::vector<std::string> NamespacesOnlyInlineIn(const Snapshot& inline_side,
                                                const Snapshot& other_side) {
  absl::flat_hash_map<std::string, bool> other = InlineByName(other_side);
  std::vector<std::string> names;
  for (const Decl& decl : inline_side.decls()) {
    if (decl.kind() != NAMESPACE || !decl.namespace_decl().is_inline()) continue;
    auto it = other.find(decl.qualified_name());
    if (it != other.end() && !it->second) names.push_back(decl.qualified_name());
  }
  return names;
}

std::unique_ptr<Snapshot> WithoutNamespaces(const Snapshot& snapshot,
                                            const std::vector<std::string>& namespaces) {
  if (namespaces.empty()) return nullptr;
  std::vector<Rename> renames;
  for (const std::string& name : namespaces) {
    std::string outer = SplitQualifiedName(name).first;
    renames.push_back({absl::StrCat(name, "::"), outer.empty() ? "" : absl::StrCat(outer, "::")});
  }
  auto copy = std::make_unique<Snapshot>(snapshot);
  for (Decl& decl : *copy->mutable_decls()) {
    RewriteNames(decl, [&](absl::string_view, const std::string& text) {
      return Apply(renames, text);
    });
  }
  return copy;
}

}  // namespace apicompat
