#include "api_collector.h"

#include <map>
#include <optional>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Mangle.h"
#include "clang/AST/RecordLayout.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Basic/Version.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/StringExtras.h"
#include "clang/Lex/Lexer.h"
#include "public_filter.h"
#include "stability_marks.h"
#include "type_printer.h"

namespace apicompat {
namespace {

// Namespaces that conventionally hold implementation details.
bool IsDetailNamespace(llvm::StringRef name) {
  return name == "detail" || name == "internal" || name == "impl";
}

bool HasReservedName(const clang::NamedDecl& decl) {
  const clang::IdentifierInfo* id = decl.getIdentifier();
  return id != nullptr && id->getName().starts_with("_");
}

Access ToAccess(clang::AccessSpecifier access) {
  switch (access) {
    case clang::AS_public: return PUBLIC;
    case clang::AS_protected: return PROTECTED;
    case clang::AS_private: return PRIVATE;
    case clang::AS_none: return ACCESS_NONE;
  }
  return ACCESS_NONE;
}

std::string CollapseWhitespace(llvm::StringRef text) {
  return absl::StrJoin(absl::StrSplit(absl::string_view(text.data(), text.size()),
                                      absl::ByAnyChar(" \t\r\n"), absl::SkipEmpty()),
                       " ");
}

std::string IntegerText(const llvm::APSInt& value) {
  return llvm::toString(value, 10, value.isSigned());
}

bool IsNothrow(const clang::FunctionDecl& function,
               const clang::FunctionProtoType& proto) {
  switch (proto.getExceptionSpecType()) {
    case clang::EST_Unevaluated:
    case clang::EST_Uninstantiated:
    case clang::EST_Unparsed:
      // Not computed in this TU: destructors are implicitly noexcept, and
      // deciding it the same way in every TU keeps merges conflict-free.
      return llvm::isa<clang::CXXDestructorDecl>(function);
    default:
      return proto.isNothrow(/*ResultIfDependent=*/false);
  }
}

class Collector {
 public:
  Collector(clang::ASTContext& context, const CollectorOptions& options)
      : context_(context),
        sources_(context.getSourceManager()),
        filter_(sources_, options.public_dirs, options.working_dir),
        names_(context) {}

  Snapshot Run() {
    VisitContext(*context_.getTranslationUnitDecl());
    Snapshot snapshot;
    Header* header = snapshot.mutable_header();
    header->set_tool_version(APICOMPAT_VERSION);
    header->set_clang_version(CLANG_VERSION_STRING);
    header->set_target_triple(context_.getTargetInfo().getTriple().str());
    header->set_data_layout(context_.getTargetInfo().getDataLayoutString());
    for (auto& [id, decl] : by_id_) *snapshot.add_decls() = std::move(decl);
    return snapshot;
  }

 private:
  void VisitContext(const clang::DeclContext& context) {
    for (const clang::Decl* decl : context.decls()) Visit(*decl);
  }

  void Visit(const clang::Decl& decl) {
    if (decl.isInvalidDecl() || decl.isImplicit()) return;
    if (const auto* ns = llvm::dyn_cast<clang::NamespaceDecl>(&decl)) {
      VisitNamespace(*ns);
    } else if (const auto* linkage = llvm::dyn_cast<clang::LinkageSpecDecl>(&decl)) {
      VisitContext(*linkage);
    } else if (!IsPublicEntity(decl)) {
      return;
    } else if (const auto* tmpl = llvm::dyn_cast<clang::FunctionTemplateDecl>(&decl)) {
      if (tmpl->getTemplatedDecl()) AddFunction(*tmpl->getTemplatedDecl(), true);
    } else if (const auto* tmpl = llvm::dyn_cast<clang::ClassTemplateDecl>(&decl)) {
      if (tmpl->getTemplatedDecl()) AddRecord(*tmpl->getTemplatedDecl(), true);
    } else if (llvm::isa<clang::ClassTemplateSpecializationDecl>(decl)) {
      return;  // specializations are recorded with their template (later)
    } else if (const auto* function = llvm::dyn_cast<clang::FunctionDecl>(&decl)) {
      AddFunction(*function, false);
    } else if (const auto* record = llvm::dyn_cast<clang::RecordDecl>(&decl)) {
      AddRecord(*record, false);
    } else if (const auto* enumeration = llvm::dyn_cast<clang::EnumDecl>(&decl)) {
      AddEnum(*enumeration);
    } else if (const auto* alias = llvm::dyn_cast<clang::TypedefNameDecl>(&decl)) {
      AddTypedef(*alias);
    } else if (const auto* variable = llvm::dyn_cast<clang::VarDecl>(&decl)) {
      AddVariable(*variable);
    }
  }

  void VisitNamespace(const clang::NamespaceDecl& ns) {
    if (ns.isAnonymousNamespace() || IsDetailNamespace(ns.getName()) ||
        HasReservedName(ns)) {
      return;
    }
    // Pruning the standard library here is what keeps the plugin cheap.
    if (sources_.isInSystemHeader(sources_.getExpansionLoc(ns.getLocation()))) {
      return;
    }
    VisitContext(ns);
  }

  // Names, linkage and access: what decides that users can reach `decl`.
  bool IsPublicEntity(const clang::Decl& decl) {
    const auto* named = llvm::dyn_cast<clang::NamedDecl>(&decl);
    if (named == nullptr || HasReservedName(*named)) return false;
    if (decl.isInAnonymousNamespace()) return false;
    if (decl.getAccess() == clang::AS_private && !IsVirtualMethod(decl)) {
      return false;
    }
    if (const auto* function = llvm::dyn_cast<clang::FunctionDecl>(&decl)) {
      if (function->getStorageClass() == clang::SC_Static &&
          !function->isCXXClassMember()) {
        return false;
      }
    }
    if (const auto* variable = llvm::dyn_cast<clang::VarDecl>(&decl)) {
      // Namespace-scope `const` variables have internal linkage in C++ but
      // are API all the same; only an explicit `static` hides them.
      if (variable->getStorageClass() == clang::SC_Static &&
          !variable->isStaticDataMember()) {
        return false;
      }
      if (variable->isLocalVarDeclOrParm()) return false;
    }
    return true;
  }

  static bool IsVirtualMethod(const clang::Decl& decl) {
    const auto* method = llvm::dyn_cast<clang::CXXMethodDecl>(&decl);
    return method != nullptr && method->isVirtual();
  }

  // Fills what every declaration has; nullopt when not in a public header.
  std::optional<Decl> Begin(const clang::NamedDecl& named, DeclKind kind) {
    std::optional<Location> location = filter_.Locate(named.getLocation());
    if (!location) return std::nullopt;
    Decl decl;
    decl.set_kind(kind);
    decl.set_qualified_name(printer_.QualifiedName(named));
    *decl.mutable_location() = std::move(*location);
    *decl.mutable_stability() = EffectiveStability(named);
    decl.set_access(ToAccess(named.getAccess()));
    return decl;
  }

  // The first public sighting of an id wins, except that a complete record
  // replaces a forward declaration.
  void Keep(Decl decl) {
    auto [it, inserted] = by_id_.try_emplace(decl.id(), decl);
    if (!inserted && decl.has_record() && decl.record().is_complete() &&
        !it->second.record().is_complete()) {
      it->second = std::move(decl);
    }
  }

  std::string DefaultText(const clang::ParmVarDecl& param) {
    clang::SourceRange range = param.getDefaultArgRange();
    if (range.isInvalid()) return "";
    clang::CharSourceRange chars = sources_.getExpansionRange(range);
    return CollapseWhitespace(clang::Lexer::getSourceText(
        chars, sources_, context_.getLangOpts()));
  }

  void AddFunction(const clang::FunctionDecl& function, bool is_template) {
    if (function.isDeleted() && function.getAccess() == clang::AS_private) {
      return;  // the pre-C++11 idiom for "not copyable"; not an entry point
    }
    std::optional<Decl> decl = Begin(function, FUNCTION);
    if (!decl) return;
    Function* facts = decl->mutable_function();
    const auto* proto = function.getType()->getAs<clang::FunctionProtoType>();
    std::vector<std::string> param_types;
    for (unsigned i = 0; i < function.getNumParams(); ++i) {
      const clang::ParmVarDecl& param = *function.getParamDecl(i);
      Parameter* out = facts->add_parameters();
      out->set_name(param.getName().str());
      // The function type drops top-level const and decays arrays: what
      // callers and the mangled name see.
      clang::QualType adjusted =
          proto && i < proto->getNumParams() ? proto->getParamType(i) : param.getType();
      *out->mutable_type() = printer_.Describe(param.getOriginalType(), adjusted);
      if (param.hasDefaultArg() || param.hasUninstantiatedDefaultArg() ||
          param.hasUnparsedDefaultArg()) {
        out->set_has_default(true);
        out->set_default_text(DefaultText(param));
      }
      param_types.push_back(out->type().canonical());
    }
    *facts->mutable_return_type() = printer_.Describe(function.getReturnType());
    facts->set_is_variadic(function.isVariadic());
    if (function.isVariadic()) param_types.push_back("...");
    facts->set_is_template(is_template);
    facts->set_is_deleted(function.isDeleted());
    facts->set_is_defaulted(function.isExplicitlyDefaulted());
    facts->set_is_constexpr(function.isConstexpr());
    facts->set_is_extern_c(function.isExternC());
    facts->set_is_inline(llvm::any_of(function.redecls(), [](const clang::FunctionDecl* redecl) {
      return redecl->isInlined();
    }));
    if (proto) facts->set_is_noexcept(IsNothrow(function, *proto));
    std::string qualifiers;
    if (const auto* method = llvm::dyn_cast<clang::CXXMethodDecl>(&function)) {
      qualifiers = DescribeMethod(*method, *facts);
    }
    decl->set_id(absl::StrCat("function:", decl->qualified_name(), "(",
                              absl::StrJoin(param_types, ", "), ")", qualifiers));
    AddMangledNames(function, *decl);
    Keep(std::move(*decl));
  }

  // Fills method facts; returns the qualifiers that distinguish overloads.
  std::string DescribeMethod(const clang::CXXMethodDecl& method, Function& facts) {
    facts.set_role(ROLE_METHOD);
    if (const auto* ctor = llvm::dyn_cast<clang::CXXConstructorDecl>(&method)) {
      facts.set_role(ROLE_CONSTRUCTOR);
      facts.set_is_explicit(ctor->isExplicit());
    } else if (llvm::isa<clang::CXXDestructorDecl>(method)) {
      facts.set_role(ROLE_DESTRUCTOR);
    } else if (const auto* conversion = llvm::dyn_cast<clang::CXXConversionDecl>(&method)) {
      facts.set_role(ROLE_CONVERSION);
      facts.set_is_explicit(conversion->isExplicit());
    }
    facts.set_is_static(method.isStatic());
    facts.set_is_virtual(method.isVirtual());
#if CLANG_VERSION_MAJOR >= 18
    facts.set_is_pure(method.isPureVirtual());
#else
    facts.set_is_pure(method.isPure());
#endif
    facts.set_is_const(method.isConst());
    facts.set_is_volatile(method.isVolatile());
    std::string qualifiers;
    if (method.isConst()) qualifiers += " const";
    if (method.isVolatile()) qualifiers += " volatile";
    switch (method.getRefQualifier()) {
      case clang::RQ_LValue:
        facts.set_ref_qualifier(REF_LVALUE);
        qualifiers += " &";
        break;
      case clang::RQ_RValue:
        facts.set_ref_qualifier(REF_RVALUE);
        qualifiers += " &&";
        break;
      case clang::RQ_None:
        break;
    }
    return qualifiers;
  }

  void AddMangledNames(const clang::FunctionDecl& function, Decl& decl) {
    // Templated and dependent declarations have no symbol, and asking for
    // one crashes a Clang built without assertions.
    if (function.isDependentContext() || function.getDescribedFunctionTemplate() ||
        function.isDeleted() || function.isConsteval() ||
        function.getFormalLinkage() != clang::Linkage::External) {
      return;
    }
    if (llvm::isa<clang::CXXConstructorDecl>(function) ||
        llvm::isa<clang::CXXDestructorDecl>(function)) {
      for (std::string& name : names_.getAllManglings(&function)) {
        decl.add_mangled_names(std::move(name));
      }
      std::sort(decl.mutable_mangled_names()->begin(), decl.mutable_mangled_names()->end());
    } else {
      decl.add_mangled_names(names_.getName(&function));
    }
  }

  void AddRecord(const clang::RecordDecl& record, bool is_template) {
    if (record.isLambda() || record.isInjectedClassName()) return;
    if (!record.getIdentifier() && !record.getTypedefNameForAnonDecl()) {
      return;  // anonymous members are part of their parent's layout
    }
    const clang::RecordDecl* definition = record.getDefinition();
    if (definition != nullptr && definition != &record) {
      // A forward declaration: the definition, if public, is recorded when
      // visited; otherwise the type is opaque to users.
      if (filter_.Locate(definition->getLocation())) return;
    }
    std::optional<Decl> decl = Begin(record, RECORD);
    if (!decl) return;
    decl->set_id(absl::StrCat("record:", decl->qualified_name()));
    Record* facts = decl->mutable_record();
    facts->set_record_kind(record.isUnion() ? UNION : record.isClass() ? CLASS : STRUCT);
    facts->set_is_template(is_template);
    facts->set_is_complete(definition == &record);
    if (definition == &record) {
      DescribeDefinition(record, *facts);
      Keep(std::move(*decl));
      VisitContext(record);
      return;
    }
    Keep(std::move(*decl));
  }

  void DescribeDefinition(const clang::RecordDecl& record, Record& facts) {
    const auto* cxx = llvm::dyn_cast<clang::CXXRecordDecl>(&record);
    bool has_layout = !record.isDependentType() && !record.isInvalidDecl();
    const clang::ASTRecordLayout* layout =
        has_layout ? &context_.getASTRecordLayout(&record) : nullptr;
    if (layout) {
      facts.set_size_bytes(layout->getSize().getQuantity());
      facts.set_align_bytes(layout->getAlignment().getQuantity());
    }
    for (const clang::FieldDecl* field : record.fields()) {
      Field* out = facts.add_fields();
      out->set_name(field->getName().str());
      *out->mutable_type() = printer_.Describe(field->getType());
      out->set_access(ToAccess(field->getAccess()));
      out->set_is_mutable(field->isMutable());
      if (field->isBitField() && !field->getBitWidth()->isValueDependent()) {
        out->set_is_bitfield(true);
#if CLANG_VERSION_MAJOR >= 20
        out->set_bit_width(field->getBitWidthValue());
#else
        out->set_bit_width(field->getBitWidthValue(context_));
#endif
      }
      if (layout) out->set_offset_bits(layout->getFieldOffset(field->getFieldIndex()));
    }
    if (cxx == nullptr) return;
    for (const clang::CXXBaseSpecifier& base : cxx->bases()) {
      Base* out = facts.add_bases();
      *out->mutable_type() = printer_.Describe(base.getType());
      out->set_access(ToAccess(base.getAccessSpecifier()));
      out->set_is_virtual(base.isVirtual());
      const clang::CXXRecordDecl* base_decl = base.getType()->getAsCXXRecordDecl();
      if (layout && base_decl && base_decl->hasDefinition()) {
        clang::CharUnits offset = base.isVirtual() ? layout->getVBaseClassOffset(base_decl)
                                                   : layout->getBaseClassOffset(base_decl);
        out->set_offset_bits(context_.toBits(offset));
      }
    }
    if (!record.isDependentType()) {
      facts.set_is_polymorphic(cxx->isPolymorphic());
      facts.set_is_abstract(cxx->isAbstract());
    }
    facts.set_is_final(cxx->hasAttr<clang::FinalAttr>());
  }

  void AddEnum(const clang::EnumDecl& enumeration) {
    const clang::EnumDecl* definition = enumeration.getDefinition();
    if (definition != nullptr && definition != &enumeration) return;
    std::optional<Decl> decl = Begin(enumeration, ENUM);
    if (!decl) return;
    if (!enumeration.getIdentifier() && !enumeration.getTypedefNameForAnonDecl()) {
      // Clang numbers anonymous enums per TU; their first enumerator is a
      // name that is stable across TUs and versions.
      auto first = enumeration.enumerator_begin();
      if (first == enumeration.enumerator_end()) return;
      std::string scope = decl->qualified_name();
      scope = scope.substr(0, scope.rfind("::") == std::string::npos ? 0 : scope.rfind("::") + 2);
      decl->set_qualified_name(absl::StrCat(scope, "(anonymous enum ", first->getName().str(), ")"));
    }
    decl->set_id(absl::StrCat("enum:", decl->qualified_name()));
    Enum* facts = decl->mutable_enum_decl();
    facts->set_is_scoped(enumeration.isScoped());
    facts->set_is_fixed(enumeration.isFixed());
    *facts->mutable_underlying_type() = printer_.Describe(enumeration.getIntegerType());
    for (const clang::EnumConstantDecl* constant : enumeration.enumerators()) {
      Enumerator* out = facts->add_enumerators();
      out->set_name(constant->getName().str());
      out->set_value(IntegerText(constant->getInitVal()));
    }
    Keep(std::move(*decl));
  }

  void AddTypedef(const clang::TypedefNameDecl& alias) {
    std::optional<Decl> decl = Begin(alias, TYPEDEF);
    if (!decl) return;
    decl->set_id(absl::StrCat("typedef:", decl->qualified_name()));
    *decl->mutable_typedef_decl()->mutable_target() =
        printer_.Describe(alias.getUnderlyingType());
    Keep(std::move(*decl));
  }

  void AddVariable(const clang::VarDecl& variable) {
    std::optional<Decl> decl = Begin(variable, VARIABLE);
    if (!decl) return;
    decl->set_id(absl::StrCat("variable:", decl->qualified_name()));
    Variable* facts = decl->mutable_variable();
    *facts->mutable_type() = printer_.Describe(variable.getType());
    facts->set_is_const(variable.getType().isConstQualified());
    facts->set_is_constexpr(variable.isConstexpr());
    facts->set_is_static_member(variable.isStaticDataMember());
    facts->set_is_extern_c(variable.isExternC());
    facts->set_value(ConstantValue(variable));
    if (!variable.getType()->isDependentType() && !variable.isInvalidDecl() &&
        variable.getFormalLinkage() == clang::Linkage::External &&
        !variable.getDeclContext()->isDependentContext()) {
      decl->add_mangled_names(names_.getName(&variable));
    }
    Keep(std::move(*decl));
  }

  std::string ConstantValue(const clang::VarDecl& variable) {
    const clang::Expr* init = variable.getInit();
    if (init == nullptr || init->isValueDependent() ||
        variable.getDeclContext()->isDependentContext() ||
        !variable.isUsableInConstantExpressions(context_)) {
      return "";
    }
    const clang::APValue* value = variable.evaluateValue();
    if (value == nullptr) return "";
    if (value->isInt()) return IntegerText(value->getInt());
    if (value->isFloat()) {
      llvm::SmallString<32> text;
      value->getFloat().toString(text);
      return std::string(text);
    }
    return "";
  }

  clang::ASTContext& context_;
  const clang::SourceManager& sources_;
  PublicFilter filter_;
  TypePrinter printer_;
  clang::ASTNameGenerator names_;
  // Ordered, so the snapshot comes out sorted by id.
  std::map<std::string, Decl> by_id_;
};

}  // namespace

Snapshot CollectPublicApi(clang::ASTContext& context,
                          clang::Preprocessor* /*preprocessor*/,
                          const CollectorOptions& options) {
  return Collector(context, options).Run();
}

}  // namespace apicompat
