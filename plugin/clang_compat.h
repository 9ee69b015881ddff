// The few Clang APIs that changed between the supported Clang majors
// (14..22), wrapped once so the collector reads the same everywhere.
#ifndef APICOMPAT_PLUGIN_CLANG_COMPAT_H_
#define APICOMPAT_PLUGIN_CLANG_COMPAT_H_

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/Version.h"

namespace apicompat::compat {

// Formal external linkage: the declaration has a symbol other TUs can use.
inline bool HasExternalLinkage(const clang::NamedDecl& decl) {
#if CLANG_VERSION_MAJOR >= 18
  return decl.getFormalLinkage() == clang::Linkage::External;
#else
  return decl.getFormalLinkage() == clang::ExternalLinkage;
#endif
}

// A block-scope `extern` declaration. Clang 14's accessor is not const.
inline bool IsLocalExternDecl(const clang::Decl& decl) {
#if CLANG_VERSION_MAJOR >= 15
  return decl.isLocalExternDecl();
#else
  return const_cast<clang::Decl&>(decl).isLocalExternDecl();
#endif
}

inline bool IsPureVirtual(const clang::FunctionDecl& function) {
#if CLANG_VERSION_MAJOR >= 18
  return function.isPureVirtual();
#else
  return function.isPure();
#endif
}

inline unsigned BitWidth(const clang::FieldDecl& field, const clang::ASTContext& context) {
#if CLANG_VERSION_MAJOR >= 20
  (void)context;
  return field.getBitWidthValue();
#else
  return field.getBitWidthValue(context);
#endif
}

// A function's trailing requires-clause (`void f() requires C<T>;`), or null.
inline const clang::Expr* TrailingRequiresClause(const clang::FunctionDecl& function) {
#if CLANG_VERSION_MAJOR >= 21
  return function.getTrailingRequiresClause().ConstraintExpr;
#else
  return function.getTrailingRequiresClause();
#endif
}

// Where the default argument of a template parameter is written; invalid
// when there is none.
inline clang::SourceRange DefaultArgumentRange(const clang::NamedDecl& param) {
  if (const auto* type = llvm::dyn_cast<clang::TemplateTypeParmDecl>(&param)) {
    if (!type->hasDefaultArgument()) return {};
#if CLANG_VERSION_MAJOR >= 19
    return type->getDefaultArgument().getSourceRange();
#else
    const clang::TypeSourceInfo* info = type->getDefaultArgumentInfo();
    return info ? info->getTypeLoc().getSourceRange() : clang::SourceRange();
#endif
  }
  if (const auto* value = llvm::dyn_cast<clang::NonTypeTemplateParmDecl>(&param)) {
    if (!value->hasDefaultArgument()) return {};
#if CLANG_VERSION_MAJOR >= 19
    return value->getDefaultArgument().getSourceRange();
#else
    return value->getDefaultArgument()->getSourceRange();
#endif
  }
  if (const auto* tmpl = llvm::dyn_cast<clang::TemplateTemplateParmDecl>(&param)) {
    if (!tmpl->hasDefaultArgument()) return {};
    return tmpl->getDefaultArgument().getSourceRange();
  }
  return {};
}

// Where the type-constraint of `template <Concept T>` is written.
inline clang::SourceRange TypeConstraintRange(const clang::TypeConstraint& constraint) {
#if CLANG_VERSION_MAJOR >= 18
  const clang::ConceptReference* concept_ref = constraint.getConceptReference();
  return concept_ref ? concept_ref->getSourceRange() : clang::SourceRange();
#else
  clang::SourceLocation begin = constraint.getNestedNameSpecifierLoc().getBeginLoc();
  if (begin.isInvalid()) begin = constraint.getConceptNameLoc();
  const clang::ASTTemplateArgumentListInfo* args = constraint.getTemplateArgsAsWritten();
  return clang::SourceRange(begin, args ? args->getRAngleLoc() : constraint.getConceptNameLoc());
#endif
}

}  // namespace apicompat::compat

#endif  // APICOMPAT_PLUGIN_CLANG_COMPAT_H_
