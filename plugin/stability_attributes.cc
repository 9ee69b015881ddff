// [[internal_api]] and [[experimental_api]] (also apicompat::-scoped and GNU
// spellings), available while the plugin is loaded. They become the same
// annotate attributes that attributes.h writes, so the collector reads one
// form only; annotate is inherited by redeclarations and kept in PCHs.
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/Basic/DiagnosticSema.h"
#include "clang/Basic/Version.h"
#include "clang/Sema/ParsedAttr.h"
#include "clang/Sema/Sema.h"
#include "stability_marks.h"

namespace apicompat {
namespace {

template <const char* kMark, const char* kName, const char* kScopedName>
class StabilityAttrInfo : public clang::ParsedAttrInfo {
 public:
  StabilityAttrInfo() {
    static constexpr Spelling kSpellings[] = {
        {clang::ParsedAttr::AS_CXX11, kName},
        {clang::ParsedAttr::AS_CXX11, kScopedName},
        {clang::ParsedAttr::AS_GNU, kName},
    };
    Spellings = kSpellings;
  }

  bool diagAppertainsToDecl(clang::Sema& sema, const clang::ParsedAttr& attr,
                            const clang::Decl* decl) const override {
    if (llvm::isa<clang::FunctionDecl, clang::FunctionTemplateDecl,
                  clang::TagDecl, clang::VarDecl, clang::FieldDecl,
                  clang::NamespaceDecl, clang::TypedefNameDecl,
                  clang::EnumConstantDecl, clang::RedeclarableTemplateDecl>(decl)) {
      return true;
    }
#if CLANG_VERSION_MAJOR >= 17
    sema.Diag(attr.getLoc(), clang::diag::warn_attribute_wrong_decl_type_str)
        << attr << attr.isRegularKeywordAttribute()
        << "functions, types, variables and namespaces";
#else
    sema.Diag(attr.getLoc(), clang::diag::warn_attribute_wrong_decl_type_str)
        << attr << "functions, types, variables and namespaces";
#endif
    return false;
  }

  AttrHandling handleDeclAttribute(clang::Sema& sema, clang::Decl* decl,
                                   const clang::ParsedAttr& attr) const override {
#if CLANG_VERSION_MAJOR >= 17
    decl->addAttr(clang::AnnotateAttr::Create(sema.Context, kMark, nullptr, 0,
                                              attr.getRange()));
#else
    decl->addAttr(clang::AnnotateAttr::Create(
        sema.Context, kMark, nullptr, 0, attr.getRange(),
        clang::AttributeCommonInfo::AS_GNU));
#endif
    return AttributeApplied;
  }
};

constexpr char kInternalName[] = "internal_api";
constexpr char kInternalScoped[] = "apicompat::internal_api";
constexpr char kExperimentalName[] = "experimental_api";
constexpr char kExperimentalScoped[] = "apicompat::experimental_api";

using InternalAttr = StabilityAttrInfo<kInternalMark, kInternalName, kInternalScoped>;
using ExperimentalAttr =
    StabilityAttrInfo<kExperimentalMark, kExperimentalName, kExperimentalScoped>;

clang::ParsedAttrInfoRegistry::Add<InternalAttr> internal_registration(
    "internal_api", "marks a declaration as not part of the public API");
clang::ParsedAttrInfoRegistry::Add<ExperimentalAttr> experimental_registration(
    "experimental_api", "marks a declaration as experimental");

}  // namespace
}  // namespace apicompat
