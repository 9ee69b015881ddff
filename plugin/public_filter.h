// Decides which source locations belong to the public headers and names them
// relative to their public directory. Decisions are cached per FileID: the
// collector asks once per declaration, and most declarations come from a few
// files.
#ifndef APICOMPAT_PLUGIN_PUBLIC_FILTER_H_
#define APICOMPAT_PLUGIN_PUBLIC_FILTER_H_

#include <optional>
#include <string>
#include <vector>

#include "apicompat/snapshot.pb.h"
#include "clang/Basic/SourceLocation.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"

namespace apicompat {

class PublicFilter {
 public:
  // `public_dirs` are absolute or relative to `working_dir`.
  PublicFilter(const clang::SourceManager& sources,
               const std::vector<std::string>& public_dirs,
               const std::string& working_dir);

  // Whether `loc` is in a public header (macro expansions resolved to where
  // they are expanded, line markers of preprocessed input followed); if so
  // and `out` is given, fills it with the public location.
  bool Locate(clang::SourceLocation loc, Location* out = nullptr);

  // Absolute, symlink-free form of a path, as used for matching.
  static std::string Normalize(const std::string& path,
                               const std::string& working_dir);

 private:
  std::optional<std::string> RelativeFile(llvm::StringRef filename);

  const clang::SourceManager& sources_;
  std::vector<std::string> dirs_;  // normalized, with a trailing '/'
  std::string working_dir_;
  // Keyed by FileID hash: nullopt caches "not public".
  llvm::DenseMap<unsigned, std::optional<std::string>> by_file_;
};

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_PUBLIC_FILTER_H_
