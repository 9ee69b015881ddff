// The snapshot of one compiled translation unit, as both the plugin (inside
// the user's build) and apicompat-snapshot (libTooling, without the build)
// write it: the two must agree byte for byte on the same compile command.
#ifndef APICOMPAT_PLUGIN_TRANSLATION_UNIT_SNAPSHOT_H_
#define APICOMPAT_PLUGIN_TRANSLATION_UNIT_SNAPSHOT_H_

#include <memory>
#include <string>
#include <vector>

#include "apicompat/snapshot.pb.h"
#include "clang/AST/ASTContext.h"
#include "clang/Frontend/CompilerInstance.h"
#include "use_collector.h"

namespace apicompat {

// What a translation unit's snapshot records. Dirs are absolute or
// relative to the compile's working directory.
struct SnapshotScope {
  std::vector<std::string> public_dirs;  // the API: headers under them
  std::vector<std::string> excludes;     // but those these globs match
  std::vector<std::string> uses_of;      // a dependency's headers: uses of them
  std::string project_root;              // "": ProjectRoot's default
};

// The use collector for a compile of `scope`, watching macro expansions
// from now on (call it before the preprocessor runs); null when no uses
// are recorded, which then cost nothing.
std::unique_ptr<UseCollector> WatchUses(clang::CompilerInstance& compiler,
                                        const SnapshotScope& scope);

// Fills the empty `snapshot` with the public declarations of `context`
// (headers under the public dirs, but those the excludes match) and the
// uses `uses` (WatchUses) saw, with the translation unit and the dirs named
// relative to the project root.
void SnapshotOfTranslationUnit(clang::CompilerInstance& compiler, clang::ASTContext& context,
                               const SnapshotScope& scope, llvm::StringRef input_file,
                               UseCollector* uses, Snapshot& snapshot);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_TRANSLATION_UNIT_SNAPSHOT_H_
