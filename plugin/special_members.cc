#include "special_members.h"

#include <map>
#include <utility>

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "decl_access.h"

namespace apicompat {
namespace {

enum Kind { kDefaultCtor, kCopyCtor, kMoveCtor, kCopyAssign, kMoveAssign, kDtor };

struct Facts {
  SpecialMemberOrigin origin = SPECIAL_NOT_DECLARED;
  bool deleted = false;
  bool trivial = false;
  clang::AccessSpecifier access = clang::AS_public;
};

// Whether the copy constructor or assignment takes `const T&`: the one
// that copies from a const object, which is what users and the implicit
// members of enclosing classes call.
bool TakesConstRef(const clang::CXXMethodDecl& method) {
  return method.getNumParams() > 0 &&
         method.getParamDecl(0)->getType().getNonReferenceType().isConstQualified();
}

// The member the user wrote for `kind`, or null. Only written members are
// looked at: implicit ones exist only in TUs that used them.
const clang::CXXMethodDecl* UserDeclared(const clang::CXXRecordDecl& record, Kind kind) {
  const clang::CXXMethodDecl* found = nullptr;
  auto consider = [&](const clang::CXXMethodDecl* method) {
    if (method->isImplicit()) return;
    if (found == nullptr || (!TakesConstRef(*found) && TakesConstRef(*method))) found = method;
  };
  switch (kind) {
    case kDefaultCtor:
      if (!record.hasUserDeclaredConstructor()) return nullptr;
      for (const clang::CXXConstructorDecl* ctor : record.ctors()) {
        if (ctor->isDefaultConstructor()) consider(ctor);
      }
      // `template <class D = Deleter> unique_ptr()`: a constructor template
      // callable without arguments default-constructs too.
      for (const clang::Decl* member : record.decls()) {
        const auto* tmpl = llvm::dyn_cast<clang::FunctionTemplateDecl>(member);
        const auto* ctor = tmpl ? llvm::dyn_cast_or_null<clang::CXXConstructorDecl>(
                                      tmpl->getTemplatedDecl())
                                : nullptr;
        if (found == nullptr && ctor != nullptr && ctor->getMinRequiredArguments() == 0) {
          consider(ctor);
        }
      }
      return found;
    case kCopyCtor:
    case kMoveCtor:
      if (kind == kCopyCtor ? !record.hasUserDeclaredCopyConstructor()
                            : !record.hasUserDeclaredMoveConstructor()) {
        return nullptr;
      }
      for (const clang::CXXConstructorDecl* ctor : record.ctors()) {
        if (kind == kCopyCtor ? ctor->isCopyConstructor() : ctor->isMoveConstructor()) {
          consider(ctor);
        }
      }
      return found;
    case kCopyAssign:
    case kMoveAssign:
      if (kind == kCopyAssign ? !record.hasUserDeclaredCopyAssignment()
                              : !record.hasUserDeclaredMoveAssignment()) {
        return nullptr;
      }
      for (const clang::CXXMethodDecl* method : record.methods()) {
        if (kind == kCopyAssign ? method->isCopyAssignmentOperator()
                                : method->isMoveAssignmentOperator()) {
          consider(method);
        }
      }
      return found;
    case kDtor:
      return record.hasUserDeclaredDestructor() ? record.getDestructor() : nullptr;
  }
  return nullptr;
}

// [class.default.ctor], [class.copy.ctor], [class.copy.assign]: which
// members the compiler declares when the user did not.
bool ImplicitlyDeclared(const clang::CXXRecordDecl& record, Kind kind) {
  bool user_copy_or_dtor = record.hasUserDeclaredCopyConstructor() ||
                           record.hasUserDeclaredCopyAssignment() ||
                           record.hasUserDeclaredDestructor();
  switch (kind) {
    case kDefaultCtor: return !record.hasUserDeclaredConstructor();
    case kMoveCtor: return !user_copy_or_dtor && !record.hasUserDeclaredMoveAssignment();
    case kMoveAssign: return !user_copy_or_dtor && !record.hasUserDeclaredMoveConstructor();
    default: return true;
  }
}

bool Trivial(const clang::CXXRecordDecl& record, Kind kind) {
  switch (kind) {
    case kDefaultCtor: return record.hasTrivialDefaultConstructor();
    case kCopyCtor: return record.hasTrivialCopyConstructor();
    case kMoveCtor: return record.hasTrivialMoveConstructor();
    case kCopyAssign: return record.hasTrivialCopyAssignment();
    case kMoveAssign: return record.hasTrivialMoveAssignment();
    case kDtor: return record.hasTrivialDestructor();
  }
  return false;
}

class Oracle {
 public:
  explicit Oracle(clang::ASTContext& context) : context_(context) {}

  const Facts& Get(const clang::RecordDecl& record, Kind kind) {
    auto key = std::make_pair(&record, kind);
    auto it = memo_.find(key);
    if (it != memo_.end()) return it->second;
    Facts facts = Compute(record, kind);
    return memo_.emplace(key, facts).first->second;
  }

 private:
  Facts Compute(const clang::RecordDecl& record, Kind kind) {
    const auto* cxx = llvm::dyn_cast<clang::CXXRecordDecl>(&record);
    if (cxx == nullptr) {  // C: what a C++ TU says of the same struct
      return Facts{SPECIAL_IMPLICIT, CStructMemberDeleted(record, kind), true, clang::AS_public};
    }
    if (const clang::CXXMethodDecl* user = UserDeclared(*cxx, kind)) {
      return Facts{SPECIAL_USER_DECLARED, user->isDeleted(), Trivial(*cxx, kind),
                   user->getAccess()};
    }
    if (!ImplicitlyDeclared(*cxx, kind)) return Facts{};
    return Facts{SPECIAL_IMPLICIT, ImplicitDeleted(*cxx, kind), Trivial(*cxx, kind),
                 clang::AS_public};
  }

  // Clang knows these at the end of the class definition: either from the
  // members and subobjects alone, or, where that takes overload resolution
  // (needsOverloadResolutionFor*), because Sema then declares the implicit
  // member eagerly (AddImplicitlyDeclaredMembersToClass), in every TU. The
  // default constructor is the exception: Sema never declares it eagerly
  // and Clang keeps no flag for it, so it is decided here.
  bool ImplicitDeleted(const clang::CXXRecordDecl& record, Kind kind) {
    switch (kind) {
      case kDefaultCtor: return DefaultCtorDeleted(record);
      case kCopyCtor: return record.defaultedCopyConstructorIsDeleted();
      case kMoveCtor: return record.defaultedMoveConstructorIsDeleted();
      // Not user-declared, so "simple" is exactly "not deleted".
      case kCopyAssign: return !record.hasSimpleCopyAssignment();
      case kMoveAssign: return !record.hasSimpleMoveAssignment();
      case kDtor: return record.defaultedDestructorIsDeleted();
    }
    return false;
  }

  // A C struct compiled as C++: only assignments can be deleted, by a const
  // member (or one of a struct type that cannot be assigned).
  bool CStructMemberDeleted(const clang::RecordDecl& record, Kind kind) {
    if (kind == kDefaultCtor) return DefaultCtorDeleted(record);
    if (kind != kCopyAssign && kind != kMoveAssign) return false;
    for (const clang::FieldDecl* field : record.fields()) {
      clang::QualType type = context_.getBaseElementType(field->getType());
      if (type.isConstQualified()) return true;
      const clang::RecordDecl* inner = type->getAsRecordDecl();
      if (inner != nullptr && inner->getDefinition() != nullptr &&
          Get(*inner->getDefinition(), kind).deleted) {
        return true;
      }
    }
    return false;
  }

  // Whether a subobject's member can be called from the enclosing class's
  // implicit member: declared, not deleted, accessible (protected members
  // of a base are).
  bool Usable(const clang::RecordDecl& subobject, Kind kind, bool is_base) {
    const clang::RecordDecl* definition = subobject.getDefinition();
    if (definition == nullptr) return false;
    const Facts& facts = Get(*definition, kind);
    return facts.origin != SPECIAL_NOT_DECLARED && !facts.deleted &&
           (facts.access == clang::AS_public || facts.access == clang::AS_none ||
            (is_base && facts.access == clang::AS_protected));
  }

  bool ConstDefaultConstructible(const clang::RecordDecl& record) {
    const auto* cxx = llvm::dyn_cast<clang::CXXRecordDecl>(&record);
    return cxx != nullptr ? cxx->allowConstDefaultInit() : record.field_empty();
  }

  // [class.default.ctor]p2, as Sema's ShouldDeleteSpecialMember applies it,
  // simplified: variant members are judged by triviality alone, and
  // overload resolution by the subobject's own default constructor.
  bool DefaultCtorDeleted(const clang::RecordDecl& record) {
    if (const auto* cxx = llvm::dyn_cast<clang::CXXRecordDecl>(&record)) {
      for (const clang::CXXBaseSpecifier& base : cxx->bases()) {
        if (!BaseConstructible(base)) return true;
      }
      for (const clang::CXXBaseSpecifier& base : cxx->vbases()) {
        if (!BaseConstructible(base)) return true;
      }
    }
    for (const clang::FieldDecl* field : record.fields()) {
      if (FieldBlocksDefault(record, *field)) return true;
    }
    return false;
  }

  bool BaseConstructible(const clang::CXXBaseSpecifier& base) {
    const clang::RecordDecl* decl = base.getType()->getAsRecordDecl();
    return decl == nullptr ||
           (Usable(*decl, kDefaultCtor, /*is_base=*/true) && Usable(*decl, kDtor, true));
  }

  bool FieldBlocksDefault(const clang::RecordDecl& record, const clang::FieldDecl& field) {
    clang::QualType type = context_.getBaseElementType(field.getType());
    bool initialized = field.hasInClassInitializer();
    if (field.getType()->isReferenceType()) return !initialized;
    const clang::RecordDecl* inner = type->getAsRecordDecl();
    if (inner == nullptr || inner->getDefinition() == nullptr) {
      return type.isConstQualified() && !initialized && !record.isUnion();
    }
    inner = inner->getDefinition();
    if (!Usable(*inner, kDtor, /*is_base=*/false)) return true;
    if (initialized) return false;
    if (record.isUnion()) return !Get(*inner, kDefaultCtor).trivial;
    if (type.isConstQualified() && !ConstDefaultConstructible(*inner)) return true;
    return !Usable(*inner, kDefaultCtor, /*is_base=*/false);
  }

  clang::ASTContext& context_;
  std::map<std::pair<const clang::RecordDecl*, Kind>, Facts> memo_;
};

void Fill(const Facts& facts, SpecialMember& out) {
  out.set_origin(facts.origin);
  if (facts.origin == SPECIAL_NOT_DECLARED) return;
  out.set_is_deleted(facts.deleted);
  // A deleted member is never called: its triviality is not meaningful,
  // and Clang's answer for it differs between C++ and C readings of a header.
  out.set_is_trivial(facts.trivial && !facts.deleted);
  out.set_access(ToAccess(facts.access == clang::AS_none ? clang::AS_public : facts.access));
}

}  // namespace

void DescribeSpecialMembers(const clang::RecordDecl& definition, clang::ASTContext& context,
                            SpecialMembers& out) {
  Oracle oracle(context);
  Fill(oracle.Get(definition, kDefaultCtor), *out.mutable_default_constructor());
  Fill(oracle.Get(definition, kCopyCtor), *out.mutable_copy_constructor());
  Fill(oracle.Get(definition, kMoveCtor), *out.mutable_move_constructor());
  Fill(oracle.Get(definition, kCopyAssign), *out.mutable_copy_assignment());
  Fill(oracle.Get(definition, kMoveAssign), *out.mutable_move_assignment());
  Fill(oracle.Get(definition, kDtor), *out.mutable_destructor());
}

}  // namespace apicompat
