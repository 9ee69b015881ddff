// A record's six special members (default constructor, copy and move
// constructors and assignments, destructor), user-declared or implicit:
// whether they exist, are deleted, trivial, and how accessible they are.
//
// Clang declares implicit members lazily, only in TUs that use them, and
// declaring them from here could emit diagnostics. So implicit members are
// never declared: their facts come from what Clang computes eagerly for every
// class definition (the DefinitionData: user-declared members, triviality,
// and the "defaulted member is deleted" flags where Clang knows them without
// overload resolution) and, where only overload resolution would tell
// (Clang's needsOverloadResolutionFor*), from the same rules Sema's
// ShouldDeleteSpecialMember applies, evaluated on the subobjects' own facts.
// Every TU that sees the definition records the same facts.
#ifndef APICOMPAT_PLUGIN_SPECIAL_MEMBERS_H_
#define APICOMPAT_PLUGIN_SPECIAL_MEMBERS_H_

#include "apicompat/snapshot.pb.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

namespace apicompat {

// `definition` is complete and not dependent (HasLayout). C structs get what
// a C++ TU including the same header records: every member implicit.
void DescribeSpecialMembers(const clang::RecordDecl& definition, clang::ASTContext& context,
                            SpecialMembers& out);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_SPECIAL_MEMBERS_H_
