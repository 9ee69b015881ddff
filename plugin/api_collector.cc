#include "api_collector.h"

#include <map>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Mangle.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Basic/Version.h"
#include "clang_compat.h"
#include "decl_access.h"
#include "decl_id.h"
#include "google/protobuf/arena.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"
#include "macro_collector.h"
#include "public_filter.h"
#include "reachable_types.h"
#include "record_facts.h"
#include "snapshot_write.h"
#include "source_text.h"
#include "stability_marks.h"
#include "template_facts.h"
#include "type_printer.h"

namespace apicompat {
namespace {

// A namespace's name with its inline namespaces, e.g. "lib::v2": unlike
// every other name in the snapshot (printed without them, so that
// declarations keep their ids across an inline-namespace version bump),
// this is what shows that bump.
std::string NamespacePath(const clang::NamespaceDecl& ns) {
  std::vector<std::string> names;
  for (const clang::DeclContext* context = &ns; context != nullptr;
       context = context->getParent()) {
    if (const auto* enclosing = llvm::dyn_cast<clang::NamespaceDecl>(context)) {
      names.push_back(enclosing->getName().str());
    }
  }
  return absl::StrJoin(names.rbegin(), names.rend(), "::");
}

// Where a declaration seen several times is recorded: the earliest public
// sighting by file and line, whatever order the TU included the headers in.
bool IsEarlier(const Location& a, const Location& b) {
  return a.file() != b.file() ? a.file() < b.file() : a.line() < b.line();
}

std::string IntegerText(const llvm::APSInt& value) {
  return llvm::toString(value, 10, value.isSigned());
}

// Whether callers may rely on `function` not throwing, decided the same way
// in every TU. Clang computes the exception specification of a defaulted or
// implicit special member, and of a destructor declared without one, only
// where the TU uses it; so for those only what is written counts: a
// destructor is noexcept unless it says otherwise, a defaulted member only
// when it says so.
bool IsNothrow(const clang::FunctionDecl& function,
               const clang::FunctionProtoType& proto) {
  if (function.getExceptionSpecSourceRange().isInvalid()) {
    if (llvm::isa<clang::CXXDestructorDecl>(function)) return true;
    if (function.isDefaulted()) return false;
  }
  switch (proto.getExceptionSpecType()) {
    case clang::EST_Unevaluated:
    case clang::EST_Uninstantiated:
    case clang::EST_Unparsed:
      return false;  // not computed in this TU (see above)
    default:
      return proto.isNothrow(/*ResultIfDependent=*/false);
  }
}

// Whether `word` appears as a whole word in `text`.
bool HasWord(absl::string_view text, absl::string_view word) {
  for (size_t at = text.find(word); at != absl::string_view::npos;
       at = text.find(word, at + 1)) {
    auto is_name_char = [](char c) { return llvm::isAlnum(c) || c == '_'; };
    bool starts = at == 0 || !is_name_char(text[at - 1]);
    size_t end = at + word.size();
    if (starts && (end == text.size() || !is_name_char(text[end]))) return true;
  }
  return false;
}

class Collector {
 public:
  Collector(clang::ASTContext& context, clang::Preprocessor* preprocessor,
            const CollectorOptions& options, Snapshot& snapshot)
      : snapshot_(snapshot),
        arena_(snapshot.GetArena()),
        context_(context),
        preprocessor_(preprocessor),
        sources_(context.getSourceManager()),
        filter_(sources_, options.public_dirs, options.excludes, options.working_dir),
        names_(context) {}

  void Run() {
    VisitContext(*context_.getTranslationUnitDecl());
    if (saw_excluded_) AddExposedTypes();
    if (preprocessor_ != nullptr) {
      for (Decl& macro : CollectPublicMacros(*preprocessor_, filter_)) {
        Decl* decl = NewDecl();
        *decl = std::move(macro);
        Keep(decl);
      }
    }
    Header* header = snapshot_.mutable_header();
    header->set_tool_version(APICOMPAT_VERSION);
    header->set_clang_version(CLANG_VERSION_STRING);
    header->set_collector_revision(kCollectorRevision);
    header->set_target_triple(context_.getTargetInfo().getTriple().str());
    header->set_data_layout(context_.getTargetInfo().getDataLayoutString());
    for (auto& [id, decl] : by_id_) snapshot_.mutable_decls()->AddAllocated(decl);
    by_id_.clear();
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
      // The C library's `extern "C"` blocks hold hundreds of declarations.
      if (!filter_.IsForeignSystemCode(linkage->getLocation())) {
        VisitContext(*linkage);
      }
    } else if (!IsPublicEntity(decl) || IsSpecialization(decl)) {
      return;
    } else if (const auto* tmpl = llvm::dyn_cast<clang::FunctionTemplateDecl>(&decl)) {
      if (tmpl->getTemplatedDecl()) AddFunction(*tmpl->getTemplatedDecl(), tmpl);
    } else if (const auto* tmpl = llvm::dyn_cast<clang::ClassTemplateDecl>(&decl)) {
      if (tmpl->getTemplatedDecl()) AddRecord(*tmpl->getTemplatedDecl(), tmpl);
    } else if (const auto* tmpl = llvm::dyn_cast<clang::TypeAliasTemplateDecl>(&decl)) {
      if (tmpl->getTemplatedDecl()) AddTypedef(*tmpl->getTemplatedDecl(), tmpl);
    } else if (const auto* tmpl = llvm::dyn_cast<clang::VarTemplateDecl>(&decl)) {
      if (tmpl->getTemplatedDecl()) AddVariable(*tmpl->getTemplatedDecl(), tmpl);
    } else if (const auto* function = llvm::dyn_cast<clang::FunctionDecl>(&decl)) {
      AddFunction(*function, nullptr);
    } else if (const auto* record = llvm::dyn_cast<clang::RecordDecl>(&decl)) {
      AddRecord(*record, nullptr);
    } else if (const auto* enumeration = llvm::dyn_cast<clang::EnumDecl>(&decl)) {
      AddEnum(*enumeration);
    } else if (const auto* alias = llvm::dyn_cast<clang::TypedefNameDecl>(&decl)) {
      AddTypedef(*alias, nullptr);
    } else if (const auto* variable = llvm::dyn_cast<clang::VarDecl>(&decl)) {
      AddVariable(*variable, nullptr);
    }
  }

  // Explicit and partial specializations (and explicit instantiations) are
  // not recorded: ids are built from names, which a specialization shares
  // with its primary template, so recording one would need ids spelling
  // template arguments, and its facts are those of one argument list. The
  // primary template carries the interface users name; what a
  // specialization changes shows up in the snapshots of the code using it.
  static bool IsSpecialization(const clang::Decl& decl) {
    if (llvm::isa<clang::ClassTemplateSpecializationDecl,
                  clang::VarTemplateSpecializationDecl>(decl)) {
      return true;
    }
    const auto* function = llvm::dyn_cast<clang::FunctionDecl>(&decl);
    return function != nullptr &&
           (function->isFunctionTemplateSpecialization() ||
            function->getTemplateSpecializationKind() != clang::TSK_Undeclared);
  }

  void VisitNamespace(const clang::NamespaceDecl& ns) {
    if (ns.isAnonymousNamespace() || IsDetailNamespace(ns.getName()) ||
        HasReservedName(ns)) {
      // Public declarations may expose its types: looked for after the visit.
      if (!saw_excluded_ && filter_.Locate(ns.getLocation())) saw_excluded_ = true;
      return;
    }
    // Pruning the standard library here is what keeps the plugin cheap.
    if (filter_.IsForeignSystemCode(ns.getLocation())) {
      return;
    }
    AddNamespace(ns);
    VisitContext(ns);
  }

  // Records and enums of excluded namespaces that public declarations
  // expose (reachable_types.h), marked as such.
  void AddExposedTypes() {
    std::vector<const clang::TagDecl*> exposed = FindExposedTypes(
        *context_.getTranslationUnitDecl(),
        [this](clang::SourceLocation loc) { return filter_.Locate(loc); },
        [this](const clang::Decl& decl) { return IsPublicEntity(decl); });
    for (const clang::TagDecl* tag : exposed) {
      const char* kind = "enum:";
      if (const auto* record = llvm::dyn_cast<clang::RecordDecl>(tag)) {
        AddRecord(*record, nullptr);
        kind = "record:";
      } else if (const auto* enumeration = llvm::dyn_cast<clang::EnumDecl>(tag)) {
        AddEnum(*enumeration);
      }
      auto it = by_id_.find(absl::StrCat(kind, printer_.QualifiedName(*tag)));
      if (it != by_id_.end()) it->second->set_exposed_detail(true);
    }
  }

  void AddNamespace(const clang::NamespaceDecl& ns) {
    Decl* decl = Begin(ns, NAMESPACE);
    if (!decl) return;
    decl->set_qualified_name(NamespacePath(ns));
    decl->set_id(absl::StrCat("namespace:", decl->qualified_name()));
    decl->mutable_namespace_decl()->set_is_inline(ns.isInline());
    Keep(decl);
  }

  // Names, linkage and access: what decides that users can reach `decl`.
  bool IsPublicEntity(const clang::Decl& decl) {
    const auto* named = llvm::dyn_cast<clang::NamedDecl>(&decl);
    if (named == nullptr || HasReservedName(*named)) return false;
    if (decl.isInAnonymousNamespace()) return false;
    // Private methods are recorded, marked private, so that a method made
    // private reads as an access change rather than a removal; the differ
    // ignores them otherwise. Other private members are not recorded
    // (private fields are recorded with their record's layout).
    if (decl.getAccess() == clang::AS_private && !IsMethod(decl)) {
      return false;
    }
    // A template is as visible as the declaration it is the pattern of.
    const clang::Decl* entity = &decl;
    if (const auto* tmpl = llvm::dyn_cast<clang::TemplateDecl>(&decl)) {
      if (tmpl->getTemplatedDecl() != nullptr) entity = tmpl->getTemplatedDecl();
    }
    if (const auto* function = llvm::dyn_cast<clang::FunctionDecl>(entity)) {
      if (function->getStorageClass() == clang::SC_Static &&
          !function->isCXXClassMember()) {
        return false;
      }
    }
    if (const auto* variable = llvm::dyn_cast<clang::VarDecl>(entity)) {
      // Namespace-scope `const` variables have internal linkage in C++ but
      // are API all the same, `static const` and `static constexpr` ones
      // too: their values are compiled into users. Only a `static` mutable
      // variable (a private copy per TU) is not API.
      if (variable->getStorageClass() == clang::SC_Static &&
          !variable->isStaticDataMember() && !variable->getType().isConstQualified()) {
        return false;
      }
      if (variable->isLocalVarDeclOrParm()) return false;
    }
    return true;
  }

  static bool IsMethod(const clang::Decl& decl) {
    const clang::Decl* entity = &decl;
    if (const auto* tmpl = llvm::dyn_cast<clang::FunctionTemplateDecl>(&decl)) {
      entity = tmpl->getTemplatedDecl();
    }
    return llvm::isa_and_nonnull<clang::CXXMethodDecl>(entity);
  }

  // `void Widget::draw() {}` in a header: the declaration inside the class
  // is the one recorded (some facts, such as `= 0`, are only on it), so
  // the result does not depend on which of the two a TU sees first.
  static bool IsOutOfLineMember(const clang::Decl& decl) {
    return decl.isOutOfLine() && decl.getDeclContext()->isRecord();
  }

  // Declarations live on the snapshot's arena when it has one (the
  // plugin's), which spares a malloc and a free per message.
  Decl* NewDecl() { return google::protobuf::Arena::CreateMessage<Decl>(arena_); }

  void Discard(Decl* decl) {
    if (arena_ == nullptr) delete decl;
  }

  // Fills what every declaration has; null when not in a public header.
  Decl* Begin(const clang::NamedDecl& named, DeclKind kind) {
    if (!filter_.Locate(named.getLocation(), &location_)) return nullptr;
    Decl* decl = NewDecl();
    decl->set_kind(kind);
    decl->set_qualified_name(printer_.QualifiedName(named));
    Location* location = decl->mutable_location();
    location->set_file(location_.file());
    location->set_line(location_.line());
    *decl->mutable_stability() = marks_.Effective(named);
    decl->set_access(ToAccess(named.getAccess()));
    return decl;
  }

  // A complete record replaces a forward declaration; otherwise the
  // earliest sighting wins (IsEarlier), so the result does not depend on
  // the order in which headers are included.
  void Keep(Decl* decl) {
    auto it = by_id_.find(decl->id());
    if (it == by_id_.end()) {
      by_id_.emplace(decl->id(), decl);
      return;
    }
    Decl* kept = it->second;
    bool completes = decl->has_record() && decl->record().is_complete() &&
                     !kept->record().is_complete();
    bool same_completeness =
        !decl->has_record() || decl->record().is_complete() == kept->record().is_complete();
    if (completes || (same_completeness && IsEarlier(decl->location(), kept->location()))) {
      // The key views the kept declaration's id: re-keyed before it goes.
      it = by_id_.erase(it);
      by_id_.emplace_hint(it, decl->id(), decl);
      std::swap(kept, decl);
    }
    Discard(decl);
  }

  std::string DefaultText(const clang::ParmVarDecl& param) {
    return WrittenText(param.getDefaultArgRange(), sources_, context_.getLangOpts());
  }

  // `tmpl` is the function template `function` is the pattern of, if any.
  void AddFunction(const clang::FunctionDecl& function,
                   const clang::FunctionTemplateDecl* tmpl) {
    if (function.isDeleted() && function.getAccess() == clang::AS_private) {
      return;  // the pre-C++11 idiom for "not copyable"; not an entry point
    }
    if (IsOutOfLineMember(function)) return;
    // Visited once per redeclaration; recorded once, from the one chosen.
    if (&ShownRedeclaration(function) != &function) return;
    Decl* decl = Begin(function, FUNCTION);
    if (!decl) return;
    Function* facts = decl->mutable_function();
    const auto* proto = function.getType()->getAs<clang::FunctionProtoType>();
    // Default arguments accumulate over redeclarations: the latest has all.
    const clang::FunctionDecl& latest = LatestRedeclaration(function);
    for (unsigned i = 0; i < function.getNumParams(); ++i) {
      const clang::ParmVarDecl& param = *function.getParamDecl(i);
      Parameter* out = facts->add_parameters();
      out->set_name(param.getName().str());
      // The function type drops top-level const and decays arrays: what
      // callers and the mangled name see.
      clang::QualType adjusted =
          proto && i < proto->getNumParams() ? proto->getParamType(i) : param.getType();
      printer_.Describe(param.getOriginalType(), adjusted, *out->mutable_type());
      const clang::ParmVarDecl& with_default =
          i < latest.getNumParams() ? *latest.getParamDecl(i) : param;
      if (with_default.hasDefaultArg() || with_default.hasUninstantiatedDefaultArg() ||
          with_default.hasUnparsedDefaultArg()) {
        out->set_has_default(true);
        out->set_default_text(DefaultText(with_default));
      }
    }
    printer_.Describe(function.getReturnType(), *facts->mutable_return_type());
    facts->set_is_variadic(function.isVariadic());
    facts->set_is_template(tmpl != nullptr);
    facts->set_is_deleted(function.isDeleted());
    facts->set_is_defaulted(function.isExplicitlyDefaulted());
    facts->set_is_constexpr(IsWrittenConstexpr(function));
    facts->set_is_consteval(function.isConsteval());
    facts->set_is_extern_c(function.isExternC());
    facts->set_is_inline(llvm::any_of(function.redecls(), [](const clang::FunctionDecl* redecl) {
      return redecl->isInlined();
    }));
    if (proto) facts->set_is_noexcept(IsNothrow(function, *proto));
    if (const auto* method = llvm::dyn_cast<clang::CXXMethodDecl>(&function)) {
      DescribeMethod(*method, *facts);
    }
    decl->set_id(DeclId(function, printer_));
    if (tmpl != nullptr) {
      DescribeTemplateHead(*tmpl->getTemplateParameters(), &function, context_, printer_, *decl);
    } else {
      DescribeTrailingRequiresClause(function, context_, *decl);
    }
    AddMangledNames(function, *decl);
    Keep(decl);
  }

  // A redeclaration Visit records: in a public header, and not a friend,
  // block-scope or out-of-line member declaration.
  bool IsRecordable(const clang::FunctionDecl& redecl) {
    return !redecl.isInvalidDecl() &&
           redecl.getFriendObjectKind() == clang::Decl::FOK_None &&
           !compat::IsLocalExternDecl(redecl) && !IsOutOfLineMember(redecl) &&
           filter_.Locate(redecl.getLocation());
  }

  // Whether `a` rather than `b` provides a function's location and parameter
  // names: a declaration before a definition (a header may declare what
  // another header, included by some TUs only, defines), then the earlier
  // by file and line, so that the choice does not depend on what the TU
  // includes or in which order.
  bool ShownBefore(const clang::FunctionDecl& a, const clang::FunctionDecl& b) {
    bool a_defines = a.isThisDeclarationADefinition();
    if (a_defines != b.isThisDeclarationADefinition()) return !a_defines;
    Location a_at, b_at;
    filter_.Locate(a.getLocation(), &a_at);
    filter_.Locate(b.getLocation(), &b_at);
    if (IsEarlier(a_at, b_at) != IsEarlier(b_at, a_at)) return IsEarlier(a_at, b_at);
    return sources_.isBeforeInTranslationUnit(a.getLocation(), b.getLocation());
  }

  const clang::FunctionDecl& ShownRedeclaration(const clang::FunctionDecl& function) {
    const clang::FunctionDecl* shown = &function;
    for (const clang::FunctionDecl* redecl : function.redecls()) {
      if (redecl != shown && IsRecordable(*redecl) && ShownBefore(*redecl, *shown)) {
        shown = redecl;
      }
    }
    return *shown;
  }

  // The recordable redeclaration parsed last (`function` when alone).
  const clang::FunctionDecl& LatestRedeclaration(const clang::FunctionDecl& function) {
    for (const clang::FunctionDecl* redecl = function.getMostRecentDecl();
         redecl != nullptr && redecl != &function; redecl = redecl->getPreviousDecl()) {
      if (IsRecordable(*redecl)) return *redecl;
    }
    return function;
  }

  // `constexpr` as the header says it. Clang also marks a defaulted special
  // member constexpr when its implicit definition would be, which the user
  // never promised and which changes with members' types: not recorded.
  // (A `constexpr` hidden in a macro on a defaulted member reads as absent.)
  bool IsWrittenConstexpr(const clang::FunctionDecl& function) {
    if (!function.isConstexpr()) return false;
    if (!function.isDefaulted()) return true;
    if (function.isImplicit()) return false;
    clang::SourceRange specifiers(function.getBeginLoc(), function.getLocation());
    std::string written = WrittenText(specifiers, sources_, context_.getLangOpts());
    return HasWord(written, "constexpr") || HasWord(written, "consteval");
  }

  void DescribeMethod(const clang::CXXMethodDecl& method, Function& facts) {
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
    facts.set_is_pure(compat::IsPureVirtual(method));
    facts.set_is_override(method.size_overridden_methods() > 0);
    facts.set_is_final(method.hasAttr<clang::FinalAttr>());
    facts.set_is_const(method.isConst());
    facts.set_is_volatile(method.isVolatile());
    switch (method.getRefQualifier()) {
      case clang::RQ_LValue: facts.set_ref_qualifier(REF_LVALUE); break;
      case clang::RQ_RValue: facts.set_ref_qualifier(REF_RVALUE); break;
      case clang::RQ_None: break;
    }
  }

  void AddMangledNames(const clang::FunctionDecl& function, Decl& decl) {
    // Templated and dependent declarations have no symbol, and asking for
    // one crashes a Clang built without assertions.
    if (function.isDependentContext() || function.getDescribedFunctionTemplate() ||
        function.isDeleted() || function.isConsteval() ||
        !compat::HasExternalLinkage(function)) {
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

  // `tmpl` is the class template `record` is the pattern of, if any: its
  // members are recorded from the pattern, uninstantiated.
  void AddRecord(const clang::RecordDecl& record, const clang::ClassTemplateDecl* tmpl) {
    // The injected-class-name is a CXXRecordDecl member (only) from Clang 22.
    const auto* cxx = llvm::dyn_cast<clang::CXXRecordDecl>(&record);
    if (cxx != nullptr && (cxx->isLambda() || cxx->isInjectedClassName())) return;
    if (!record.getIdentifier() && !record.getTypedefNameForAnonDecl()) {
      return;  // anonymous members are part of their parent's layout
    }
    const clang::RecordDecl* definition = record.getDefinition();
    if (definition != nullptr && definition != &record) {
      // A forward declaration: the definition, if public, is recorded when
      // visited; otherwise the type is opaque to users.
      if (filter_.Locate(definition->getLocation())) return;
    }
    Decl* decl = Begin(record, RECORD);
    if (!decl) return;
    decl->set_id(DeclId(record, printer_));
    Record* facts = decl->mutable_record();
    facts->set_record_kind(record.isUnion() ? UNION : record.isClass() ? CLASS : STRUCT);
    facts->set_is_template(tmpl != nullptr);
    facts->set_is_complete(definition == &record);
    if (tmpl != nullptr) {
      DescribeTemplateHead(*tmpl->getTemplateParameters(), nullptr, context_, printer_, *decl);
    }
    if (definition == &record) {
      DescribeRecordDefinition(record, context_, printer_, *facts);
      Keep(decl);
      VisitContext(record);
      return;
    }
    Keep(decl);
  }

  void AddEnum(const clang::EnumDecl& enumeration) {
    const clang::EnumDecl* definition = enumeration.getDefinition();
    if (definition != nullptr && definition != &enumeration) return;
    Decl* decl = Begin(enumeration, ENUM);
    if (!decl) return;
    std::string name = EnumName(enumeration, printer_);
    if (name.empty()) {  // an anonymous enum without enumerators has no stable name
      Discard(decl);
      return;
    }
    decl->set_qualified_name(name);
    decl->set_id(DeclId(enumeration, printer_));
    Enum* facts = decl->mutable_enum_decl();
    facts->set_is_scoped(enumeration.isScoped());
    facts->set_is_fixed(enumeration.isFixed());
    printer_.Describe(enumeration.getIntegerType(), *facts->mutable_underlying_type());
    for (const clang::EnumConstantDecl* constant : enumeration.enumerators()) {
      Enumerator* out = facts->add_enumerators();
      out->set_name(constant->getName().str());
      out->set_value(IntegerText(constant->getInitVal()));
      out->set_line(sources_.getPresumedLineNumber(sources_.getExpansionLoc(constant->getLocation())));
    }
    Keep(decl);
  }

  void AddTypedef(const clang::TypedefNameDecl& alias, const clang::TypeAliasTemplateDecl* tmpl) {
    Decl* decl = Begin(alias, TYPEDEF);
    if (!decl) return;
    decl->set_id(DeclId(alias, printer_));
    printer_.Describe(alias.getUnderlyingType(), *decl->mutable_typedef_decl()->mutable_target());
    if (tmpl != nullptr) {
      DescribeTemplateHead(*tmpl->getTemplateParameters(), nullptr, context_, printer_, *decl);
    }
    Keep(decl);
  }

  void AddVariable(const clang::VarDecl& variable, const clang::VarTemplateDecl* tmpl) {
    if (IsOutOfLineMember(variable)) return;
    Decl* decl = Begin(variable, VARIABLE);
    if (!decl) return;
    decl->set_id(DeclId(variable, printer_));
    Variable* facts = decl->mutable_variable();
    printer_.Describe(variable.getType(), *facts->mutable_type());
    facts->set_is_const(variable.getType().isConstQualified());
    facts->set_is_constexpr(variable.isConstexpr());
    facts->set_is_static_member(variable.isStaticDataMember());
    facts->set_is_extern_c(variable.isExternC());
    if (tmpl != nullptr) {
      // A variable template is a pattern: it has neither a value of its
      // own nor a symbol, and evaluating it is not meaningful.
      DescribeTemplateHead(*tmpl->getTemplateParameters(), nullptr, context_, printer_, *decl);
    } else {
      facts->set_value(ConstantValue(variable));
      AddMangledName(variable, *decl);
    }
    Keep(decl);
  }

  void AddMangledName(const clang::VarDecl& variable, Decl& decl) {
    if (!variable.getType()->isDependentType() && !variable.isInvalidDecl() &&
        compat::HasExternalLinkage(variable) &&
        !variable.getDeclContext()->isDependentContext()) {
      decl.add_mangled_names(names_.getName(&variable));
    }
  }

  // The value of a constant as decimal text (integers, enums as their
  // integer value, bools as true/false, floating point as the shortest text
  // that reads back exactly); "" when there is none.
  std::string ConstantValue(const clang::VarDecl& variable) {
    const clang::Expr* init = variable.getInit();
    // Any `const` one, not only those C++ lets constant expressions use:
    // a `static const double` or a C header's `static const int` is
    // compiled into users all the same, and C and C++ TUs must agree.
    if (init == nullptr || init->isValueDependent() ||
        variable.getDeclContext()->isDependentContext() ||
        !(variable.getType().isConstQualified() ||
          variable.isUsableInConstantExpressions(context_))) {
      return "";
    }
    // `const char* const kAnchor = "..."`, `const char kName[] = "..."`:
    // the text is compiled into users as a number would be.
    if (const auto* literal =
            llvm::dyn_cast<clang::StringLiteral>(init->IgnoreParenImpCasts())) {
      std::string text;
      llvm::raw_string_ostream out(text);
      literal->outputString(out);
      out.flush();
      return ValidUtf8(text);
    }
    const clang::APValue* value = variable.evaluateValue();
    if (value == nullptr) return "";
    if (value->isInt()) {
      if (variable.getType()->isBooleanType()) return value->getInt().getBoolValue() ? "true" : "false";
      return IntegerText(value->getInt());
    }
    if (value->isFloat()) {
      llvm::SmallString<32> text;
      value->getFloat().toString(text);
      return std::string(text);
    }
    return "";
  }

  Snapshot& snapshot_;
  google::protobuf::Arena* arena_;  // null: on the heap
  clang::ASTContext& context_;
  clang::Preprocessor* preprocessor_;  // null: no macros
  const clang::SourceManager& sources_;
  PublicFilter filter_;
  TypePrinter printer_;
  StabilityMarks marks_;
  clang::ASTNameGenerator names_;
  Location location_;  // Begin's scratch: its string keeps its capacity
  // A public header declared an excluded namespace, whose types public
  // declarations may expose: only then are they looked for.
  bool saw_excluded_ = false;
  // Ordered, so the snapshot comes out sorted by id; keys view the ids of
  // the declarations they map to.
  std::map<absl::string_view, Decl*> by_id_;
};

}  // namespace

void CollectPublicApi(clang::ASTContext& context, clang::Preprocessor* preprocessor,
                      const CollectorOptions& options, Snapshot& snapshot) {
  Collector(context, preprocessor, options, snapshot).Run();
}

}  // namespace apicompat
