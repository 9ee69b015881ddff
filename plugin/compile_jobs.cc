#include "compile_jobs.h"

#include <map>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "driver_options.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/StringSaver.h"
#include "public_filter.h"

namespace apicompat {
namespace {

constexpr const char* kHeaderExtensions[] = {".h", ".hh", ".hpp", ".hxx", ".h++"};

bool HasExtension(llvm::StringRef path, llvm::ArrayRef<const char*> extensions) {
  llvm::StringRef ext = llvm::sys::path::extension(path);
  return llvm::any_of(extensions, [&](const char* candidate) { return ext == candidate; });
}

// Assembly has no declarations; the plugin does not run on it either.
bool IsAssembly(llvm::StringRef path) {
  return HasExtension(path, {".s", ".S", ".asm", ".sx"});
}

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

// The compile_commands.json that `-p` names (the file, or the one in a
// directory), checked to be JSON: LLVM's reader would print a YAML parser's
// diagnostics rather than fail with one line.
absl::StatusOr<std::string> CompilationDatabasePath(const std::string& given,
                                                    const std::string& cwd) {
  std::string path = PublicFilter::Normalize(given, cwd);
  if (!llvm::sys::fs::exists(path)) {
    return absl::NotFoundError(absl::StrCat("snapshot: -p ", given, ": no such file or directory"));
  }
  if (llvm::sys::fs::is_directory(path)) {
    llvm::SmallString<256> file(path);
    llvm::sys::path::append(file, "compile_commands.json");
    if (!llvm::sys::fs::exists(file)) {
      return absl::NotFoundError(absl::StrCat(
          "snapshot: no compile_commands.json in ", given,
          " (CMake writes one with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON)"));
    }
    path = std::string(file);
  }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> contents = llvm::MemoryBuffer::getFile(path);
  if (!contents) {
    return absl::UnavailableError(
        absl::StrCat("snapshot: cannot read ", path, ": ", contents.getError().message()));
  }
  llvm::Expected<llvm::json::Value> json = llvm::json::parse((*contents)->getBuffer());
  if (!json) {
    return absl::InvalidArgumentError(absl::StrCat("snapshot: ", path, " is not valid JSON: ",
                                                   llvm::toString(json.takeError())));
  }
  return path;
}

// Drops -fplugin=, -fplugin-arg-*, -fpass-plugin= (the apicompat plugin of
// the build itself among them): plugins are not loaded into this tool.
std::vector<std::string> WithoutCompilerPlugins(const std::vector<std::string>& args) {
  std::vector<std::string> kept;
  for (const std::string& arg : args) {
    if (absl::StartsWith(arg, "-fplugin=") || absl::StartsWith(arg, "-fplugin-arg-") ||
        absl::StartsWith(arg, "-fpass-plugin=")) {
      continue;
    }
    kept.push_back(arg);
  }
  return clang::tooling::getStripPluginsAdjuster()(kept, "");
}

// Response files expanded, as the driver would (relative to the current
// directory), so that the flags in them can be checked.
std::vector<std::string> ExpandResponseFiles(const std::vector<std::string>& args) {
  llvm::BumpPtrAllocator allocator;
  llvm::StringSaver saver(allocator);
  llvm::SmallVector<const char*, 64> argv;
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  llvm::cl::ExpandResponseFiles(saver, llvm::cl::TokenizeGNUCommandLine, argv);
  return std::vector<std::string>(argv.begin(), argv.end());
}

// Removes the flags this Clang's driver does not know (it would reject
// them): GCC-only flags of a build that does not use Clang.
std::vector<std::string> WithoutUnknownFlags(const std::vector<std::string>& args,
                                             std::set<std::string>& dropped) {
  if (args.empty()) return args;
  std::vector<const char*> argv;
  for (size_t i = 1; i < args.size(); ++i) argv.push_back(args[i].c_str());
  llvm::opt::InputArgList parsed = driver_options::Parse(argv);
  std::set<unsigned> unknown;
  for (const llvm::opt::Arg* arg : parsed.filtered(driver_options::OPT_UNKNOWN)) {
    unknown.insert(arg->getIndex() + 1);
  }
  std::vector<std::string> kept;
  for (size_t i = 0; i < args.size(); ++i) {
    if (unknown.count(i)) {
      dropped.insert(args[i]);
    } else {
      kept.push_back(args[i]);
    }
  }
  return kept;
}

}  // namespace

absl::StatusOr<std::vector<CompileJob>> JobsFromCompilationDatabase(
    const SnapshotToolOptions& options, const std::string& cwd) {
  absl::StatusOr<std::string> path = CompilationDatabasePath(options.compile_commands, cwd);
  if (!path.ok()) return path.status();
  std::string error;
  std::unique_ptr<clang::tooling::JSONCompilationDatabase> database =
      clang::tooling::JSONCompilationDatabase::loadFromFile(
          *path, error, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (database == nullptr) {
    return absl::InvalidArgumentError(
        absl::StrCat("snapshot: cannot read ", *path, ": ", FirstLine(error)));
  }
  // Sources given on the command line, by normalized path -> as given.
  std::map<std::string, std::string> wanted;
  for (const std::string& source : options.sources) {
    std::string normalized = PublicFilter::Normalize(source, cwd);
    if (!llvm::sys::fs::exists(normalized)) {
      return absl::NotFoundError(absl::StrCat("snapshot: ", source, ": no such file"));
    }
    wanted.emplace(normalized, source);
  }
  std::set<std::string> found;
  std::vector<CompileJob> jobs;
  for (clang::tooling::CompileCommand& command : database->getAllCompileCommands()) {
    std::string directory = PublicFilter::Normalize(command.Directory, cwd);
    std::string file = PublicFilter::Normalize(command.Filename, directory);
    if (IsAssembly(file) || command.CommandLine.empty()) continue;
    if (!wanted.empty() && !wanted.count(file)) continue;
    found.insert(file);
    jobs.push_back(CompileJob{directory, command.Filename, std::move(command.CommandLine)});
  }
  for (const auto& [normalized, source] : wanted) {
    if (!found.count(normalized)) {
      return absl::NotFoundError(
          absl::StrCat("snapshot: no compile command for ", source, " in ", *path));
    }
  }
  if (jobs.empty()) {
    return absl::NotFoundError(
        absl::StrCat("snapshot: ", *path, " has no C or C++ translation units"));
  }
  return jobs;
}

absl::StatusOr<std::vector<CompileJob>> JobsForPublicHeaders(const SnapshotToolOptions& options,
                                                             const std::string& cwd) {
  std::vector<std::string> command = {
      absl::StrCat(APICOMPAT_CLANG_BIN_DIR, options.language == "c" ? "/clang" : "/clang++"),
      "-x", options.language == "c" ? "c-header" : "c++-header",
      absl::StrCat("-std=", options.std)};
  command.insert(command.end(), options.header_flags.begin(), options.header_flags.end());
  std::set<std::string> headers;
  std::vector<llvm::GlobPattern> excludes = PublicFilter::CompileExcludes(options.excludes);
  for (const std::string& dir : options.public_dirs) {
    std::string root = PublicFilter::Normalize(dir, cwd);
    if (llvm::sys::fs::is_regular_file(root)) {
      // A single public header: its neighbours are what it includes.
      command.push_back(absl::StrCat("-I", llvm::sys::path::parent_path(root).str()));
      headers.insert(root);
      continue;
    }
    if (!llvm::sys::fs::is_directory(root)) {
      return absl::NotFoundError(absl::StrCat("snapshot: public dir '", dir, "' does not exist"));
    }
    // Headers include each other relative to their public dir.
    command.push_back(absl::StrCat("-I", root));
    std::error_code error;
    for (llvm::sys::fs::recursive_directory_iterator it(root, error), end; !error && it != end;
         it.increment(error)) {
      if (it->type() == llvm::sys::fs::file_type::directory_file ||
          !HasExtension(it->path(), kHeaderExtensions)) {
        continue;
      }
      // Internal headers need not compile on their own.
      if (PublicFilter::Excluded(llvm::StringRef(it->path()).substr(root.size() + 1),
                                 excludes)) {
        continue;
      }
      headers.insert(PublicFilter::Normalize(it->path(), cwd));
    }
    if (error) return absl::UnavailableError(absl::StrCat("snapshot: ", dir, ": ", error.message()));
  }
  if (headers.empty() && !options.allow_empty) {
    return absl::NotFoundError(absl::StrCat(
        "snapshot: no headers (", absl::StrJoin(kHeaderExtensions, " "),
        ") under the public dirs ", absl::StrJoin(options.public_dirs, ", "),
        options.excludes.empty() ? "" : " that --exclude leaves"));
  }
  std::vector<CompileJob> jobs;
  for (const std::string& header : headers) {
    CompileJob job{cwd, header, command};
    job.command_line.push_back(header);
    jobs.push_back(std::move(job));
  }
  return jobs;
}

std::vector<std::string> ParseOnlyCommandLine(const std::vector<std::string>& command_line,
                                              const std::vector<std::string>& extra_flags,
                                              std::set<std::string>& dropped) {
  using namespace clang::tooling;
  std::vector<std::string> args = WithoutCompilerPlugins(ExpandResponseFiles(command_line));
  args = WithoutUnknownFlags(args, dropped);
  args = getClangStripOutputAdjuster()(args, "");
  args = getClangStripDependencyFileAdjuster()(args, "");
  args = getClangSyntaxOnlyAdjuster()(args, "");
  // The builtin headers (stddef.h, ...) of the Clang this tool is built
  // with, wherever it is installed. Warnings are noise here: a GCC build's
  // warning flags mean nothing to Clang.
  for (const char* arg : {"-resource-dir", APICOMPAT_CLANG_RESOURCE_DIR, "-w",
                          "-Wno-unknown-warning-option", "-Qunused-arguments"}) {
    args.push_back(arg);
  }
  args.insert(args.end(), extra_flags.begin(), extra_flags.end());
  return args;
}

}  // namespace apicompat
