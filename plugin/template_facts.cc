#include "template_facts.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "clang/AST/ExprConcepts.h"
#include "clang/AST/TypeLoc.h"
#include "clang_compat.h"
#include "source_text.h"

namespace apicompat {
namespace {

std::string Text(clang::SourceRange range, const clang::ASTContext& context) {
  return WrittenText(range, context.getSourceManager(), context.getLangOpts());
}

// `Concept auto N`: the constraint is the written type minus the `auto`.
std::string PlaceholderConstraint(const clang::NonTypeTemplateParmDecl& param,
                                  const clang::ASTContext& context) {
  if (!param.hasPlaceholderTypeConstraint() || param.getTypeSourceInfo() == nullptr) return "";
  auto loc = param.getTypeSourceInfo()->getTypeLoc().getContainedAutoTypeLoc();
  if (loc.isNull() || !loc.isConstrained()) return "";
  return Text(clang::SourceRange(loc.getBeginLoc(), loc.getRAngleLoc().isValid()
                                                        ? loc.getRAngleLoc()
                                                        : loc.getConceptNameLoc()),
              context);
}

TemplateParameter DescribeParameter(const clang::NamedDecl& param,
                                    const clang::ASTContext& context,
                                    const TypePrinter& printer) {
  TemplateParameter out;
  out.set_name(param.getName().str());
  if (const auto* type = llvm::dyn_cast<clang::TemplateTypeParmDecl>(&param)) {
    out.set_kind(TEMPLATE_TYPE);
    out.set_is_pack(type->isParameterPack());
    if (const clang::TypeConstraint* constraint = type->getTypeConstraint()) {
      out.set_constraint(Text(compat::TypeConstraintRange(*constraint), context));
    }
  } else if (const auto* value = llvm::dyn_cast<clang::NonTypeTemplateParmDecl>(&param)) {
    out.set_kind(TEMPLATE_NON_TYPE);
    out.set_is_pack(value->isParameterPack());
    printer.Describe(value->getType(), *out.mutable_type());
    out.set_constraint(PlaceholderConstraint(*value, context));
  } else if (const auto* tmpl = llvm::dyn_cast<clang::TemplateTemplateParmDecl>(&param)) {
    out.set_kind(TEMPLATE_TEMPLATE);
    out.set_is_pack(tmpl->isParameterPack());
  }
  clang::SourceRange default_range = compat::DefaultArgumentRange(param);
  if (default_range.isValid()) {
    out.set_has_default(true);
    out.set_default_text(Text(default_range, context));
  }
  return out;
}

// Several clauses constrain together: `(A) && (B)`.
std::string Conjunction(const std::vector<std::string>& clauses) {
  if (clauses.size() == 1) return clauses.front();
  std::vector<std::string> wrapped;
  for (const std::string& clause : clauses) wrapped.push_back(absl::StrCat("(", clause, ")"));
  return absl::StrJoin(wrapped, " && ");
}

// Where a constraint expression is written, qualifier included: before
// Clang 16 a qualified concept-id (`std::integral<T>`) starts at its name.
clang::SourceRange ConstraintRange(const clang::Expr& constraint) {
  clang::SourceRange range = constraint.getSourceRange();
#if CLANG_VERSION_MAJOR < 16
  const clang::Expr* first = &constraint;
  while (const auto* binary = llvm::dyn_cast<clang::BinaryOperator>(first)) {
    first = binary->getLHS();
  }
  if (const auto* concept_id = llvm::dyn_cast<clang::ConceptSpecializationExpr>(first)) {
    clang::SourceLocation qualifier = concept_id->getNestedNameSpecifierLoc().getBeginLoc();
    if (qualifier.isValid()) range.setBegin(qualifier);
  }
#endif
  return range;
}

void SetRequiresClause(const clang::TemplateParameterList* params,
                       const clang::FunctionDecl* function, const clang::ASTContext& context,
                       Decl& decl) {
  std::vector<std::string> clauses;
  if (params != nullptr && params->getRequiresClause() != nullptr) {
    clauses.push_back(Text(ConstraintRange(*params->getRequiresClause()), context));
  }
  if (function != nullptr) {
    if (const clang::Expr* trailing = compat::TrailingRequiresClause(*function)) {
      clauses.push_back(Text(ConstraintRange(*trailing), context));
    }
  }
  if (!clauses.empty()) decl.set_requires_clause(Conjunction(clauses));
}

}  // namespace

void DescribeTemplateHead(const clang::TemplateParameterList& params,
                          const clang::FunctionDecl* function, const clang::ASTContext& context,
                          const TypePrinter& printer, Decl& decl) {
  for (const clang::NamedDecl* param : params) {
    *decl.add_template_parameters() = DescribeParameter(*param, context, printer);
  }
  SetRequiresClause(&params, function, context, decl);
}

void DescribeTrailingRequiresClause(const clang::FunctionDecl& function,
                                    const clang::ASTContext& context, Decl& decl) {
  SetRequiresClause(nullptr, &function, context, decl);
}

}  // namespace apicompat
