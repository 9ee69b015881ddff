#include "use_collector.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "decl_id.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"
#include "plugin_options.h"
#include "public_filter.h"
#include "type_printer.h"

namespace apicompat {
namespace {

// One use; its strings are interned by the State (stable addresses), or
// are identifiers of the AST (a member's name).
struct Found {
  const std::string* id;
  llvm::StringRef member;
  UseKind kind;
  const std::string* file;
  unsigned line;

  auto Key() const {
    return std::make_tuple(llvm::StringRef(*id), member, llvm::StringRef(*file), line, kind);
  }
};

// The record a field of an anonymous struct or union belongs to for users:
// the nearest named one around it.
const clang::RecordDecl* NamedRecord(const clang::RecordDecl* record) {
  while (record != nullptr && record->getIdentifier() == nullptr &&
         record->getTypedefNameForAnonDecl() == nullptr) {
    record = llvm::dyn_cast<clang::RecordDecl>(record->getDeclContext());
  }
  return record;
}

// What a snapshot records for `decl`: the pattern of a template's
// instantiation or specialization, the member of a class template that a
// member of its instantiation comes from.
const clang::NamedDecl* Recorded(const clang::NamedDecl* decl) {
  if (const auto* function = llvm::dyn_cast<clang::FunctionDecl>(decl)) {
    if (const clang::FunctionDecl* pattern =
            function->getTemplateInstantiationPattern(/*ForDefinition=*/false)) {
      return pattern;
    }
    if (const clang::FunctionTemplateDecl* tmpl = function->getPrimaryTemplate()) {
      return tmpl->getTemplatedDecl();
    }
    return function;
  }
  if (const auto* spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(decl)) {
    return spec->getSpecializedTemplate()->getTemplatedDecl();
  }
  if (const auto* record = llvm::dyn_cast<clang::CXXRecordDecl>(decl)) {
    if (const clang::CXXRecordDecl* from = record->getInstantiatedFromMemberClass()) return from;
    return record;
  }
  if (const auto* enumeration = llvm::dyn_cast<clang::EnumDecl>(decl)) {
    if (const clang::EnumDecl* from = enumeration->getInstantiatedFromMemberEnum()) return from;
    return enumeration;
  }
  if (const auto* spec = llvm::dyn_cast<clang::VarTemplateSpecializationDecl>(decl)) {
    return spec->getSpecializedTemplate()->getTemplatedDecl();
  }
  if (const auto* variable = llvm::dyn_cast<clang::VarDecl>(decl)) {
    if (const clang::VarDecl* from = variable->getInstantiatedFromStaticDataMember()) return from;
    return variable;
  }
  // A member typedef of an instantiation: the pattern's of that name.
  const auto* parent =
      llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(decl->getDeclContext());
  if (parent != nullptr && llvm::isa<clang::TypedefNameDecl>(decl)) {
    const clang::CXXRecordDecl* pattern = parent->getSpecializedTemplate()->getTemplatedDecl();
    for (const clang::NamedDecl* found : pattern->lookup(decl->getDeclName())) {
      if (llvm::isa<clang::TypedefNameDecl>(found)) return found;
    }
  }
  return decl;
}

// The declaration a type names: a record or enum, a typedef, or the
// template of a template specialization (dependent ones included).
const clang::NamedDecl* NamedByType(const clang::Type* type) {
  if (const auto* typedef_type = llvm::dyn_cast<clang::TypedefType>(type)) {
    return typedef_type->getDecl();
  }
  if (const auto* tst = llvm::dyn_cast<clang::TemplateSpecializationType>(type)) {
    return tst->getTemplateName().getAsTemplateDecl();
  }
  if (const auto* deduced = llvm::dyn_cast<clang::DeducedTemplateSpecializationType>(type)) {
    return deduced->getTemplateName().getAsTemplateDecl();
  }
  if (llvm::isa<clang::TagType>(type)) return type->getAsTagDecl();
  return nullptr;
}

}  // namespace

class UseCollector::State {
 public:
  State(clang::CompilerInstance& compiler, std::vector<std::string> uses_of, std::string root,
        std::string working_dir)
      : compiler_(compiler),
        uses_of_(std::move(uses_of)),
        root_(std::move(root)),
        working_dir_(std::move(working_dir)) {}

  // The dependency's headers: asked of every declaration used and every
  // file a use is in, decided once per file (PublicFilter caches it).
  PublicFilter& Dependency() {
    if (!filter_) {
      filter_.emplace(compiler_.getSourceManager(), uses_of_, std::vector<std::string>(),
                      working_dir_);
    }
    return *filter_;
  }

  const clang::SourceManager& Sources() { return compiler_.getSourceManager(); }
  clang::Preprocessor& Preprocessor() { return compiler_.getPreprocessor(); }

  // Whether the file location `loc` is in the consumer's own code.
  bool IsConsumerCode(clang::SourceLocation loc) {
    return !Sources().isInSystemHeader(loc) && !Dependency().Locate(loc);
  }

  // Whether a declaration at `loc` may hold uses by the consumer.
  bool MayHoldUses(clang::SourceLocation loc) {
    return loc.isInvalid() || IsConsumerCode(Sources().getExpansionLoc(loc));
  }

  // Records a use of the declaration `id` (null: not the dependency's) at
  // `loc`, if the token there is written in the consumer's code and
  // expanded there (in a macro of the dependency, it is the macro's use).
  void Add(const std::string* id, llvm::StringRef member, UseKind kind, clang::SourceLocation loc) {
    if (id == nullptr || loc.isInvalid()) return;
    const clang::SourceManager& sources = Sources();
    clang::SourceLocation expansion = sources.getExpansionLoc(loc);
    if (!IsConsumerCode(expansion)) return;
    if (loc.isMacroID() && !IsConsumerCode(sources.getSpellingLoc(loc))) return;
    clang::PresumedLoc presumed = sources.getPresumedLoc(expansion);
    if (presumed.isInvalid()) return;
    const std::string* file = FileName(presumed.getFilename());
    if (file == nullptr) return;
    found_.push_back(Found{id, member, kind, file, presumed.getLine()});
  }

  // The id of `decl` as the dependency's snapshot has it; null when it is
  // not declared in the dependency's headers.
  const std::string* IdOf(const clang::NamedDecl* decl) {
    if (decl == nullptr) return nullptr;
    auto [it, inserted] = ids_.try_emplace(decl, nullptr);
    if (!inserted) return it->second;
    const clang::NamedDecl* recorded = Recorded(decl);
    bool in_dependency = llvm::any_of(recorded->redecls(), [this](const clang::Decl* redecl) {
      return Dependency().Locate(redecl->getLocation());
    });
    if (in_dependency) {
      std::string id = DeclId(*recorded, printer_);
      if (!id.empty()) it->second = &Intern(std::move(id));
    }
    return it->second;
  }

  // The id of the record or enum holding the field or enumerator `member`.
  const std::string* ParentIdOf(const clang::NamedDecl* member) {
    const auto* parent = llvm::dyn_cast<clang::NamedDecl>(member->getDeclContext());
    if (const auto* record = llvm::dyn_cast_or_null<clang::RecordDecl>(parent)) {
      parent = NamedRecord(record);
    }
    return IdOf(parent);
  }

  void AddMacro(const clang::Token& name, const clang::MacroDefinition& definition) {
    const clang::MacroInfo* info = definition.getMacroInfo();
    const clang::IdentifierInfo* identifier = name.getIdentifierInfo();
    if (info == nullptr || identifier == nullptr) return;
    // As the collector: macros named with a leading underscore are not
    // recorded, built-in ones have no header.
    llvm::StringRef spelled = identifier->getName();
    if (spelled.empty() || spelled[0] == '_' || info->isBuiltinMacro()) return;
    if (!Dependency().Locate(info->getDefinitionLoc())) return;
    auto [it, inserted] = macro_ids_.try_emplace(spelled, nullptr);
    if (inserted) it->second = &Intern(("macro:" + spelled).str());
    Add(it->second, "", MACRO_EXPANSION, name.getLocation());
  }

  void Collect(clang::ASTContext& context, Snapshot& snapshot);

 private:
  const std::string& Intern(std::string text) { return *strings_.insert(std::move(text)).first; }

  // A use site's file: relative to the project root, or its file name
  // outside it; null for the compiler's own buffers (<built-in>).
  const std::string* FileName(llvm::StringRef presumed) {
    auto [it, inserted] = files_.try_emplace(presumed, nullptr);
    if (inserted && !presumed.empty() && presumed.front() != '<') {
      std::string file = PublicFilter::Normalize(presumed.str(), working_dir_);
      it->second =
          &Intern(ProjectRelative(file, root_).value_or(llvm::sys::path::filename(file).str()));
    }
    return it->second;
  }

  clang::CompilerInstance& compiler_;
  std::vector<std::string> uses_of_;
  std::string root_;
  std::string working_dir_;
  std::optional<PublicFilter> filter_;  // made once the main file is known
  TypePrinter printer_;
  std::unordered_set<std::string> strings_;  // node-based: addresses are stable
  llvm::DenseMap<const clang::NamedDecl*, const std::string*> ids_;
  llvm::StringMap<const std::string*> macro_ids_;
  llvm::StringMap<const std::string*> files_;
  std::vector<Found> found_;
};

namespace {

// Forwards the preprocessor's macro expansions to the state.
class MacroWatcher : public clang::PPCallbacks {
 public:
  explicit MacroWatcher(std::shared_ptr<UseCollector::State> state) : state_(std::move(state)) {}

  void MacroExpands(const clang::Token& name, const clang::MacroDefinition& definition,
                    clang::SourceRange, const clang::MacroArgs*) override {
    state_->AddMacro(name, definition);
  }

 private:
  std::shared_ptr<UseCollector::State> state_;
};

// Walks the consumer's declarations (those of system and dependency
// headers are skipped whole) and records the uses in them.
class UseVisitor : public clang::RecursiveASTVisitor<UseVisitor> {
  using Base = clang::RecursiveASTVisitor<UseVisitor>;

 public:
  explicit UseVisitor(UseCollector::State& state) : state_(state) {}

  bool TraverseDecl(clang::Decl* decl) {
    if (decl == nullptr) return true;
    if (!llvm::isa<clang::TranslationUnitDecl>(decl) && !state_.MayHoldUses(decl->getLocation())) {
      return true;
    }
    return Base::TraverseDecl(decl);
  }

  // Calls: the callee is named by a DeclRefExpr or a MemberExpr, visited
  // after the call.
  bool VisitCallExpr(clang::CallExpr* call) {
    if (const clang::Expr* callee = call->getCallee())
      callees_.insert(callee->IgnoreParenImpCasts());
    return true;
  }

  bool VisitUnaryOperator(clang::UnaryOperator* op) {
    if (op->getOpcode() == clang::UO_AddrOf) {
      address_taken_.insert(op->getSubExpr()->IgnoreParens());
    }
    return true;
  }

  bool VisitDeclRefExpr(clang::DeclRefExpr* ref) {
    const clang::ValueDecl* decl = ref->getDecl();
    clang::SourceLocation loc = ref->getLocation();
    bool address = address_taken_.count(ref) > 0;
    if (const auto* constant = llvm::dyn_cast<clang::EnumConstantDecl>(decl)) {
      state_.Add(state_.ParentIdOf(constant), constant->getName(), ENUMERATOR, loc);
    } else if (const auto* function = llvm::dyn_cast<clang::FunctionDecl>(decl)) {
      AddFunction(function, callees_.count(ref) > 0 ? CALL : ADDRESS_TAKEN, loc);
    } else if (const auto* field = llvm::dyn_cast<clang::FieldDecl>(decl)) {
      // `&S::field`, a pointer to member.
      state_.Add(state_.ParentIdOf(field), field->getName(),
                 address ? ADDRESS_TAKEN : MEMBER_ACCESS, loc);
    } else if (const auto* variable = llvm::dyn_cast<clang::VarDecl>(decl)) {
      if (variable->hasGlobalStorage() && !variable->isStaticLocal()) {
        state_.Add(state_.IdOf(variable), "", address ? ADDRESS_TAKEN : CONSTANT, loc);
      }
    }
    return true;
  }

  bool VisitMemberExpr(clang::MemberExpr* member) {
    const clang::ValueDecl* decl = member->getMemberDecl();
    clang::SourceLocation loc = member->getMemberLoc();
    if (const auto* field = llvm::dyn_cast<clang::FieldDecl>(decl)) {
      if (!field->getName().empty()) {
        state_.Add(state_.ParentIdOf(field), field->getName(), MEMBER_ACCESS, loc);
      }
    } else if (const auto* method = llvm::dyn_cast<clang::CXXMethodDecl>(decl)) {
      AddFunction(method, CALL, loc);
    } else if (const auto* variable = llvm::dyn_cast<clang::VarDecl>(decl)) {
      state_.Add(state_.IdOf(variable), "", CONSTANT, loc);
    }
    return true;
  }

  // In a template of the consumer, a call whose overload depends on the
  // template's arguments names every candidate.
  bool VisitUnresolvedLookupExpr(clang::UnresolvedLookupExpr* lookup) {
    for (const clang::NamedDecl* candidate : lookup->decls()) {
      const clang::NamedDecl* target = candidate->getUnderlyingDecl();
      if (const auto* tmpl = llvm::dyn_cast<clang::FunctionTemplateDecl>(target)) {
        target = tmpl->getTemplatedDecl();
      }
      if (const auto* function = llvm::dyn_cast<clang::FunctionDecl>(target)) {
        state_.Add(state_.IdOf(function), "", CALL, lookup->getNameLoc());
      }
    }
    return true;
  }

  // A user-declared constructor is a declaration of the snapshot; an
  // implicit one is not, and its record stands for it.
  bool VisitCXXConstructExpr(clang::CXXConstructExpr* construct) {
    const clang::CXXConstructorDecl* constructor = construct->getConstructor();
    if (constructor == nullptr) return true;
    const clang::NamedDecl* used = constructor;
    if (constructor->isImplicit()) used = constructor->getParent();
    state_.Add(state_.IdOf(used), "", CONSTRUCTION, construct->getLocation());
    return true;
  }

  bool VisitCXXMethodDecl(clang::CXXMethodDecl* method) {
    AddOverrides(method, method->getLocation(), 0);
    return true;
  }

  bool TraverseCXXBaseSpecifier(const clang::CXXBaseSpecifier& base) {
    const clang::Type* type = base.getType().getTypePtrOrNull();
    if (type != nullptr) {
      const clang::NamedDecl* named = NamedByType(type);
      if (const auto* record = base.getType()->getAsCXXRecordDecl()) named = record;
      state_.Add(state_.IdOf(named), "", BASE, base.getBeginLoc());
    }
    return With(context_.in_base, true, [&] { return Base::TraverseCXXBaseSpecifier(base); });
  }

  // Types: by value unless under a pointer, reference or member pointer;
  // the template arguments and the parameters and result of a function
  // type start afresh. A qualifier (`lib::Widget::` in
  // `lib::Widget::create()`) is no use of its type by itself.
  bool TraversePointerTypeLoc(clang::PointerTypeLoc loc) {
    return Indirect([&] { return Base::TraversePointerTypeLoc(loc); });
  }
  bool TraverseLValueReferenceTypeLoc(clang::LValueReferenceTypeLoc loc) {
    return Indirect([&] { return Base::TraverseLValueReferenceTypeLoc(loc); });
  }
  bool TraverseRValueReferenceTypeLoc(clang::RValueReferenceTypeLoc loc) {
    return Indirect([&] { return Base::TraverseRValueReferenceTypeLoc(loc); });
  }
  bool TraverseMemberPointerTypeLoc(clang::MemberPointerTypeLoc loc) {
    return Indirect([&] { return Base::TraverseMemberPointerTypeLoc(loc); });
  }
  bool TraverseTemplateArgumentLoc(const clang::TemplateArgumentLoc& argument) {
    return With(context_, TypeContext(),
                [&] { return Base::TraverseTemplateArgumentLoc(argument); });
  }
  bool TraverseFunctionProtoTypeLoc(clang::FunctionProtoTypeLoc loc) {
    return With(context_, TypeContext(), [&] { return Base::TraverseFunctionProtoTypeLoc(loc); });
  }
  bool TraverseNestedNameSpecifierLoc(clang::NestedNameSpecifierLoc qualifier) {
    return With(context_.in_qualifier, true,
                [&] { return Base::TraverseNestedNameSpecifierLoc(qualifier); });
  }

  bool VisitTypeLoc(clang::TypeLoc loc) {
    if (loc.getTypeLocClass() == clang::TypeLoc::Qualified) return true;
    const clang::Type* type = loc.getTypePtr();
    const clang::NamedDecl* named = NamedByType(type);
    if (named == nullptr) return true;
    const std::string* id = state_.IdOf(named);
    if (id == nullptr) return true;
    clang::SourceLocation at = loc.getBeginLoc();
    bool specialization = llvm::isa<clang::TemplateSpecializationType>(type) ||
                          llvm::isa<clang::DeducedTemplateSpecializationType>(type);
    if (specialization) state_.Add(id, "", TEMPLATE_INSTANTIATION, at);
    if (context_.in_qualifier || context_.in_base) return true;
    state_.Add(id, "", context_.indirection > 0 ? TYPE_BY_REFERENCE : TYPE_BY_VALUE, at);
    return true;
  }

 private:
  // Where a type is named: what its use is.
  struct TypeContext {
    int indirection = 0;        // pointers, references, member pointers around it
    bool in_qualifier = false;  // a nested name specifier
    bool in_base = false;       // a base specifier (the BASE use is recorded)
  };

  // `traverse()` with `variable` set to `value` meanwhile.
  template <typename T, typename Traverse>
  static bool With(T& variable, T value, Traverse traverse) {
    T saved = variable;
    variable = value;
    bool result = traverse();
    variable = saved;
    return result;
  }

  template <typename Traverse>
  bool Indirect(Traverse traverse) {
    return With(context_.indirection, context_.indirection + 1, traverse);
  }

  void AddFunction(const clang::FunctionDecl* function, UseKind kind, clang::SourceLocation loc) {
    if (function->isImplicit()) return;  // implicit members are no declarations of the snapshot
    const std::string* id = state_.IdOf(function);
    state_.Add(id, "", kind, loc);
    if (function->isFunctionTemplateSpecialization()) {
      state_.Add(id, "", TEMPLATE_INSTANTIATION, loc);
    }
  }

  // The dependency's virtual methods `method` overrides, through the
  // consumer's own overriders in between.
  void AddOverrides(const clang::CXXMethodDecl* method, clang::SourceLocation loc, int depth) {
    if (depth > 64) return;
    for (const clang::CXXMethodDecl* overridden : method->overridden_methods()) {
      if (const std::string* id = state_.IdOf(overridden)) {
        state_.Add(id, "", OVERRIDE, loc);
      } else {
        AddOverrides(overridden, loc, depth + 1);
      }
    }
  }

  UseCollector::State& state_;
  llvm::DenseSet<const clang::Expr*> callees_;
  llvm::DenseSet<const clang::Expr*> address_taken_;
  TypeContext context_;
};

}  // namespace

void UseCollector::State::Collect(clang::ASTContext& context, Snapshot& snapshot) {
  UseVisitor(*this).TraverseDecl(context.getTranslationUnitDecl());
  std::sort(found_.begin(), found_.end(),
            [](const Found& a, const Found& b) { return a.Key() < b.Key(); });
  found_.erase(std::unique(found_.begin(), found_.end(),
                           [](const Found& a, const Found& b) { return a.Key() == b.Key(); }),
               found_.end());
  for (const Found& found : found_) {
    Use* use = snapshot.add_uses();
    use->set_decl_id(*found.id);
    use->set_member(found.member.str());
    use->set_kind(found.kind);
    use->mutable_site()->set_file(*found.file);
    use->mutable_site()->set_line(found.line);
  }
  for (std::string& name : PublicDirNames(uses_of_, root_, working_dir_)) {
    snapshot.mutable_header()->add_uses_of(std::move(name));
  }
}

UseCollector::UseCollector(clang::CompilerInstance& compiler, std::vector<std::string> uses_of,
                           std::string root, std::string working_dir)
    : state_(std::make_shared<State>(compiler, std::move(uses_of), std::move(root),
                                     std::move(working_dir))) {}

UseCollector::~UseCollector() = default;

void UseCollector::WatchMacros() {
  state_->Preprocessor().addPPCallbacks(std::make_unique<MacroWatcher>(state_));
}

void UseCollector::Collect(clang::ASTContext& context, Snapshot& snapshot) {
  state_->Collect(context, snapshot);
}

}  // namespace apicompat
