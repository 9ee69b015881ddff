// The plugin's -fplugin-arg-apicompat-* arguments and where its snapshot goes.
#ifndef APICOMPAT_PLUGIN_PLUGIN_OPTIONS_H_
#define APICOMPAT_PLUGIN_PLUGIN_OPTIONS_H_

#include <string>
#include <vector>

#include "clang/Frontend/CompilerInstance.h"

namespace apicompat {

struct PluginOptions {
  std::vector<std::string> public_dirs;  // public-dir=DIR, repeatable
  std::string out;                       // out=FILE
  std::vector<std::string> problems;     // unknown or malformed arguments
};

PluginOptions ParsePluginArgs(const std::vector<std::string>& args);

// `out=` if given, else `<object>.apisnap` next to the object file, else
// `<source file name>.apisnap` in the working directory (-fsyntax-only, or a
// compile-and-link command whose object is a driver temporary).
std::string SnapshotPath(const clang::CompilerInstance& compiler,
                         const PluginOptions& options,
                         llvm::StringRef input_file);

// The directory relative paths are resolved against.
std::string WorkingDirectory(const clang::CompilerInstance& compiler);

// How the snapshot names the translation unit: relative to the project root
// (the parent of the first public dir) when inside it, so that it does not
// depend on the build directory.
std::string TranslationUnitName(const PluginOptions& options,
                                const std::string& working_dir,
                                llvm::StringRef input_file);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_PLUGIN_OPTIONS_H_
