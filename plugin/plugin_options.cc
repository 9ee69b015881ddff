#include "plugin_options.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "clang/Frontend/DependencyOutputOptions.h"
#include "clang/Frontend/FrontendOptions.h"
#include "driver_command_line.h"
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

bool IsIntermediate(llvm::StringRef path) {
  llvm::StringRef ext = llvm::sys::path::extension(path);
  return ext == ".s" || ext == ".S" || ext == ".bc" || ext == ".ll";
}

// The object made from the front end's output: the output itself, or the
// object an intermediate (.s with -fno-integrated-as or -S, .bc with
// -save-temps or -emit-llvm) becomes. Empty for a driver temporary.
std::string ObjectPath(llvm::StringRef output) {
  if (output.empty() || output == "-" || IsDriverTemporary(output)) return "";
  if (!IsIntermediate(output)) return output.str();
  llvm::SmallString<256> object(output);
  llvm::sys::path::replace_extension(object, ".o");
  return std::string(object);
}

// `out=` names a directory when it is one or ends with a separator: one
// driver call compiling several sources then writes one snapshot each.
bool NamesDirectory(const std::string& out, const std::string& working_dir) {
  if (llvm::sys::path::is_separator(out.back())) return true;
  return llvm::sys::fs::is_directory(AbsolutePath(out, working_dir));
}

std::string SourceSnapshotName(llvm::StringRef input_file) {
  return absl::StrCat(llvm::sys::path::filename(input_file).str(), kSnapshotSuffix);
}

// Where out=DIR/ puts the snapshot of `input_file`: below DIR at the path
// naming the translation unit, or at its absolute path outside the project.
std::string SnapshotPathInDirectory(const PluginOptions& options, const std::string& working_dir,
                                    llvm::StringRef input_file) {
  std::string file = PublicFilter::Normalize(input_file.str(), working_dir);
  std::string root = ProjectRoot(options.public_dirs, options.project_root, working_dir);
  std::string relative = ProjectRelative(file, root)
                             .value_or(llvm::StringRef(file).ltrim('/').str());
  llvm::SmallString<256> path(options.out);
  llvm::sys::path::append(path, absl::StrCat(relative, kSnapshotSuffix));
  return std::string(path);
}

}  // namespace

PluginOptions ParsePluginArgs(const std::vector<std::string>& args) {
  PluginOptions options;
  for (const std::string& arg : args) {
    llvm::StringRef key, value;
    std::tie(key, value) = llvm::StringRef(arg).split('=');
    if (key == "public-dir" && !value.empty()) {
      options.public_dirs.push_back(value.str());
    } else if (key == "uses-of" && !value.empty()) {
      options.uses_of.push_back(value.str());
    } else if (key == "project-root" && !value.empty()) {
      options.project_root = value.str();
    } else if (key == "exclude" && !value.empty()) {
      if (std::optional<std::string> problem = PublicFilter::ExcludeProblem(value.str())) {
        options.problems.push_back(absl::StrCat("ignoring -fplugin-arg-apicompat-", arg, ": ",
                                                *problem));
      } else {
        options.excludes.push_back(value.str());
      }
    } else if (arg == "embed") {
      options.embed = true;
    } else if (key == "out" && !value.empty()) {
      options.out = value.str();
    } else {
      options.problems.push_back(absl::StrCat(
          "ignoring unknown argument '-fplugin-arg-apicompat-", arg,
          "' (expected public-dir=DIR, uses-of=DIR, project-root=DIR, exclude=GLOB, embed, "
          "out=FILE or out=DIR/)"));
    }
  }
  return options;
}

std::vector<std::string> MissingPublicDirProblems(const PluginOptions& options,
                                                  const std::string& working_dir) {
  std::vector<std::string> problems;
  for (const std::string& dir : options.public_dirs) {
    if (llvm::sys::fs::exists(AbsolutePath(dir, working_dir))) continue;
    problems.push_back(absl::StrCat("public dir '", dir,
                                    "' does not exist: no declaration of it is recorded "
                                    "(check -fplugin-arg-apicompat-public-dir)"));
  }
  for (const std::string& dir : options.uses_of) {
    if (llvm::sys::fs::exists(AbsolutePath(dir, working_dir))) continue;
    problems.push_back(absl::StrCat("uses-of dir '", dir,
                                    "' does not exist: no use of it is recorded "
                                    "(check -fplugin-arg-apicompat-uses-of)"));
  }
  return problems;
}

std::string WorkingDirectory(const clang::CompilerInstance& compiler) {
  const std::string& configured = compiler.getFileSystemOpts().WorkingDir;
  if (!configured.empty()) return configured;
  llvm::SmallString<256> current;
  if (llvm::sys::fs::current_path(current)) return ".";
  return std::string(current);
}

std::string AbsolutePath(llvm::StringRef path, const std::string& working_dir) {
  if (llvm::sys::path::is_absolute(path)) return path.str();
  llvm::SmallString<256> absolute(working_dir);
  llvm::sys::path::append(absolute, path);
  return std::string(absolute);
}

std::string SnapshotPath(const clang::CompilerInstance& compiler,
                         const PluginOptions& options,
                         llvm::StringRef input_file) {
  if (!options.out.empty()) {
    std::string working_dir = WorkingDirectory(compiler);
    if (!NamesDirectory(options.out, working_dir)) return options.out;
    return SnapshotPathInDirectory(options, working_dir, input_file);
  }
  const std::string& output = compiler.getFrontendOpts().OutputFile;
  if (output == "/dev/null") return "";
  std::string object = ObjectPath(output);
  // Build systems name the object as the target of the dependency file.
  for (const std::string& target : compiler.getDependencyOutputOpts().Targets) {
    if (!object.empty()) break;
    object = ObjectPath(target);
  }
  if (object.empty() && IsDriverTemporary(output)) {
    object = ObjectFileOfDriverCommand(CurrentDriverCommandLine(), input_file).value_or("");
  }
  if (!object.empty()) return absl::StrCat(object, kSnapshotSuffix);
  return SourceSnapshotName(input_file);
}

std::optional<std::string> SharedOutFileProblem(const clang::CompilerInstance& compiler,
                                                const PluginOptions& options) {
  if (options.out.empty() || NamesDirectory(options.out, WorkingDirectory(compiler))) {
    return std::nullopt;
  }
  size_t sources = SourceCountOfDriverCommand(CurrentDriverCommandLine());
  if (sources < 2) return std::nullopt;
  return absl::StrCat("-fplugin-arg-apicompat-out=", options.out, " is given to ", sources,
                      " sources compiled by one command: each overwrites the others' "
                      "snapshot; give out= a directory (ending in '/') for one snapshot "
                      "per source");
}

std::string ProjectRoot(const std::vector<std::string>& public_dirs,
                        const std::string& project_root, const std::string& working_dir) {
  if (!project_root.empty()) return PublicFilter::Normalize(project_root, working_dir);
  if (public_dirs.empty()) return PublicFilter::Normalize(working_dir, "/");
  return llvm::sys::path::parent_path(PublicFilter::Normalize(public_dirs.front(), working_dir))
      .str();
}

std::optional<std::string> ProjectRelative(const std::string& path, const std::string& root) {
  if (root.empty() || !absl::StartsWith(path, root + "/")) return std::nullopt;
  return path.substr(root.size() + 1);
}

std::string TranslationUnitName(const std::string& root, const std::string& working_dir,
                                llvm::StringRef input_file) {
  std::string file = PublicFilter::Normalize(input_file.str(), working_dir);
  // Preprocessed input compiled elsewhere (distcc) names a source relative
  // to where it was preprocessed: only its file name is known.
  if (!llvm::sys::fs::exists(file)) return llvm::sys::path::filename(file).str();
  return ProjectRelative(file, root).value_or(llvm::sys::path::filename(file).str());
}

std::vector<std::string> PublicDirNames(const std::vector<std::string>& public_dirs,
                                        const std::string& root, const std::string& working_dir) {
  std::vector<std::string> names;
  for (const std::string& dir : public_dirs) {
    std::string normalized = PublicFilter::Normalize(dir, working_dir);
    names.push_back(ProjectRelative(normalized, root)
                        .value_or(llvm::sys::path::filename(normalized).str()));
  }
  return names;
}

}  // namespace apicompat
