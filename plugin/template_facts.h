// Template parameter lists and C++20 requires-clauses, recorded on the Decl
// of a class, function, alias or variable template.
#ifndef APICOMPAT_PLUGIN_TEMPLATE_FACTS_H_
#define APICOMPAT_PLUGIN_TEMPLATE_FACTS_H_

#include "apicompat/snapshot.pb.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "type_printer.h"

namespace apicompat {

// Sets `decl`'s template_parameters from `params` and its requires_clause
// from the template head's clause and, for functions, the trailing one.
// `function` may be null.
void DescribeTemplateHead(const clang::TemplateParameterList& params,
                          const clang::FunctionDecl* function, const clang::ASTContext& context,
                          const TypePrinter& printer, Decl& decl);

// A requires-clause can also constrain a non-template member of a class
// template (`void f() requires C<T>;`).
void DescribeTrailingRequiresClause(const clang::FunctionDecl& function,
                                    const clang::ASTContext& context, Decl& decl);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_TEMPLATE_FACTS_H_
