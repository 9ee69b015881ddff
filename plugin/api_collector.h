// The AST collector: walks a translation unit's public declarations and
// records them as snapshot Decls. It knows nothing of rules or of how the
// snapshot is used; the plugin and the build-free snapshot tool both run it.
#ifndef APICOMPAT_PLUGIN_API_COLLECTOR_H_
#define APICOMPAT_PLUGIN_API_COLLECTOR_H_

#include <string>
#include <vector>

#include "apicompat/snapshot.pb.h"
#include "clang/AST/ASTContext.h"
#include "clang/Lex/Preprocessor.h"

namespace apicompat {

struct CollectorOptions {
  std::vector<std::string> public_dirs;  // directories or single headers
  std::vector<std::string> excludes;     // globs of internal headers (PublicFilter)
  std::string working_dir;  // for relative public dirs and file names
};

// Adds the public declarations of `context`'s translation unit to
// `snapshot` (an empty one, on an arena or not), sorted by id, with a header
// naming the compiler and target. `preprocessor`, when given, is where the
// public headers' macros are read from.
void CollectPublicApi(clang::ASTContext& context, clang::Preprocessor* preprocessor,
                      const CollectorOptions& options, Snapshot& snapshot);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_API_COLLECTOR_H_
