#include "inline_namespaces.h"

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"
#include "names.h"

namespace apicompat {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

// Whether `text[at]` starts a qualified name, rather than continuing one
// ("mylib::", "outer::lib::"). A single ':' ends an id's kind ("record:").
bool StartsName(const std::string& text, size_t at) {
  if (at == 0) return true;
  char c = text[at - 1];
  if (absl::ascii_isalnum(c) || c == '_') return false;
  return !(c == ':' && at >= 2 && text[at - 2] == ':');
}

// "lib::v1::" -> "lib::" wherever a qualified name starts with it.
struct Rename {
  std::string from;
  std::string to;
};

std::string Apply(const std::vector<Rename>& renames, const std::string& text) {
  std::string result = text;
  for (const Rename& rename : renames) {
    std::string out;
    size_t start = 0;
    for (size_t at = result.find(rename.from); at != std::string::npos;
         at = result.find(rename.from, at + 1)) {
      if (!StartsName(result, at)) continue;
      absl::StrAppend(&out, result.substr(start, at - start), rename.to);
      start = at + rename.from.size();
    }
    result = absl::StrCat(out, result.substr(start));
  }
  return result;
}

// Rewrites every string of `message` except symbols and locations.
void RewriteNames(Message& message, const std::vector<Rename>& renames) {
  const Reflection* reflection = message.GetReflection();
  std::vector<const FieldDescriptor*> fields;
  reflection->ListFields(message, &fields);
  for (const FieldDescriptor* field : fields) {
    if (field->name() == "mangled_names" || field->name() == "location") continue;
    if (field->cpp_type() == FieldDescriptor::CPPTYPE_STRING) {
      if (field->is_repeated()) {
        for (int i = 0; i < reflection->FieldSize(message, field); ++i) {
          reflection->SetRepeatedString(
              &message, field, i, Apply(renames, reflection->GetRepeatedString(message, field, i)));
        }
      } else {
        reflection->SetString(&message, field, Apply(renames, reflection->GetString(message, field)));
      }
    } else if (field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
      if (field->is_repeated()) {
        for (int i = 0; i < reflection->FieldSize(message, field); ++i) {
          RewriteNames(*reflection->MutableRepeatedMessage(&message, field, i), renames);
        }
      } else {
        RewriteNames(*reflection->MutableMessage(&message, field), renames);
      }
    }
  }
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
  for (Decl& decl : *copy->mutable_decls()) RewriteNames(decl, renames);
  return copy;
}

}  // namespace apicompat
