// The plugin's -fplugin-arg-apicompat-* arguments and where its snapshot goes.
#ifndef APICOMPAT_PLUGIN_PLUGIN_OPTIONS_H_
#define APICOMPAT_PLUGIN_PLUGIN_OPTIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "clang/Frontend/CompilerInstance.h"

namespace apicompat {

struct PluginOptions {
  std::vector<std::string> public_dirs;  // public-dir=DIR (or a header), repeatable
  std::vector<std::string> excludes;     // exclude=GLOB, repeatable
  // uses-of=DIR, repeatable: a dependency's headers, whose uses by this
  // code are recorded (use_collector.h).
  std::vector<std::string> uses_of;
  // project-root=DIR: what file names are relative to; by default the
  // parent of the first public dir, else the working directory.
  std::string project_root;
  std::string out;                       // out=FILE
  bool embed = false;                    // embed: into the object file (embedded_snapshot.h)
  std::vector<std::string> problems;     // unknown or malformed arguments
};

PluginOptions ParsePluginArgs(const std::vector<std::string>& args);

// Where the snapshot of `input_file` goes:
// - `out=FILE`: FILE; `out=DIR` (an existing directory, or ending in '/'):
//   DIR/<source path>.apisnap, so that one driver call compiling several
//   sources writes one snapshot per source. The source path is the one
//   the snapshot names the translation unit by (TranslationUnitName:
//   relative to the project root, e.g. DIR/src/a/util.cc.apisnap), or its
//   absolute path without the leading '/' for a source outside the
//   project: sources with the same file name never share a snapshot;
// - else `<object>.apisnap` next to the object file, also when the front
//   end writes an intermediate (.s with -fno-integrated-as or -S, .bc with
//   -save-temps) or the object's name only appears as the -MT target or on
//   the driver's command line;
// - else (-fsyntax-only, or compile-and-link where the object is a driver
//   temporary) `<source file name>.apisnap` in the working directory;
// - but "" (no snapshot) for `-o /dev/null`: a compile whose output is
//   discarded (a configure probe) leaves nothing, and never /dev/null.apisnap.
std::string SnapshotPath(const clang::CompilerInstance& compiler,
                         const PluginOptions& options,
                         llvm::StringRef input_file);

// When `out=FILE` (not a directory) is given to a driver call compiling
// several sources, each overwrites the others' snapshot: the warning that
// says so and how to fix it.
std::optional<std::string> SharedOutFileProblem(const clang::CompilerInstance& compiler,
                                                const PluginOptions& options);

// The public and uses-of dirs that do not exist: the warnings that say so.
std::vector<std::string> MissingPublicDirProblems(const PluginOptions& options,
                                                  const std::string& working_dir);

// The directory relative paths are resolved against.
std::string WorkingDirectory(const clang::CompilerInstance& compiler);

// `path` made absolute against `working_dir` (lexically: no symlinks read).
std::string AbsolutePath(llvm::StringRef path, const std::string& working_dir);

// The project root, normalized (PublicFilter::Normalize): `project_root`
// when given, else the parent of the first public dir, else (a consumer
// recording only uses) the working directory.
std::string ProjectRoot(const std::vector<std::string>& public_dirs,
                        const std::string& project_root, const std::string& working_dir);

// `path` (normalized) relative to the project root `root`, if inside it.
std::optional<std::string> ProjectRelative(const std::string& path, const std::string& root);

// How the snapshot names the translation unit: relative to the project root
// when inside it, so that it does not depend on the build directory.
std::string TranslationUnitName(const std::string& root, const std::string& working_dir,
                                llvm::StringRef input_file);

// How the snapshot names the public (or uses-of) dirs: like translation
// units, relative to the project root, or by their last component outside it.
std::vector<std::string> PublicDirNames(const std::vector<std::string>& public_dirs,
                                        const std::string& root, const std::string& working_dir);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_PLUGIN_OPTIONS_H_
