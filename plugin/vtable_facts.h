// The Itanium C++ ABI vtable of a dynamic class, as the snapshot records it:
// every component of every vtable group, in order.
#ifndef APICOMPAT_PLUGIN_VTABLE_FACTS_H_
#define APICOMPAT_PLUGIN_VTABLE_FACTS_H_

#include "apicompat/snapshot.pb.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "google/protobuf/repeated_field.h"
#include "type_printer.h"

namespace apicompat {

// Appends the vtable of `record` (a dynamic class that HasLayout) to `out`.
// Function entries are named by TypePrinter::FunctionSignature, the
// function's decl id without "function:". Nothing is recorded for targets
// with another C++ ABI (Microsoft).
void DescribeVtable(const clang::CXXRecordDecl& record, clang::ASTContext& context,
                    const TypePrinter& printer,
                    google::protobuf::RepeatedPtrField<VtableComponent>& out);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_VTABLE_FACTS_H_
