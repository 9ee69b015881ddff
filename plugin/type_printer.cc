#include "type_printer.h"

#include "absl/strings/str_cat.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/Version.h"
#include "dependent_types.h"
#include "llvm/Support/raw_ostream.h"
#include "snapshot_write.h"
#include "type_text.h"

namespace apicompat {
namespace {

clang::LangOptions FixedLanguage() {
  clang::LangOptions lang;
  lang.CPlusPlus = true;
  lang.Bool = true;
  return lang;
}

clang::PrintingPolicy FixedPolicy(const clang::LangOptions& lang,
                                  bool canonical) {
  clang::PrintingPolicy policy(lang);
  policy.SuppressTagKeyword = true;
  policy.AnonymousTagLocations = false;
  policy.SuppressUnwrittenScope = true;
#if CLANG_VERSION_MAJOR >= 21
  policy.PrintAsCanonical = canonical;
#else
  policy.PrintCanonicalTypes = canonical;
#endif
  policy.FullyQualifiedName = true;
  // Spellings show type names as written (`Item`, `inner::Item`) on every
  // major, although each keeps that differently.
#if CLANG_VERSION_MAJOR >= 22
  // Without ElaboratedType (gone in 22) a type name keeps the qualifier it
  // was written with, which FullyQualifiedName would replace by the scope.
  if (!canonical) policy.FullyQualifiedName = false;
  // "(unnamed)", not "(unnamed struct)", as before 22.
  policy.SuppressTagKeywordInAnonNames = true;
#elif CLANG_VERSION_MAJOR < 16
  // Before 16 only names written with a qualifier are ElaboratedTypes
  // (which print it); the others would print their full scope.
  if (!canonical) {
    policy.FullyQualifiedName = false;
    policy.SuppressScope = true;
  }
#endif
  policy.Bool = true;
#if CLANG_VERSION_MAJOR >= 15  // UseEnumerators is new in 15
  // An enum-typed template argument prints as its enumerator's name only
  // where the TU has seen the enum's definition (abseil's
  // `ArgConvertResult<FormatConversionCharSet::p>` is `ArgConvertResult<262144>`
  // in TUs that saw only `enum class FormatConversionCharSet : uint64_t;`):
  // canonical types print its value, as every TU can.
  if (canonical) policy.UseEnumerators = false;
#endif
  return policy;
}

// The typedef naming an unnamed struct, union or enum, for linkage.
const clang::TypedefNameDecl* TypedefNameOfUnnamedTag(const clang::Decl* decl) {
  const auto* tag = llvm::dyn_cast_or_null<clang::TagDecl>(decl);
  return tag != nullptr && !tag->getIdentifier() ? tag->getTypedefNameForAnonDecl() : nullptr;
}

}  // namespace

TypePrinter::TypePrinter()
    : lang_(FixedLanguage()),
      canonical_policy_(FixedPolicy(lang_, true)),
      spelling_policy_(FixedPolicy(lang_, false)) {}

const std::string& TypePrinter::Canonical(clang::QualType type) const {
  static const std::string* const kNone = new std::string();
  if (type.isNull()) return *kNone;
  clang::QualType canonical = type.getCanonicalType();
  auto [it, inserted] = canonical_cache_.try_emplace(canonical.getAsOpaquePtr());
  // Types can embed string literals (C++20 class-type template arguments).
  if (inserted) it->second = PrintCanonical(canonical, /*base_specifier=*/false);
  return it->second;
}

std::string TypePrinter::PrintCanonical(clang::QualType canonical, bool base_specifier) const {
  return ValidUtf8(WithoutPrefixOperatorSpace(
      PrintType(canonical, canonical_policy_, /*canonical=*/true, base_specifier)));
}

std::string TypePrinter::PrintSpelling(clang::QualType written, bool base_specifier) const {
  return ValidUtf8(WithoutPrefixOperatorSpace(
      PrintType(written, spelling_policy_, /*canonical=*/false, base_specifier)));
}

void TypePrinter::DescribeBase(clang::QualType type, Type& out) const {
  out.set_canonical(PrintCanonical(type.getCanonicalType(), /*base_specifier=*/true));
  out.set_spelling(PrintSpelling(type, /*base_specifier=*/true));
}

void TypePrinter::Describe(clang::QualType type, Type& out) const {
  Describe(type, type, out);
}

void TypePrinter::Describe(clang::QualType written, clang::QualType canonical,
                           Type& out) const {
  out.set_canonical(Canonical(canonical));
  if (!written.isNull()) {
    auto [it, inserted] = spelling_cache_.try_emplace(written.getAsOpaquePtr());
    if (inserted) it->second = PrintSpelling(written, /*base_specifier=*/false);
    out.set_spelling(it->second);
  }
}

const std::string& TypePrinter::QualifiedName(const clang::NamedDecl& decl) const {
  auto cached = name_cache_.find(&decl);
  if (cached != name_cache_.end()) return cached->second;
  if (const clang::TypedefNameDecl* name = TypedefNameOfUnnamedTag(&decl)) {
    return QualifiedName(*name);
  }
  // `typedef struct { int get() const; } a_t;`: the struct is `a_t` for
  // linkage, so its members are `a_t::get`, not `(anonymous struct)::get`
  // (which the members of every such struct would share).
  const auto* parent = llvm::dyn_cast<clang::Decl>(decl.getDeclContext()->getRedeclContext());
  if (TypedefNameOfUnnamedTag(parent) != nullptr) {
    std::string scope = QualifiedName(*llvm::cast<clang::NamedDecl>(parent));
    std::string& name = name_cache_[&decl];
    llvm::raw_string_ostream out(name);
    out << scope << "::";
    decl.getDeclName().print(out, canonical_policy_);
    out.flush();
    return name;
  }
  clang::PrintingPolicy policy = canonical_policy_;
#if CLANG_VERSION_MAJOR >= 21
  // A constructor of a class template is named `Buffer<T, N>` as before 21,
  // not by its canonical injected class name `Buffer<type-parameter-0-0, N>`.
  policy.PrintAsCanonical = false;
#endif
  std::string& name = name_cache_[&decl];
  llvm::raw_string_ostream out(name);
  decl.printQualifiedName(out, policy);
  out.flush();
  return name;
}

const std::string& TypePrinter::FunctionSignature(const clang::FunctionDecl& function) const {
  auto [it, inserted] = signature_cache_.try_emplace(&function);
  std::string& signature = it->second;
  if (!inserted) return signature;
  const auto* proto = function.getType()->getAs<clang::FunctionProtoType>();
  absl::StrAppend(&signature, QualifiedName(function), "(");
  const char* separator = "";
  for (unsigned i = 0; i < function.getNumParams(); ++i) {
    absl::StrAppend(&signature, separator,
                    Canonical(proto && i < proto->getNumParams()
                                  ? proto->getParamType(i)
                                  : function.getParamDecl(i)->getType()));
    separator = ", ";
  }
  if (function.isVariadic()) absl::StrAppend(&signature, separator, "...");
  signature += ")";
  if (const auto* method = llvm::dyn_cast<clang::CXXMethodDecl>(&function)) {
    if (method->isConst()) signature += " const";
    if (method->isVolatile()) signature += " volatile";
    if (method->getRefQualifier() == clang::RQ_LValue) signature += " &";
    if (method->getRefQualifier() == clang::RQ_RValue) signature += " &&";
  }
  return signature;
}

}  // namespace apicompat
