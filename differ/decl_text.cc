#include "decl_text.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "listing/declaration_text.h"
#include "names.h"

namespace apicompat {
namespace {

// What the listing puts inside a record's or an enum's braces, for this
// declaration alone (a record's methods are declarations of their own).
std::vector<std::string> Members(const Decl& decl) {
  if (decl.kind() == ENUM) return EnumeratorLines(decl.enum_decl());
  const Record& record = decl.record();
  std::vector<std::string> lines = FieldLines(record);
  for (std::string& line :
       DeletedImplicitMembers(record, SplitQualifiedName(decl.qualified_name()).second)) {
    lines.push_back(std::move(line));
  }
  std::vector<std::string> vtable = VtableLines(record, decl.qualified_name());
  if (!vtable.empty()) {
    lines.push_back("vtable {");
    for (const std::string& entry : vtable) lines.push_back(absl::StrCat("  ", entry));
    lines.push_back("}");
  }
  return lines;
}

}  // namespace

std::string StandaloneDeclaration(const Decl& decl) {
  if (decl.kind() == NAMESPACE) {
    return absl::StrCat(decl.namespace_decl().is_inline() ? "inline " : "", "namespace ",
                        decl.qualified_name(), " { ... }");
  }
  DeclText text = DeclarationText(decl, decl.qualified_name(), true);
  bool braces = decl.kind() == ENUM || (decl.kind() == RECORD && decl.record().is_complete());
  std::vector<std::string> members = braces ? Members(decl) : std::vector<std::string>();
  if (braces && members.empty()) text.body += "};";
  std::vector<std::string> lines = text.heads;
  lines.push_back(
      absl::StrCat(text.body, text.facts.empty() ? "" : absl::StrCat("  // ", text.facts)));
  for (const std::string& member : members) lines.push_back(absl::StrCat("  ", member));
  if (braces && !members.empty()) lines.push_back("};");
  return absl::StrJoin(lines, "\n");
}

}  // namespace apicompat
