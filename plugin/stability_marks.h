// Reads the stability marks of attributes/include/apicompat/attributes.h
// (annotate attributes, also produced by the plugin's own [[internal_api]]
// and [[experimental_api]]) and the standard [[deprecated]].
#ifndef APICOMPAT_PLUGIN_STABILITY_MARKS_H_
#define APICOMPAT_PLUGIN_STABILITY_MARKS_H_

#include <optional>

#include "apicompat/snapshot.pb.h"
#include "clang/AST/DeclBase.h"

namespace apicompat {

// The annotation strings shared with attributes.h and the plugin attributes.
inline constexpr char kInternalMark[] = "apicompat::internal_api";
inline constexpr char kExperimentalMark[] = "apicompat::experimental_api";
inline constexpr char kDeprecatedMark[] = "apicompat::deprecated";

// The mark written on `decl` itself, if any.
std::optional<Stability> OwnStability(const clang::Decl& decl);

// The mark on `decl` or, failing that, on the nearest enclosing class or
// namespace: members inherit their container's tier.
Stability EffectiveStability(const clang::Decl& decl);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_STABILITY_MARKS_H_
