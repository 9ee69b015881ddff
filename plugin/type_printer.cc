#include "type_printer.h"

#include "llvm/Support/raw_ostream.h"

namespace apicompat {
namespace {

clang::LangOptions FixedLanguage() {
  clang::LangOptions lang;
  lang.CPlusPlus = true;
  lang.Bool = true;
  return lang;
}

clang::PrintingPolicy FixedPolicy(const clang::LangOptions& lang,
                                  bool canonical) {
  clang::PrintingPolicy policy(lang);
  policy.SuppressTagKeyword = true;
  policy.AnonymousTagLocations = false;
  policy.SuppressUnwrittenScope = true;
  policy.PrintCanonicalTypes = canonical;
  policy.FullyQualifiedName = true;
  policy.Bool = true;
  return policy;
}

}  // namespace

TypePrinter::TypePrinter()
    : lang_(FixedLanguage()),
      canonical_policy_(FixedPolicy(lang_, true)),
      spelling_policy_(FixedPolicy(lang_, false)) {}

std::string TypePrinter::Canonical(clang::QualType type) const {
  if (type.isNull()) return "";
  return type.getCanonicalType().getAsString(canonical_policy_);
}

Type TypePrinter::Describe(clang::QualType type) const {
  return Describe(type, type);
}

Type TypePrinter::Describe(clang::QualType written,
                           clang::QualType canonical) const {
  Type result;
  result.set_canonical(Canonical(canonical));
  if (!written.isNull()) result.set_spelling(written.getAsString(spelling_policy_));
  return result;
}

std::string TypePrinter::QualifiedName(const clang::NamedDecl& decl) const {
  if (const auto* tag = llvm::dyn_cast<clang::TagDecl>(&decl)) {
    if (!tag->getIdentifier()) {
      if (const clang::TypedefNameDecl* name = tag->getTypedefNameForAnonDecl()) {
        return QualifiedName(*name);
      }
    }
  }
  std::string name;
  llvm::raw_string_ostream out(name);
  decl.printQualifiedName(out, canonical_policy_);
  out.flush();
  return name;
}

}  // namespace apicompat
