#include "stability_marks.h"

#include <string>
#include <vector>

#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "snapshot_write.h"

namespace apicompat {
namespace {

// The extra arguments of `annotate("apicompat::deprecated", ...)`, which
// Sema wraps in constant-expression and decay nodes.
std::vector<std::string> StringArgs(const clang::AnnotateAttr& annotate) {
  std::vector<std::string> strings;
  for (const clang::Expr* arg : annotate.args()) {
    const auto* literal =
        llvm::dyn_cast_or_null<clang::StringLiteral>(arg->IgnoreParenImpCasts());
    strings.push_back(literal != nullptr && literal->getCharByteWidth() == 1
                          ? ValidUtf8(literal->getString().str())
                          : "");
  }
  return strings;
}

std::optional<Stability> FromAnnotation(const clang::AnnotateAttr& annotate) {
  llvm::StringRef annotation = annotate.getAnnotation();
  Stability stability;
  if (annotation == kInternalMark) {
    stability.set_tier(INTERNAL);
  } else if (annotation == kExperimentalMark) {
    stability.set_tier(EXPERIMENTAL);
  } else if (annotation == kDeprecatedMark) {
    stability.set_tier(DEPRECATED);
    // since, removal, alternative, reason; any may be missing or empty.
    std::vector<std::string> args = StringArgs(annotate);
    args.resize(4);
    stability.set_since(args[0]);
    stability.set_removal(args[1]);
    stability.set_alternative(args[2]);
    stability.set_reason(args[3]);
  } else {
    return std::nullopt;
  }
  return stability;
}

}  // namespace

std::optional<Stability> OwnStability(const clang::Decl& decl) {
  if (!decl.hasAttrs()) return std::nullopt;
  std::optional<Stability> plain_deprecated;
  for (const clang::Attr* attr : decl.getAttrs()) {
    if (const auto* annotate = llvm::dyn_cast<clang::AnnotateAttr>(attr)) {
      if (auto stability = FromAnnotation(*annotate)) {
        return stability;
      }
    } else if (const auto* deprecated =
                   llvm::dyn_cast<clang::DeprecatedAttr>(attr)) {
      plain_deprecated.emplace();
      plain_deprecated->set_tier(DEPRECATED);
      plain_deprecated->set_reason(ValidUtf8(deprecated->getMessage().str()));
    }
  }
  return plain_deprecated;
}

// A namespace is marked when any of its (re)openings is: a mark on one
// `namespace x { ... }` block covers the blocks opened elsewhere too.
std::optional<Stability> MarkOn(const clang::Decl& decl) {
  const auto* ns = llvm::dyn_cast<clang::NamespaceDecl>(&decl);
  if (ns == nullptr) return OwnStability(decl);
  for (const clang::NamespaceDecl* opening : ns->redecls()) {
    if (auto stability = OwnStability(*opening)) return stability;
  }
  return std::nullopt;
}

namespace {

// The nearest enclosing class or namespace, or null.
const clang::Decl* EnclosingContainer(const clang::Decl& decl) {
  const clang::DeclContext* parent = decl.getDeclContext();
  while (parent && !llvm::isa<clang::NamespaceDecl>(parent) &&
         !llvm::isa<clang::TagDecl>(parent)) {
    parent = parent->getParent();
  }
  return parent ? llvm::cast<clang::Decl>(parent) : nullptr;
}

}  // namespace

Stability StabilityMarks::Effective(const clang::Decl& decl) {
  if (std::optional<Stability> own = MarkOn(decl)) return *std::move(own);
  return Inherited(EnclosingContainer(decl));
}

Stability StabilityMarks::Inherited(const clang::Decl* container) {
  if (container == nullptr) return Stability();
  auto it = by_container_.find(container);
  if (it != by_container_.end()) return it->second;
  Stability stability = Effective(*container);
  by_container_.try_emplace(container, stability);
  return stability;
}

}  // namespace apicompat
