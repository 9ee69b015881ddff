// Prints types and names with one fixed policy, independent of the
// translation unit's language options and of the Clang version's defaults,
// so that the same header gives the same strings in C and C++ TUs.
#ifndef APICOMPAT_PLUGIN_TYPE_PRINTER_H_
#define APICOMPAT_PLUGIN_TYPE_PRINTER_H_

#include <string>
#include <unordered_map>

#include "apicompat/snapshot.pb.h"
#include "clang/AST/Decl.h"
#include "clang/AST/PrettyPrinter.h"
#include "clang/AST/Type.h"

namespace apicompat {

class TypePrinter {
 public:
  TypePrinter();

  // Canonical form (compared) and as-written form (shown), into `out`.
  void Describe(clang::QualType type, Type& out) const;
  // As-written spelling paired with an explicitly given canonical type, for
  // parameters whose written type differs from the function type's.
  void Describe(clang::QualType written, clang::QualType canonical, Type& out) const;
  // A base class's type: a dependent name there is written without
  // `typename`, and is printed so.
  void DescribeBase(clang::QualType type, Type& out) const;
  // Strings returned by reference live as long as the printer.
  const std::string& Canonical(clang::QualType type) const;

  // Qualified name without inline namespaces, so that declarations keep
  // their ids across an inline-namespace version bump (Clang 14..22 keep an
  // inline namespace only where dropping it would be ambiguous: `lib::v1::f`
  // when `lib` itself also declares an `f`; types are printed the same way).
  // Anonymous tags are named by their typedef, never by a file location.
  const std::string& QualifiedName(const clang::NamedDecl& decl) const;

  // A function's identity: qualified name, canonical parameter types (as
  // the function type has them: top-level const dropped, arrays decayed),
  // "..." when variadic, then method qualifiers, e.g.
  // "ns::Shape::area(int) const &". Function decl ids and vtable entries
  // both use it, so the differ can relate them.
  const std::string& FunctionSignature(const clang::FunctionDecl& function) const;

 private:
  std::string PrintCanonical(clang::QualType canonical, bool base_specifier) const;
  std::string PrintSpelling(clang::QualType written, bool base_specifier) const;

  clang::LangOptions lang_;
  clang::PrintingPolicy canonical_policy_;
  clang::PrintingPolicy spelling_policy_;
  // Printing is most of the collector's cost and the same types and scopes
  // recur across every declaration of a TU: memoized by Clang's own
  // uniqued pointers, which live as long as the TU (one printer per TU).
  // Node-based, so that the strings handed out stay put.
  mutable std::unordered_map<const void*, std::string> canonical_cache_;
  mutable std::unordered_map<const void*, std::string> spelling_cache_;
  mutable std::unordered_map<const clang::NamedDecl*, std::string> name_cache_;
  // Vtables name each entry by its method's signature again.
  mutable std::unordered_map<const clang::FunctionDecl*, std::string> signature_cache_;
};

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_TYPE_PRINTER_H_
