// Prints types and names with one fixed policy, independent of the
// translation unit's language options and of the Clang version's defaults,
// so that the same header gives the same strings in C and C++ TUs.
#ifndef APICOMPAT_PLUGIN_TYPE_PRINTER_H_
#define APICOMPAT_PLUGIN_TYPE_PRINTER_H_

#include <string>

#include "apicompat/snapshot.pb.h"
#include "clang/AST/Decl.h"
#include "clang/AST/PrettyPrinter.h"
#include "clang/AST/Type.h"

namespace apicompat {

class TypePrinter {
 public:
  TypePrinter();

  // Canonical form (compared) and as-written form (shown).
  Type Describe(clang::QualType type) const;
  // As-written spelling paired with an explicitly given canonical type, for
  // parameters whose written type differs from the function type's.
  Type Describe(clang::QualType written, clang::QualType canonical) const;
  std::string Canonical(clang::QualType type) const;

  // Qualified name without inline namespaces; anonymous tags are named by
  // their typedef, never by a file location.
  std::string QualifiedName(const clang::NamedDecl& decl) const;

 private:
  clang::LangOptions lang_;
  clang::PrintingPolicy canonical_policy_;
  clang::PrintingPolicy spelling_policy_;
};

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_TYPE_PRINTER_H_
