#include "reachable_types.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/DenseSet.h"

namespace apicompat {
namespace {

class Walker {
 public:
  Walker(llvm::function_ref<bool(clang::SourceLocation)> in_public_header,
         llvm::function_ref<bool(const clang::Decl&)> is_public_entity)
      : in_public_header_(in_public_header), is_public_entity_(is_public_entity) {}

  void VisitContext(const clang::DeclContext& context) {
    for (const clang::Decl* decl : context.decls()) Visit(*decl);
  }

  std::vector<const clang::TagDecl*> TakeFound() { return std::move(found_); }

 private:
  // Mirrors the collector's walk: what it records is what exposes.
  void Visit(const clang::Decl& decl) {
    if (decl.isInvalidDecl() || decl.isImplicit()) return;
    if (const auto* ns = llvm::dyn_cast<clang::NamespaceDecl>(&decl)) {
      if (!ns->isAnonymousNamespace() && !IsDetailNamespace(ns->getName()) &&
          !HasReservedName(*ns) && in_public_header_(ns->getLocation())) {
        VisitContext(*ns);
      }
    } else if (const auto* linkage = llvm::dyn_cast<clang::LinkageSpecDecl>(&decl)) {
      if (in_public_header_(linkage->getLocation())) VisitContext(*linkage);
    } else if (decl.getAccess() == clang::AS_private || !is_public_entity_(decl) ||
               !in_public_header_(decl.getLocation())) {
      return;  // private members expose nothing (private fields: see ReachMembers)
    } else if (const auto* alias = llvm::dyn_cast<clang::TypedefNameDecl>(&decl)) {
      Reach(alias->getUnderlyingType(), /*through_indirection=*/true);
    } else if (const auto* function = llvm::dyn_cast<clang::FunctionDecl>(&decl)) {
      if (function->isDependentContext()) return;
      Reach(function->getReturnType(), false);
      for (const clang::ParmVarDecl* param : function->parameters()) Reach(param->getType(), false);
    } else if (const auto* variable = llvm::dyn_cast<clang::VarDecl>(&decl)) {
      if (!variable->getDeclContext()->isDependentContext()) Reach(variable->getType(), false);
    } else if (const auto* record = llvm::dyn_cast<clang::RecordDecl>(&decl)) {
      if (record->isThisDeclarationADefinition() && !record->isDependentType()) {
        ReachMembers(*record);
        VisitContext(*record);
      }
    }
  }

  // Fields and bases: what shapes a record's layout.
  void ReachMembers(const clang::RecordDecl& record) {
    for (const clang::FieldDecl* field : record.fields()) Reach(field->getType(), false);
    if (const auto* cxx = llvm::dyn_cast<clang::CXXRecordDecl>(&record)) {
      for (const clang::CXXBaseSpecifier& base : cxx->bases()) Reach(base.getType(), false);
    }
  }

  void Reach(clang::QualType type, bool through_indirection) {
    if (type.isNull() || type->isDependentType()) return;
    type = type.getCanonicalType();
    while (true) {
      if (const clang::ArrayType* array = type->getAsArrayTypeUnsafe()) {
        type = array->getElementType().getCanonicalType();
      } else if (through_indirection && (type->isPointerType() || type->isReferenceType())) {
        type = type->getPointeeType().getCanonicalType();
      } else {
        break;
      }
    }
    const clang::TagDecl* tag = type->getAsTagDecl();
    if (tag == nullptr || llvm::isa<clang::ClassTemplateSpecializationDecl>(tag)) return;
    const clang::TagDecl* definition = tag->getDefinition();
    if (definition == nullptr || !seen_.insert(definition).second) return;
    // Only what the collector itself skipped: the rest is recorded anyway.
    if (!IsInExcludedScope(*definition) || !in_public_header_(definition->getLocation())) return;
    if (definition->getIdentifier() == nullptr && definition->getTypedefNameForAnonDecl() == nullptr) {
      return;  // an anonymous type is recorded with what contains it
    }
    found_.push_back(definition);
    if (const auto* record = llvm::dyn_cast<clang::RecordDecl>(definition)) {
      if (!record->isDependentType()) ReachMembers(*record);
    }
  }

  llvm::function_ref<bool(clang::SourceLocation)> in_public_header_;
  llvm::function_ref<bool(const clang::Decl&)> is_public_entity_;
  llvm::DenseSet<const clang::TagDecl*> seen_;
  std::vector<const clang::TagDecl*> found_;
};

}  // namespace

bool IsDetailNamespace(llvm::StringRef name) {
  return name == "detail" || name == "internal" || name == "impl";
}

bool HasReservedName(const clang::NamedDecl& decl) {
  const clang::IdentifierInfo* id = decl.getIdentifier();
  return id != nullptr && !id->getName().empty() && id->getName()[0] == '_';
}

bool IsInExcludedScope(const clang::Decl& decl) {
  if (const auto* named = llvm::dyn_cast<clang::NamedDecl>(&decl)) {
    if (HasReservedName(*named)) return true;
  }
  for (const clang::DeclContext* context = decl.getDeclContext(); context != nullptr;
       context = context->getParent()) {
    if (const auto* ns = llvm::dyn_cast<clang::NamespaceDecl>(context)) {
      if (ns->isAnonymousNamespace() || IsDetailNamespace(ns->getName()) || HasReservedName(*ns)) {
        return true;
      }
    } else if (const auto* named = llvm::dyn_cast<clang::NamedDecl>(context)) {
      if (HasReservedName(*named)) return true;
    }
  }
  return false;
}

std::vector<const clang::TagDecl*> FindExposedTypes(
    const clang::TranslationUnitDecl& tu,
    llvm::function_ref<bool(clang::SourceLocation)> in_public_header,
    llvm::function_ref<bool(const clang::Decl&)> is_public_entity) {
  Walker walker(in_public_header, is_public_entity);
  walker.VisitContext(tu);
  return walker.TakeFound();
}

}  // namespace apicompat
