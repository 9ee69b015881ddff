#include "vtable_facts.h"

#include "clang/AST/VTableBuilder.h"
#include "clang_compat.h"

namespace apicompat {
namespace {

void NameFunction(const clang::CXXMethodDecl* method, const TypePrinter& printer,
                  VtableComponent& out) {
  if (method == nullptr) return;
  out.set_name(printer.FunctionSignature(*method));
  out.set_is_pure(compat::IsPureVirtual(*method));
  out.set_is_deleted(method->isDeleted());
}

void Describe(const clang::VTableComponent& component, const TypePrinter& printer,
              VtableComponent& out) {
  switch (component.getKind()) {
    case clang::VTableComponent::CK_VCallOffset:
      out.set_kind(VTABLE_VCALL_OFFSET);
      out.set_offset(component.getVCallOffset().getQuantity());
      break;
    case clang::VTableComponent::CK_VBaseOffset:
      out.set_kind(VTABLE_VBASE_OFFSET);
      out.set_offset(component.getVBaseOffset().getQuantity());
      break;
    case clang::VTableComponent::CK_OffsetToTop:
      out.set_kind(VTABLE_OFFSET_TO_TOP);
      out.set_offset(component.getOffsetToTop().getQuantity());
      break;
    case clang::VTableComponent::CK_RTTI:
      out.set_kind(VTABLE_RTTI);
      if (component.getRTTIDecl()) out.set_name(printer.QualifiedName(*component.getRTTIDecl()));
      break;
    case clang::VTableComponent::CK_FunctionPointer:
      out.set_kind(VTABLE_FUNCTION);
      NameFunction(component.getFunctionDecl(), printer, out);
      break;
    case clang::VTableComponent::CK_CompleteDtorPointer:
      out.set_kind(VTABLE_COMPLETE_DTOR);
      NameFunction(component.getDestructorDecl(), printer, out);
      break;
    case clang::VTableComponent::CK_DeletingDtorPointer:
      out.set_kind(VTABLE_DELETING_DTOR);
      NameFunction(component.getDestructorDecl(), printer, out);
      break;
    case clang::VTableComponent::CK_UnusedFunctionPointer:
      out.set_kind(VTABLE_UNUSED_FUNCTION);
      NameFunction(component.getUnusedFunctionDecl(), printer, out);
      break;
  }
}

}  // namespace

void DescribeVtable(const clang::CXXRecordDecl& record, clang::ASTContext& context,
                    const TypePrinter& printer,
                    google::protobuf::RepeatedPtrField<VtableComponent>& out) {
  auto* itanium = llvm::dyn_cast<clang::ItaniumVTableContext>(context.getVTableContext());
  if (itanium == nullptr) return;
  for (const clang::VTableComponent& component :
       itanium->getVTableLayout(&record).vtable_components()) {
    Describe(component, printer, *out.Add());
  }
}

}  // namespace apicompat
