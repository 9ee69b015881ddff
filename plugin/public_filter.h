// Decides which source locations belong to the public headers and names them
// relative to their public directory. Decisions are cached per FileID (per
// file name in preprocessed input): the collector asks once per declaration,
// and most declarations come from a few files.
//
// A file is public when it is a header (not the translation unit's main
// file, no source extension such as .c or .cc) under a public directory, or
// is a public header given by itself, and no --exclude glob matches it.
#ifndef APICOMPAT_PLUGIN_PUBLIC_FILTER_H_
#define APICOMPAT_PLUGIN_PUBLIC_FILTER_H_

#include <optional>
#include <string>
#include <vector>

#include "apicompat/snapshot.pb.h"
#include "clang/Basic/SourceLocation.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/GlobPattern.h"

namespace apicompat {

class PublicFilter {
 public:
  // `public_dirs` (directories or single headers) are absolute or relative
  // to `working_dir`; `excludes` are globs over paths relative to the
  // public dir (`*` also matches '/'), matching a header or a directory
  // holding it.
  PublicFilter(const clang::SourceManager& sources, const std::vector<std::string>& public_dirs,
               const std::vector<std::string>& excludes, const std::string& working_dir);

  // Whether `loc` is in a public header (macro expansions resolved to where
  // they are expanded, line markers of preprocessed input followed); if so
  // and `out` is given, fills it with the public location.
  bool Locate(clang::SourceLocation loc, Location* out = nullptr);

  // Whether `loc` is in a system header that is not public: the standard
  // library, which the collector skips whole. A public dir reached through
  // -isystem stays public.
  bool IsForeignSystemCode(clang::SourceLocation loc);

  // Absolute, symlink-free form of a path, as used for matching.
  static std::string Normalize(const std::string& path, const std::string& working_dir);

  // Whether a file of this name can be a header: any but a source
  // extension (.c, .cc, .cpp, .m, .cu, .ii, ...); extension-less names are
  // headers.
  static bool IsHeaderName(llvm::StringRef filename);

  // The problem with an --exclude glob, if any.
  static std::optional<std::string> ExcludeProblem(const std::string& glob);
  // The globs compiled; invalid ones are left out (ExcludeProblem says why).
  static std::vector<llvm::GlobPattern> CompileExcludes(const std::vector<std::string>& globs);
  // Whether `relative` (a path below a public dir) or a directory holding
  // it matches one of `excludes`: `detail` excludes detail/a.h as
  // `detail/*` does.
  static bool Excluded(llvm::StringRef relative, llvm::ArrayRef<llvm::GlobPattern> excludes);

 private:
  const std::optional<std::string>& NameOfFile(llvm::StringRef filename,
                                               llvm::StringRef real_path);
  // The absolute, symlink-free path of a file Clang opened; "" if unknown.
  llvm::StringRef RealPath(clang::FileID file) const;
  // The name of `filename` relative to its public dir; `real_path`, when
  // known, is its absolute, symlink-free path.
  std::optional<std::string> PublicName(llvm::StringRef filename,
                                        llvm::StringRef real_path = "") const;

  const clang::SourceManager& sources_;
  std::vector<std::string> dirs_;   // normalized, with a trailing '/'
  std::vector<std::string> files_;  // normalized single public headers
  std::vector<llvm::GlobPattern> excludes_;
  std::string working_dir_;
  clang::FileID main_file_;
  bool main_file_is_header_ = false;  // header mode compiles each on its own
  // Keyed by FileID hash: nullopt caches "not public".
  llvm::DenseMap<unsigned, std::optional<std::string>> by_file_;
  // Files named by line markers (preprocessed input), by name.
  llvm::StringMap<std::optional<std::string>> by_name_;
};

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_PUBLIC_FILTER_H_
