#include "record_facts.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecordLayout.h"
#include "clang/Basic/SourceManager.h"
#include "clang_compat.h"
#include "decl_access.h"
#include "special_members.h"
#include "vtable_facts.h"

namespace apicompat {
namespace {

// Where the fields of one record land in the record being described.
struct Placement {
  uint64_t offset_bits = 0;       // of the (anonymous) record within the described one
  std::string anonymous_parent;   // "" for the described record itself
  const clang::FieldDecl* anonymous_member = nullptr;  // the outermost one
};

std::string AnonymousMemberName(const clang::RecordDecl& record) {
  return record.isUnion() ? "(anonymous union)" : "(anonymous struct)";
}

class FieldCollector {
 public:
  FieldCollector(clang::ASTContext& context, const TypePrinter& printer, Record& facts)
      : context_(context), printer_(printer), facts_(facts) {}

  void Add(const clang::RecordDecl& record, const Placement& placement) {
    const clang::ASTRecordLayout* layout =
        HasLayout(record) ? &context_.getASTRecordLayout(&record) : nullptr;
    for (const clang::FieldDecl* field : record.fields()) {
      uint64_t offset =
          placement.offset_bits + (layout ? layout->getFieldOffset(field->getFieldIndex()) : 0);
      if (field->isAnonymousStructOrUnion()) {
        // Its members are named as members of the enclosing record, so
        // that is where they are recorded (C11 and C++ alike).
        const clang::RecordDecl* inner = field->getType()->getAsRecordDecl();
        if (inner == nullptr || inner->getDefinition() == nullptr) continue;
        std::string parent = AnonymousMemberName(*inner);
        if (!placement.anonymous_parent.empty()) {
          parent = absl::StrCat(placement.anonymous_parent, "::", parent);
        }
        Add(*inner->getDefinition(),
            Placement{offset, parent,
                      placement.anonymous_member ? placement.anonymous_member : field});
        continue;
      }
      AddField(*field, offset, placement, layout != nullptr);
    }
  }

 private:
  void AddField(const clang::FieldDecl& field, uint64_t offset, const Placement& placement,
                bool has_offset) {
    Field* out = facts_.add_fields();
    out->set_name(field.getName().str());
    // Canonical types keep cv-qualifiers: a `const` field is recorded as such.
    printer_.Describe(field.getType(), *out->mutable_type());
    // A member of an anonymous struct or union is as accessible as the
    // anonymous member is (C has no access: AS_none there).
    clang::AccessSpecifier access = field.getAccess();
    if (placement.anonymous_member && placement.anonymous_member->getAccess() != clang::AS_none) {
      access = placement.anonymous_member->getAccess();
    }
    out->set_access(ToAccess(access));
    out->set_is_mutable(field.isMutable());
    // Findings about the field point at its own line (its record's file:
    // a field cannot be declared in another one), following line markers
    // like the declaration locations do.
    const clang::SourceManager& sources = context_.getSourceManager();
    out->set_line(sources.getPresumedLineNumber(sources.getExpansionLoc(field.getLocation())));
    out->set_anonymous_parent(placement.anonymous_parent);
    if (field.isBitField() && !field.getBitWidth()->isValueDependent()) {
      out->set_is_bitfield(true);
      out->set_bit_width(compat::BitWidth(field, context_));
    }
    if (has_offset) out->set_offset_bits(offset);
  }

  clang::ASTContext& context_;
  const TypePrinter& printer_;
  Record& facts_;
};

void AddBases(const clang::CXXRecordDecl& record, const clang::ASTRecordLayout* layout,
              clang::ASTContext& context, const TypePrinter& printer, Record& facts) {
  for (const clang::CXXBaseSpecifier& base : record.bases()) {
    Base* out = facts.add_bases();
    printer.DescribeBase(base.getType(), *out->mutable_type());
    out->set_access(ToAccess(base.getAccessSpecifier()));
    out->set_is_virtual(base.isVirtual());
    const clang::CXXRecordDecl* base_decl = base.getType()->getAsCXXRecordDecl();
    if (layout && base_decl && base_decl->hasDefinition()) {
      clang::CharUnits offset = base.isVirtual() ? layout->getVBaseClassOffset(base_decl)
                                                 : layout->getBaseClassOffset(base_decl);
      out->set_offset_bits(context.toBits(offset));
    }
  }
}

}  // namespace

bool HasLayout(const clang::RecordDecl& record) {
  return record.isCompleteDefinition() && !record.isDependentType() && !record.isInvalidDecl();
}

void DescribeRecordDefinition(const clang::RecordDecl& definition, clang::ASTContext& context,
                              const TypePrinter& printer, Record& facts) {
  const clang::ASTRecordLayout* layout =
      HasLayout(definition) ? &context.getASTRecordLayout(&definition) : nullptr;
  if (layout) {
    facts.set_size_bytes(layout->getSize().getQuantity());
    facts.set_align_bytes(layout->getAlignment().getQuantity());
    facts.set_data_size_bytes(layout->getDataSize().getQuantity());
  }
  FieldCollector(context, printer, facts).Add(definition, Placement{});
  if (layout) DescribeSpecialMembers(definition, context, *facts.mutable_special_members());
  const auto* cxx = llvm::dyn_cast<clang::CXXRecordDecl>(&definition);
  if (cxx == nullptr) {
    // A C struct: plain data, copied bytewise and passed by value.
    facts.set_is_trivially_copyable(layout != nullptr);
    facts.set_passed_in_registers(layout != nullptr);
    return;
  }
  AddBases(*cxx, layout, context, printer, facts);
  facts.set_is_final(cxx->hasAttr<clang::FinalAttr>());
  if (layout == nullptr) return;  // the remaining facts need a laid-out class
  facts.set_is_polymorphic(cxx->isPolymorphic());
  facts.set_is_abstract(cxx->isAbstract());
  facts.set_is_trivially_copyable(cxx->isTriviallyCopyable());
  facts.set_passed_in_registers(cxx->canPassInRegisters());
  if (cxx->isDynamicClass()) DescribeVtable(*cxx, context, printer, *facts.mutable_vtable());
}

}  // namespace apicompat
