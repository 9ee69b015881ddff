// Reads the stability marks of attributes/include/apicompat/attributes.h
// (annotate attributes, also produced by the plugin's own [[internal_api]]
// and [[experimental_api]]) and the standard [[deprecated]].
#ifndef APICOMPAT_PLUGIN_STABILITY_MARKS_H_
#define APICOMPAT_PLUGIN_STABILITY_MARKS_H_

#include <optional>

#include "apicompat/snapshot.pb.h"
#include "clang/AST/DeclBase.h"
#include "llvm/ADT/DenseMap.h"

namespace apicompat {

// The annotation strings shared with attributes.h and the plugin attributes.
inline constexpr char kInternalMark[] = "apicompat::internal_api";
inline constexpr char kExperimentalMark[] = "apicompat::experimental_api";
inline constexpr char kDeprecatedMark[] = "apicompat::deprecated";

// The mark written on `decl` itself, if any.
std::optional<Stability> OwnStability(const clang::Decl& decl);

// The mark on `decl` itself, or on any opening of the namespace `decl` is.
std::optional<Stability> MarkOn(const clang::Decl& decl);

// Effective(decl): the mark on `decl` or, failing that, on the nearest
// enclosing class or namespace: members inherit their container's tier.
// Containers' marks are remembered: every member asks for its container's,
// and a namespace's means looking at each of its openings (one per header
// that reopens it).
class StabilityMarks {
 public:
  Stability Effective(const clang::Decl& decl);

 private:
  Stability Inherited(const clang::Decl* container);

  llvm::DenseMap<const clang::Decl*, Stability> by_container_;
};

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_STABILITY_MARKS_H_
