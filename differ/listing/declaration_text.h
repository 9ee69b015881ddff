// One declaration of a snapshot as C++-like text for the API listing
// (api_listing.h): what a reviewer reads, with the ABI facts that matter
// as trailing comments. Nothing here depends on where a declaration was
// found, on the compiler or on mangled names, so the text only changes when
// the API does.
#ifndef APICOMPAT_DIFFER_LISTING_DECLARATION_TEXT_H_
#define APICOMPAT_DIFFER_LISTING_DECLARATION_TEXT_H_

#include <string>
#include <vector>

#include "apicompat/snapshot.pb.h"

namespace apicompat {

// A declaration's first line, in parts, so that the layout can put a long
// one's heads on lines of their own.
struct DeclText {
  std::vector<std::string> heads;  // the stability mark, the template head
  std::string body;                // `double area() const;`, `struct Point {`
  std::string facts;               // `size 16, align 8`: shown as a comment
};

// `[[deprecated since 2.1, removal 3.0]]`, `[internal]`, `[experimental]`;
// empty for stable declarations.
std::string StabilityMark(const Stability& stability);

// `template <typename T, int N = 4>` (and its requires-clause); empty for
// declarations that are not templates.
std::string TemplateHead(const Decl& decl);

// The first line of a function, variable, typedef or macro, and the head
// of a record or enum (whose members follow). `name` is the unqualified
// name shown. `mark` is false when the enclosing scope has the same mark.
DeclText DeclarationText(const Decl& decl, const std::string& name, bool mark);

// A record's fields, one line each, in declaration order.
std::vector<std::string> FieldLines(const Record& record);
// An enum's enumerators, `red = 0,` in declaration order.
std::vector<std::string> EnumeratorLines(const Enum& enumeration);
// The entries of every vtable group, in order; function names relative to
// `record_name` when they are its own.
std::vector<std::string> VtableLines(const Record& record, const std::string& record_name);
// The implicit special members that are deleted, as declarations:
// `implicit Handle(const Handle&) = delete;`.
std::vector<std::string> DeletedImplicitMembers(const Record& record, const std::string& name);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_LISTING_DECLARATION_TEXT_H_
