#include "dependent_types.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/NestedNameSpecifier.h"
#include "clang/AST/TemplateBase.h"
#include "clang/AST/TemplateName.h"
#include "clang/Basic/Version.h"
#include "llvm/Support/raw_ostream.h"

namespace apicompat {
namespace {

#if CLANG_VERSION_MAJOR >= 22
using Qualifier = clang::NestedNameSpecifier;
#else
using Qualifier = const clang::NestedNameSpecifier*;
#endif

#if CLANG_VERSION_MAJOR >= 18
constexpr clang::ElaboratedTypeKeyword kNoKeyword = clang::ElaboratedTypeKeyword::None;
#else
constexpr clang::ElaboratedTypeKeyword kNoKeyword = clang::ETK_None;
#endif

// `typename X::template y<Z>`: before 22 a type class of its own, from 22 a
// template specialization of a dependent template name.
struct DependentTemplateId {
  clang::ElaboratedTypeKeyword keyword;
  Qualifier qualifier;
  const clang::IdentifierInfo* name;
  llvm::ArrayRef<clang::TemplateArgument> args;
};

bool AsDependentTemplateId(const clang::Type* type, DependentTemplateId& out) {
#if CLANG_VERSION_MAJOR >= 22
  const auto* id = llvm::dyn_cast<clang::TemplateSpecializationType>(type);
  const clang::DependentTemplateName* name =
      id ? id->getTemplateName().getAsDependentTemplateName() : nullptr;
  if (name == nullptr || name->getName().getIdentifier() == nullptr) return false;
  out = {id->getKeyword(), name->getQualifier(), name->getName().getIdentifier(),
         id->template_arguments()};
#else
  const auto* id = llvm::dyn_cast<clang::DependentTemplateSpecializationType>(type);
  if (id == nullptr || id->getIdentifier() == nullptr) return false;
  out = {id->getKeyword(), id->getQualifier(), id->getIdentifier(), id->template_arguments()};
#endif
  return true;
}

// The type a qualifier component names, or null (namespaces, `::`).
const clang::Type* QualifierType(Qualifier qualifier) {
#if CLANG_VERSION_MAJOR >= 22
  return qualifier.getKind() == clang::NestedNameSpecifier::Kind::Type ? qualifier.getAsType()
                                                                       : nullptr;
#else
  return qualifier != nullptr ? qualifier->getAsType() : nullptr;
#endif
}

Qualifier QualifierPrefix(Qualifier qualifier) {
#if CLANG_VERSION_MAJOR >= 22
  if (qualifier.getKind() == clang::NestedNameSpecifier::Kind::Namespace) {
    return qualifier.getAsNamespaceAndPrefix().Prefix;
  }
  return std::nullopt;
#else
  return qualifier != nullptr ? qualifier->getPrefix() : nullptr;
#endif
}

bool IsIdentifierChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// What Clang's spelling of a type gets wrong: the dependent names in it
// and the qualifiers of the names in its expressions.
struct Found {
  std::vector<const clang::Type*> types;
  std::vector<Qualifier> qualifiers;
};

struct Replacement {
  std::string from;
  std::string to;
  bool qualifier;  // `from` ends in `::` and a name follows
};

class Printer {
 public:
  Printer(const clang::PrintingPolicy& policy, bool canonical)
      : policy_(policy), canonical_(canonical) {}

  std::string Top(clang::QualType type, bool base_specifier) {
    // A base class is named without `typename` (`struct D : T::base`), and
    // Clang 19 keeps that keyword-less in its canonical type too.
    if (base_specifier) {
      bare_ = (canonical_ ? type.getCanonicalType() : type).getTypePtr();
    }
    std::string text = Print(type, policy_);
    return canonical_ ? WithParameterNames(std::move(text)) : WithoutDoubledTemplate(text);
  }

 private:
  // Clang's spelling of `type`, with each outermost dependent name in it
  // replaced by Clang 19's spelling of it.
  std::string Print(clang::QualType type, const clang::PrintingPolicy& policy) {
    // Types inside expressions are written ones; Clang 19 prints them
    // canonical too.
    if (canonical_) type = type.getCanonicalType();
    Found found;
    bool records = records_;
    records_ = canonical_ && policy.SuppressScope;
    Collect(type, /*inside_name=*/false, found);
    records_ = records;
    return FixNames(ClangPrint(type, policy), found, policy);
  }

  // `text` with what `found` lists replaced by Clang 19's spelling of it.
  std::string FixNames(const std::string& text, const Found& found,
                       const clang::PrintingPolicy& policy) {
    std::vector<Replacement> replacements;
    for (Qualifier qualifier : found.qualifiers) {
      std::string from;
      llvm::raw_string_ostream out(from);
#if CLANG_VERSION_MAJOR >= 22
      qualifier.print(out, policy);
#else
      qualifier->print(out, policy);
#endif
      out.flush();
      std::string to;
      AppendQualifier(qualifier, policy, to);
      if (from != to) replacements.push_back({std::move(from), std::move(to), true});
    }
    for (const clang::Type* name : found.types) {
      std::string from = ClangPrint(clang::QualType(name, 0), policy);
      std::string to = canonical_ ? Clang19(name, policy) : WithTypename(name, from);
      if (from != to) replacements.push_back({std::move(from), std::move(to), false});
    }
    return Replace(text, std::move(replacements));
  }

  static std::string ClangPrint(clang::QualType type, const clang::PrintingPolicy& policy) {
    std::string text;
    llvm::raw_string_ostream out(text);
    type.print(out, policy);
    out.flush();
    return text;
  }

  // Finds the outermost dependent names in `type` (and, inside a
  // qualifier, class template specializations), where Clang's printer
  // would reach them, and the names of the non-type template parameters
  // its expressions refer to. `inside_name`: within a dependent name,
  // which is printed here whole.
  void Collect(clang::QualType qualified, bool inside_name, Found& found) {
    if (qualified.isNull()) return;
    // Clang 19 prints a canonical type's expressions as the first
    // declaration that formed it wrote them, with its parameter names.
    if (canonical_) qualified = qualified.getCanonicalType();
    const clang::Type* type = qualified.getTypePtr();
    if (const auto* name = llvm::dyn_cast<clang::DependentNameType>(type)) {
      if (!inside_name) found.types.push_back(type);
      CollectQualifier(name->getQualifier(), found);
      return;
    }
    DependentTemplateId id;
    if (AsDependentTemplateId(type, id)) {
      if (!inside_name) found.types.push_back(type);
      CollectQualifier(id.qualifier, found);
      CollectArgs(id.args, true, found);
      return;
    }
    if (records_ && !inside_name &&
        (IsSpecialization(type) || llvm::isa<clang::TemplateSpecializationType>(type))) {
      found.types.push_back(type);
      return;
    }
    if (const auto* pointer = llvm::dyn_cast<clang::PointerType>(type)) {
      Collect(pointer->getPointeeType(), inside_name, found);
    } else if (const auto* reference = llvm::dyn_cast<clang::ReferenceType>(type)) {
      Collect(reference->getPointeeTypeAsWritten(), inside_name, found);
    } else if (const auto* member = llvm::dyn_cast<clang::MemberPointerType>(type)) {
      Collect(member->getPointeeType(), inside_name, found);
    } else if (const auto* array = llvm::dyn_cast<clang::ArrayType>(type)) {
      Collect(array->getElementType(), inside_name, found);
      if (const auto* sized = llvm::dyn_cast<clang::DependentSizedArrayType>(type)) {
        CollectExpr(sized->getSizeExpr(), inside_name, found);
      }
    } else if (const auto* function = llvm::dyn_cast<clang::FunctionType>(type)) {
      Collect(function->getReturnType(), inside_name, found);
      if (const auto* proto = llvm::dyn_cast<clang::FunctionProtoType>(type)) {
        for (clang::QualType param : proto->param_types()) Collect(param, inside_name, found);
        for (clang::QualType thrown : proto->exceptions()) Collect(thrown, inside_name, found);
        CollectExpr(proto->getNoexceptExpr(), inside_name, found);
      }
    } else if (const auto* id_type = llvm::dyn_cast<clang::TemplateSpecializationType>(type)) {
      CollectArgs(id_type->template_arguments(), inside_name, found);
    } else if (const auto* pack = llvm::dyn_cast<clang::PackExpansionType>(type)) {
      Collect(pack->getPattern(), inside_name, found);
    } else if (const auto* atomic = llvm::dyn_cast<clang::AtomicType>(type)) {
      Collect(atomic->getValueType(), inside_name, found);
    } else if (const auto* decltype_type = llvm::dyn_cast<clang::DecltypeType>(type)) {
      CollectExpr(decltype_type->getUnderlyingExpr(), inside_name, found);
    } else if (!canonical_) {
      CollectSugar(type, inside_name, found);
    }
  }

  // Written types: the sugar that prints what it wraps.
  void CollectSugar(const clang::Type* type, bool inside_name, Found& found) {
#if CLANG_VERSION_MAJOR < 22
    if (const auto* elaborated = llvm::dyn_cast<clang::ElaboratedType>(type)) {
      return Collect(elaborated->getNamedType(), inside_name, found);
    }
#endif
    if (const auto* paren = llvm::dyn_cast<clang::ParenType>(type)) {
      Collect(paren->getInnerType(), inside_name, found);
    } else if (const auto* attributed = llvm::dyn_cast<clang::AttributedType>(type)) {
      Collect(attributed->getModifiedType(), inside_name, found);
    } else if (const auto* macro = llvm::dyn_cast<clang::MacroQualifiedType>(type)) {
      Collect(macro->getUnderlyingType(), inside_name, found);
    } else if (const auto* adjusted = llvm::dyn_cast<clang::AdjustedType>(type)) {
      Collect(adjusted->getOriginalType(), inside_name, found);
    }
  }

  void CollectQualifier(Qualifier qualifier, Found& found) {
    for (; qualifier; qualifier = QualifierPrefix(qualifier)) {
      if (const clang::Type* type = QualifierType(qualifier)) {
        Collect(clang::QualType(type, 0), true, found);
        // From 22 a type in a qualifier has no prefix: the type holds it.
      }
    }
  }

  void CollectArgs(llvm::ArrayRef<clang::TemplateArgument> args, bool inside_name,
                   Found& found) {
    for (const clang::TemplateArgument& arg : args) {
      switch (arg.getKind()) {
        case clang::TemplateArgument::Type:
          Collect(arg.getAsType(), inside_name, found);
          break;
        case clang::TemplateArgument::Expression:
          CollectExpr(arg.getAsExpr(), inside_name, found);
          break;
        case clang::TemplateArgument::Pack:
          CollectArgs(arg.getPackAsArray(), inside_name, found);
          break;
        default:
          break;
      }
    }
  }

  void CollectExpr(const clang::Stmt* stmt, bool inside_name, Found& found) {
    if (stmt == nullptr) return;
    if (const auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(stmt)) {
      const auto* param = llvm::dyn_cast<clang::NonTypeTemplateParmDecl>(ref->getDecl());
      if (param != nullptr && param->getIdentifier() != nullptr) {
        parameter_names_.try_emplace(
            absl::StrCat("value-parameter-", param->getDepth(), "-", param->getIndex()),
            param->getName().str());
      }
    }
    if (canonical_ && !inside_name) {
      if (Qualifier qualifier = ExprQualifier(stmt)) {
        found.qualifiers.push_back(qualifier);
        // Printed whole by AppendQualifier; walked for parameter names.
        Found printed_whole;
        CollectQualifier(qualifier, printed_whole);
      }
    }
    if (canonical_) {
      clang::QualType type;
      if (const auto* trait = llvm::dyn_cast<clang::UnaryExprOrTypeTraitExpr>(stmt)) {
        if (trait->isArgumentType()) type = trait->getArgumentType();
      } else if (const auto* construct = llvm::dyn_cast<clang::CXXUnresolvedConstructExpr>(stmt)) {
        type = construct->getTypeAsWritten();
      } else if (const auto* cast = llvm::dyn_cast<clang::ExplicitCastExpr>(stmt)) {
        type = cast->getTypeAsWritten();
      }
      if (!type.isNull()) Collect(type.getCanonicalType(), inside_name, found);
    }
    for (const clang::Stmt* child : stmt->children()) CollectExpr(child, inside_name, found);
  }

  static Qualifier ExprQualifier(const clang::Stmt* stmt) {
    if (const auto* ref = llvm::dyn_cast<clang::DependentScopeDeclRefExpr>(stmt)) {
      return ref->getQualifier();
    }
    if (const auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(stmt)) return ref->getQualifier();
    if (const auto* ref = llvm::dyn_cast<clang::OverloadExpr>(stmt)) return ref->getQualifier();
    return Qualifier();
  }

  static bool IsSpecialization(const clang::Type* type) {
    const auto* record = llvm::dyn_cast<clang::RecordType>(type);
    return record != nullptr &&
           llvm::isa<clang::ClassTemplateSpecializationDecl>(record->getDecl());
  }

  // Clang 19 prints a template specialization in a qualifier with its
  // arguments unscoped too; Clang 22 scopes them.
  std::string Specialization(const clang::Type* type, const clang::PrintingPolicy& policy) {
    if (const auto* record = llvm::dyn_cast<clang::RecordType>(type)) {
      const auto* spec = llvm::cast<clang::ClassTemplateSpecializationDecl>(record->getDecl());
      return spec->getName().str() +
             Args(spec->getTemplateArgs().asArray(), policy, /*include_type=*/false);
    }
    const auto* id = llvm::cast<clang::TemplateSpecializationType>(type);
    return TemplateName(*id, policy) +
           Args(id->template_arguments(), policy, /*include_type=*/false);
  }

  static std::string TemplateName(const clang::TemplateSpecializationType& id,
                                  const clang::PrintingPolicy& policy) {
    std::string text;
    llvm::raw_string_ostream out(text);
    id.getTemplateName().print(out, policy, clang::TemplateName::Qualified::None);
    out.flush();
    return text;
  }

  // A written dependent name that C++20 let go without `typename`.
  std::string WithTypename(const clang::Type* type, const std::string& text) const {
    const auto* name = llvm::dyn_cast<clang::DependentNameType>(type);
    if (name == nullptr || name->getKeyword() != kNoKeyword || type == bare_) return text;
    return absl::StrCat("typename ", text);
  }

  std::string Keyword(const clang::Type* type, clang::ElaboratedTypeKeyword keyword) const {
    // Clang 19 keeps `typename` in canonical types; 22 drops it.
    if (keyword == kNoKeyword) return type == bare_ ? "" : "typename ";
    return absl::StrCat(clang::TypeWithKeyword::getKeywordName(keyword).str(), " ");
  }

  // Clang 19's TypePrinter for DependentNameType and
  // DependentTemplateSpecializationType, and for specializations inside a
  // qualifier.
  std::string Clang19(const clang::Type* type, const clang::PrintingPolicy& policy) {
    std::string text;
    DependentTemplateId id;
    if (!llvm::isa<clang::DependentNameType>(type) && !AsDependentTemplateId(type, id)) {
      return Specialization(type, policy);
    }
    if (const auto* name = llvm::dyn_cast<clang::DependentNameType>(type)) {
      text = Keyword(type, name->getKeyword());
      AppendQualifier(name->getQualifier(), policy, text);
      text += name->getIdentifier()->getName().str();
      return text;
    }
    text = Keyword(type, id.keyword);
    AppendQualifier(id.qualifier, policy, text);
    absl::StrAppend(&text, "template ", id.name->getName().str(), Args(id.args, policy));
    return text;
  }

  // Clang 19's NestedNameSpecifier::print of a canonical qualifier: the
  // types in it without their scope (nor their template arguments').
  void AppendQualifier(Qualifier qualifier, const clang::PrintingPolicy& policy,
                       std::string& out) {
    if (!qualifier) return;
    clang::PrintingPolicy inner = policy;
    inner.SuppressScope = true;
    inner.SuppressTagKeyword = true;
#if CLANG_VERSION_MAJOR >= 22
    using Kind = clang::NestedNameSpecifier::Kind;
    switch (qualifier.getKind()) {
      case Kind::Null:
        return;
      case Kind::Global:
        break;
      case Kind::MicrosoftSuper:
        out += "__super";
        break;
      case Kind::Namespace: {
        clang::NamespaceAndPrefix ns = qualifier.getAsNamespaceAndPrefix();
        AppendQualifier(ns.Prefix, policy, out);
        if (ns.Namespace->getName().empty()) return;
        out += ns.Namespace->getName().str();
        break;
      }
      case Kind::Type: {
        const clang::Type* type = qualifier.getAsType();
        // Before 22 the type's own qualifier was the prefix.
        AppendQualifier(type->getPrefix(), policy, out);
        DependentTemplateId id;
        if (const auto* name = llvm::dyn_cast<clang::DependentNameType>(type)) {
          // Clang 19 canonicalizes `T::x::` to an identifier after `T::`.
          out += name->getIdentifier()->getName().str();
        } else if (AsDependentTemplateId(type, id)) {
          absl::StrAppend(&out, "template ", id.name->getName().str(), Args(id.args, inner));
        } else {
          out += QualifierTypeName(type, inner);
        }
        break;
      }
    }
#else
    AppendQualifier(qualifier->getPrefix(), policy, out);
    switch (qualifier->getKind()) {
      case clang::NestedNameSpecifier::Identifier:
        out += qualifier->getAsIdentifier()->getName().str();
        break;
      case clang::NestedNameSpecifier::Namespace:
        if (qualifier->getAsNamespace()->isAnonymousNamespace()) return;
        out += qualifier->getAsNamespace()->getName().str();
        break;
      case clang::NestedNameSpecifier::NamespaceAlias:
        out += qualifier->getAsNamespaceAlias()->getName().str();
        break;
      case clang::NestedNameSpecifier::Global:
        break;
      case clang::NestedNameSpecifier::Super:
        out += "__super";
        break;
      default: {  // a type; its qualifier is the prefix, printed above
        const clang::Type* type = qualifier->getAsType();
        DependentTemplateId id;
        if (AsDependentTemplateId(type, id)) {
          absl::StrAppend(&out, "template ", id.name->getName().str(), Args(id.args, inner));
        } else {
          out += QualifierTypeName(type, inner);
        }
        break;
      }
    }
#endif
    out += "::";
  }

  // A template specialization by its bare template name, anything else as
  // printed without scope.
  std::string QualifierTypeName(const clang::Type* type, const clang::PrintingPolicy& inner) {
    const auto* id = llvm::dyn_cast<clang::TemplateSpecializationType>(type);
    if (id == nullptr) return Print(clang::QualType(type, 0), inner);
    return TemplateName(*id, inner) + Args(id->template_arguments(), inner);
  }

  // Clang's printTemplateArgumentList, with types printed here.
  std::string Args(llvm::ArrayRef<clang::TemplateArgument> args,
                   const clang::PrintingPolicy& policy, bool include_type = true) {
    std::string list = "<";
    bool first = true;
    bool split_closers = false;
    AppendArgs(args, policy, include_type, list, first, split_closers);
    if (split_closers) list += ' ';
    return list + ">";
  }

  void AppendArgs(llvm::ArrayRef<clang::TemplateArgument> args,
                  const clang::PrintingPolicy& policy, bool include_type, std::string& list,
                  bool& first, bool& split_closers) {
    for (const clang::TemplateArgument& arg : args) {
      if (arg.getKind() == clang::TemplateArgument::Pack) {
        AppendArgs(arg.getPackAsArray(), policy, include_type, list, first, split_closers);
        continue;
      }
      std::string text;
      if (arg.getKind() == clang::TemplateArgument::Type) {
        text = Print(arg.getAsType(), policy);
      } else {
        // Clang 19 keeps the scope of the names in an expression (its
        // qualifiers' namespaces), Clang 22 drops it with the types'.
        clang::PrintingPolicy scoped = policy;
        if (arg.getKind() == clang::TemplateArgument::Expression) scoped.SuppressScope = false;
        llvm::raw_string_ostream out(text);
        arg.print(scoped, out, include_type);
        out.flush();
        if (arg.getKind() == clang::TemplateArgument::Expression) {
          Found found;
          CollectExpr(arg.getAsExpr(), /*inside_name=*/false, found);
          text = FixNames(text, found, scoped);
        }
      }
      if (!first) list += ", ";
      // `< ::x` rather than the digraph `<:`.
      if (first && !text.empty() && text[0] == ':') list += ' ';
      list += text;
      if (!text.empty()) {
        split_closers = policy.SplitTemplateClosers && text.back() == '>';
        first = false;
      }
    }
  }

  // Each `from` replaced where it stands as a whole type name: longest
  // first, so that a name inside a longer one's qualifier is left to it.
  static std::string Replace(const std::string& text, std::vector<Replacement> replacements) {
    if (replacements.empty()) return text;
    std::stable_sort(replacements.begin(), replacements.end(),
                     [](const auto& a, const auto& b) { return a.from.size() > b.from.size(); });
    std::string out;
    for (size_t i = 0; i < text.size();) {
      bool starts = i == 0 || (!IsIdentifierChar(text[i - 1]) && text[i - 1] != ':' &&
                               text[i - 1] != '-');
      const Replacement* match = nullptr;
      for (const auto& replacement : replacements) {
        if (!starts || text.compare(i, replacement.from.size(), replacement.from) != 0) continue;
        size_t end = i + replacement.from.size();
        if (!replacement.qualifier && end < text.size() &&
            (IsIdentifierChar(text[end]) || text[end] == ':')) {
          continue;
        }
        // Already spelled with `typename` (written types).
        if (absl::EndsWith(out, "typename ") && absl::StartsWith(replacement.to, "typename ")) {
          continue;
        }
        match = &replacement;
        break;
      }
      if (match == nullptr) {
        out += text[i++];
        continue;
      }
      out += match->to;
      i += match->from.size();
    }
    return out;
  }

  // Clang 19 spells a written `X<Y>::template z<T>` with the keyword twice.
  static std::string WithoutDoubledTemplate(const std::string& text) {
    return absl::StrReplaceAll(text, {{"::template template ", "::template "}});
  }

  // Clang 21+ names a non-type template parameter in a canonical
  // expression `value-parameter-D-I`; Clang 19 by its name.
  std::string WithParameterNames(std::string text) const {
    if (parameter_names_.empty() || text.find("value-parameter-") == std::string::npos) {
      return text;
    }
    std::string out;
    for (size_t i = 0; i < text.size();) {
      if (text.compare(i, 16, "value-parameter-") == 0 &&
          (i == 0 || (!IsIdentifierChar(text[i - 1]) && text[i - 1] != '-'))) {
        size_t end = i + 16;
        while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) ||
                                     text[end] == '-')) {
          ++end;
        }
        auto name = parameter_names_.find(text.substr(i, end - i));
        if (name != parameter_names_.end()) {
          out += name->second;
          i = end;
          continue;
        }
      }
      out += text[i++];
    }
    return out;
  }

  const clang::PrintingPolicy& policy_;
  const bool canonical_;
  // Whether class template specializations are collected too (printing
  // inside a qualifier).
  bool records_ = false;
  // The type named without `typename`, if any.
  const clang::Type* bare_ = nullptr;
  std::map<std::string, std::string> parameter_names_;
};

}  // namespace

std::string PrintType(clang::QualType type, const clang::PrintingPolicy& policy, bool canonical,
                      bool base_specifier) {
  return Printer(policy, canonical).Top(type, base_specifier);
}

}  // namespace apicompat
