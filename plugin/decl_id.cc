#include "decl_id.h"

#include "absl/strings/str_cat.h"
#include "clang/AST/DeclTemplate.h"

namespace apicompat {

std::string EnumName(const clang::EnumDecl& enumeration, const TypePrinter& printer) {
  const std::string& name = printer.QualifiedName(enumeration);
  if (enumeration.getIdentifier() || enumeration.getTypedefNameForAnonDecl()) return name;
  auto first = enumeration.enumerator_begin();
  if (first == enumeration.enumerator_end()) return "";
  size_t colons = name.rfind("::");
  std::string scope = name.substr(0, colons == std::string::npos ? 0 : colons + 2);
  return absl::StrCat(scope, "(anonymous enum ", first->getName().str(), ")");
}

std::string DeclId(const clang::NamedDecl& decl, const TypePrinter& printer) {
  if (const auto* tmpl = llvm::dyn_cast<clang::TemplateDecl>(&decl)) {
    const clang::NamedDecl* pattern = tmpl->getTemplatedDecl();
    return pattern != nullptr ? DeclId(*pattern, printer) : "";
  }
  if (const auto* function = llvm::dyn_cast<clang::FunctionDecl>(&decl)) {
    return absl::StrCat("function:", printer.FunctionSignature(*function));
  }
  if (llvm::isa<clang::RecordDecl>(decl)) {
    return absl::StrCat("record:", printer.QualifiedName(decl));
  }
  if (const auto* enumeration = llvm::dyn_cast<clang::EnumDecl>(&decl)) {
    std::string name = EnumName(*enumeration, printer);
    return name.empty() ? "" : absl::StrCat("enum:", name);
  }
  if (llvm::isa<clang::TypedefNameDecl>(decl)) {
    return absl::StrCat("typedef:", printer.QualifiedName(decl));
  }
  if (llvm::isa<clang::VarDecl>(decl)) {
    return absl::StrCat("variable:", printer.QualifiedName(decl));
  }
  return "";
}

}  // namespace apicompat
