// The snapshot of one compiled translation unit, as both the plugin (inside
// the user's build) and apicompat-snapshot (libTooling, without the build)
// write it: the two must agree byte for byte on the same compile command.
#ifndef APICOMPAT_PLUGIN_TRANSLATION_UNIT_SNAPSHOT_H_
#define APICOMPAT_PLUGIN_TRANSLATION_UNIT_SNAPSHOT_H_

#include <string>
#include <vector>

#include "apicompat/snapshot.pb.h"
#include "clang/AST/ASTContext.h"
#include "clang/Frontend/CompilerInstance.h"

namespace apicompat {

// Fills the empty `snapshot` with the public declarations of `context`
// (headers under `public_dirs`, absolute or relative to the compile's
// working directory, but those `excludes` matches), with the translation
// unit and the public dirs named relative to the project root.
void SnapshotOfTranslationUnit(clang::CompilerInstance& compiler, clang::ASTContext& context,
                               const std::vector<std::string>& public_dirs,
                               const std::vector<std::string>& excludes,
                               llvm::StringRef input_file, Snapshot& snapshot);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_TRANSLATION_UNIT_SNAPSHOT_H_
