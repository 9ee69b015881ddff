#include "stability_marks.h"

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"

namespace apicompat {
namespace {

std::optional<Stability> FromAnnotation(llvm::StringRef annotation) {
  Stability stability;
  if (annotation == kInternalMark) {
    stability.set_tier(INTERNAL);
  } else if (annotation == kExperimentalMark) {
    stability.set_tier(EXPERIMENTAL);
  } else if (annotation.starts_with(kDeprecatedMark)) {
    stability.set_tier(DEPRECATED);
    std::vector<std::string> parts =
        absl::StrSplit(annotation.str(), '\x1f');
    // parts[0] is the mark itself; the rest are since, removal,
    // alternative, reason, any of which may be empty.
    if (parts.size() > 1) stability.set_since(parts[1]);
    if (parts.size() > 2) stability.set_removal(parts[2]);
    if (parts.size() > 3) stability.set_alternative(parts[3]);
    if (parts.size() > 4) stability.set_reason(parts[4]);
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
      if (auto stability = FromAnnotation(annotate->getAnnotation())) {
        return stability;
      }
    } else if (const auto* deprecated =
                   llvm::dyn_cast<clang::DeprecatedAttr>(attr)) {
      plain_deprecated.emplace();
      plain_deprecated->set_tier(DEPRECATED);
      plain_deprecated->set_reason(deprecated->getMessage().str());
    }
  }
  return plain_deprecated;
}

Stability EffectiveStability(const clang::Decl& decl) {
  for (const clang::Decl* current = &decl; current != nullptr;) {
    if (auto stability = OwnStability(*current)) return *stability;
    const clang::DeclContext* parent = current->getDeclContext();
    while (parent && !llvm::isa<clang::NamespaceDecl>(parent) &&
           !llvm::isa<clang::TagDecl>(parent)) {
      parent = parent->getParent();
    }
    current = parent ? llvm::cast<clang::Decl>(parent) : nullptr;
  }
  return Stability();
}

}  // namespace apicompat
