// What a record's definition tells users and the ABI: fields (members of
// anonymous structs and unions flattened into the record), bases, layout
// (size, alignment, dsize, offsets), whether objects are trivially copyable
// and passed in registers, its special members, and the vtable.
#ifndef APICOMPAT_PLUGIN_RECORD_FACTS_H_
#define APICOMPAT_PLUGIN_RECORD_FACTS_H_

#include "apicompat/snapshot.pb.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "type_printer.h"

namespace apicompat {

// Whether Clang can lay `record` out: a complete, non-dependent, valid
// definition. Asking for the layout of anything else crashes a Clang built
// without assertions (Debian's).
bool HasLayout(const clang::RecordDecl& record);

// Fills `facts` from `definition` (a complete definition, possibly
// dependent: a class template's pattern gets fields and bases but no
// layout).
void DescribeRecordDefinition(const clang::RecordDecl& definition, clang::ASTContext& context,
                              const TypePrinter& printer, Record& facts);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_RECORD_FACTS_H_
