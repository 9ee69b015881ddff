#include "plugin_options.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "clang/Frontend/FrontendOptions.h"
#include "clang/Frontend/DependencyOutputOptions.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "public_filter.h"

namespace apicompat {
namespace {

constexpr char kSnapshotSuffix[] = ".apisnap";

// The driver names the objects of `clang a.cpp -o a` like /tmp/a-1f2e3d.o.
bool IsDriverTemporary(llvm::StringRef path) {
  llvm::SmallString<128> temp_dir;
  llvm::sys::path::system_temp_directory(/*ErasedOnReboot=*/true, temp_dir);
  if (llvm::sys::path::parent_path(path) != temp_dir) return false;
  static const llvm::Regex kTempName("-[0-9a-f]{6}$");
  return kTempName.match(llvm::sys::path::stem(path));
}

// Object path for an output that is an object or an intermediate (.s, .bc
// with -save-temps or -fno-integrated-as); empty when there is none.
std::string ObjectPath(llvm::StringRef output) {
  if (output.empty() || output == "-" || IsDriverTemporary(output)) return "";
  llvm::StringRef ext = llvm::sys::path::extension(output);
  if (ext == ".o" || ext == ".obj") return output.str();
  if (ext == ".s" || ext == ".bc" || ext == ".ll") {
    llvm::SmallString<256> object(output);
    llvm::sys::path::replace_extension(object, ".o");
    return std::string(object);
  }
  return "";
}

}  // namespace

PluginOptions ParsePluginArgs(const std::vector<std::string>& args) {
  PluginOptions options;
  for (const std::string& arg : args) {
    llvm::StringRef key, value;
    std::tie(key, value) = llvm::StringRef(arg).split('=');
    if (key == "public-dir" && !value.empty()) {
      options.public_dirs.push_back(value.str());
    } else if (key == "out" && !value.empty()) {
      options.out = value.str();
    } else {
      options.problems.push_back(absl::StrCat(
          "ignoring unknown argument '-fplugin-arg-apicompat-", arg,
          "' (expected public-dir=DIR or out=FILE)"));
    }
  }
  return options;
}

std::string WorkingDirectory(const clang::CompilerInstance& compiler) {
  const std::string& configured = compiler.getFileSystemOpts().WorkingDir;
  if (!configured.empty()) return configured;
  llvm::SmallString<256> current;
  if (llvm::sys::fs::current_path(current)) return ".";
  return std::string(current);
}

std::string SnapshotPath(const clang::CompilerInstance& compiler,
                         const PluginOptions& options,
                         llvm::StringRef input_file) {
  if (!options.out.empty()) return options.out;
  std::string object = ObjectPath(compiler.getFrontendOpts().OutputFile);
  if (object.empty()) {
    for (const std::string& target : compiler.getDependencyOutputOpts().Targets) {
      object = ObjectPath(target);
      if (!object.empty()) break;
    }
  }
  if (!object.empty()) return absl::StrCat(object, kSnapshotSuffix);
  return absl::StrCat(llvm::sys::path::filename(input_file).str(), kSnapshotSuffix);
}

std::string TranslationUnitName(const PluginOptions& options,
                                const std::string& working_dir,
                                llvm::StringRef input_file) {
  std::string file = PublicFilter::Normalize(input_file.str(), working_dir);
  if (!options.public_dirs.empty()) {
    std::string root = llvm::sys::path::parent_path(
        PublicFilter::Normalize(options.public_dirs.front(), working_dir)).str();
    if (!root.empty() && absl::StartsWith(file, root + "/")) {
      return file.substr(root.size() + 1);
    }
  }
  return llvm::sys::path::filename(file).str();
}

}  // namespace apicompat
