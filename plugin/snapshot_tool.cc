// apicompat-snapshot (run as `apicompat snapshot`): the plugin's snapshot
// without the user's build, for projects not built with Clang. The same
// collector runs in Clang's front end through libTooling, on the commands
// of a compilation database or on each public header, and the per-TU
// snapshots are merged as `apicompat merge` merges the plugin's.
//
// A separate executable so that the differ (bin/apicompat) never links
// Clang: it is built per Clang major, next to the plugin.
#include <unistd.h>

#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/Tooling.h"
#include "progress.h"
#include "compile_jobs.h"
#include "empty_snapshot.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "merge.h"
#include "public_filter.h"
#include "snapshot_io.h"
#include "snapshot_tool_options.h"
#include "translation_unit_snapshot.h"

namespace apicompat {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 2;

int Fail(absl::string_view message) {
  std::cerr << "apicompat: error: " << message << "\n";
  return kExitError;
}

// Collects the snapshot once the front end has parsed the translation unit,
// unless it has errors (as the plugin, which writes none for a failed
// compile).
class SnapshotConsumer : public clang::ASTConsumer {
 public:
  // `scope`'s dirs are absolute: every job runs in its own directory.
  SnapshotConsumer(clang::CompilerInstance& compiler, const SnapshotScope& scope,
                   std::string input_file, std::optional<Snapshot>& result)
      : compiler_(compiler),
        scope_(scope),
        input_file_(std::move(input_file)),
        result_(result),
        uses_(WatchUses(compiler, scope)) {}

  void HandleTranslationUnit(clang::ASTContext& context) override {
    if (compiler_.getDiagnostics().hasErrorOccurred()) return;
    result_.emplace();
    SnapshotOfTranslationUnit(compiler_, context, scope_, input_file_, uses_.get(), *result_);
  }

 private:
  clang::CompilerInstance& compiler_;
  const SnapshotScope& scope_;
  std::string input_file_;
  std::optional<Snapshot>& result_;
  std::unique_ptr<UseCollector> uses_;  // null without --uses-of
};

class SnapshotAction : public clang::ASTFrontendAction {
 public:
  SnapshotAction(const SnapshotScope& scope, std::optional<Snapshot>& result)
      : scope_(scope), result_(result) {}

 protected:
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance& compiler,
                                                        llvm::StringRef input_file) override {
    return std::make_unique<SnapshotConsumer>(compiler, scope_, input_file.str(), result_);
  }

 private:
  const SnapshotScope& scope_;
  std::optional<Snapshot>& result_;
};

// How messages name a job's file: relative to where the tool was run.
std::string DisplayName(const CompileJob& job, const std::string& cwd) {
  std::string file = PublicFilter::Normalize(job.file, job.directory);
  if (absl::StartsWith(file, cwd + "/")) return file.substr(cwd.size() + 1);
  return file;
}

class SnapshotRunner {
 public:
  SnapshotRunner(const SnapshotToolOptions& options, std::string cwd)
      : options_(options), cwd_(std::move(cwd)), merger_(MergeOptions{options.keep_first}) {
    // Absolute: every job runs in its own working directory.
    for (const std::string& dir : options.public_dirs) {
      scope_.public_dirs.push_back(PublicFilter::Normalize(dir, cwd_));
    }
    for (const std::string& dir : options.uses_of) {
      scope_.uses_of.push_back(PublicFilter::Normalize(dir, cwd_));
    }
    scope_.excludes = options.excludes;
    // A consumer's uses are named relative to where the tool runs, unless
    // the public dirs or --project-root say where the project is.
    if (!options.project_root.empty()) {
      scope_.project_root = PublicFilter::Normalize(options.project_root, cwd_);
    } else if (options.public_dirs.empty()) {
      scope_.project_root = cwd_;
    }
  }

  // Runs every job; an error message when one fails.
  std::optional<std::string> Run(const std::vector<CompileJob>& jobs) {
    Progress progress(jobs.size(), options_.progress      ? ProgressMode::kOn
                                   : options_.no_progress ? ProgressMode::kOff
                                                          : ProgressMode::kAuto);
    for (const CompileJob& job : jobs) {
      progress.Step(DisplayName(job, cwd_));
      if (std::optional<std::string> error = RunJob(job, progress)) return error;
    }
    return std::nullopt;
  }

  SnapshotMerger& merger() { return merger_; }

 private:
  std::optional<std::string> RunJob(const CompileJob& job, Progress& progress) {
    // The compile runs where the build would run it, so that relative
    // paths (and the snapshot's names) resolve exactly as in the build.
    if (::chdir(job.directory.c_str()) != 0) {
      return absl::StrCat("snapshot: cannot enter ", job.directory, " (the directory of ",
                          job.file, "'s compile command)");
    }
    std::set<std::string> dropped;
    std::vector<std::string> command =
        ParseOnlyCommandLine(job.command_line, options_.extra_flags, dropped);
    for (const std::string& flag : dropped) {
      if (warned_.insert(flag).second) {
        progress.Clear();
        std::cerr << "apicompat: warning: ignoring '" << flag
                  << "', which Clang does not know (first seen compiling "
                  << DisplayName(job, cwd_) << ")\n";
      }
    }
    std::optional<Snapshot> result;
    llvm::IntrusiveRefCntPtr<clang::FileManager> files(
        new clang::FileManager(clang::FileSystemOptions(), llvm::vfs::getRealFileSystem()));
    clang::tooling::ToolInvocation invocation(
        command, std::make_unique<SnapshotAction>(scope_, result), files.get());
    bool ran = invocation.run();
    if (::chdir(cwd_.c_str()) != 0) return absl::StrCat("snapshot: cannot return to ", cwd_);
    if (!ran || !result) {
      return absl::StrCat("snapshot: ", DisplayName(job, cwd_),
                          " does not compile (Clang's errors are above)");
    }
    merger_.Add(*std::move(result));
    return std::nullopt;
  }

  const SnapshotToolOptions& options_;
  std::string cwd_;
  SnapshotScope scope_;
  std::set<std::string> warned_;
  SnapshotMerger merger_;
};

int Run(const std::vector<std::string>& args) {
  absl::StatusOr<SnapshotToolOptions> options = ParseSnapshotToolArgs(args);
  if (!options.ok()) return Fail(options.status().message());
  if (options->help) {
    std::cout << kSnapshotToolUsage;
    return kExitOk;
  }
  llvm::SmallString<256> cwd;
  if (llvm::sys::fs::current_path(cwd)) return Fail("snapshot: cannot read the current directory");
  std::string cwd_path = PublicFilter::Normalize(std::string(cwd), "/");
  for (const std::string& dir : options->public_dirs) {
    if (!llvm::sys::fs::exists(PublicFilter::Normalize(dir, cwd_path))) {
      return Fail(absl::StrCat("snapshot: public dir '", dir, "' does not exist"));
    }
  }
  for (const std::string& dir : options->uses_of) {
    if (!llvm::sys::fs::exists(PublicFilter::Normalize(dir, cwd_path))) {
      return Fail(absl::StrCat("snapshot: uses-of dir '", dir, "' does not exist"));
    }
  }
  absl::StatusOr<std::vector<CompileJob>> jobs =
      options->build_mode() ? JobsFromCompilationDatabase(*options, cwd_path)
                            : JobsForPublicHeaders(*options, cwd_path);
  if (!jobs.ok()) return Fail(jobs.status().message());
  SnapshotRunner runner(*options, cwd_path);
  if (std::optional<std::string> error = runner.Run(*jobs)) return Fail(*error);
  absl::StatusOr<MergeResult> merged = runner.merger().Finish();
  if (!merged.ok()) return Fail(merged.status().message());
  absl::Status nonempty = RefuseEmptySnapshot(merged->snapshot, "snapshot", options->allow_empty);
  if (!nonempty.ok()) return Fail(nonempty.message());
  for (const std::string& warning : merged->warnings) {
    std::cerr << "apicompat: warning: " << warning << "\n";
  }
  absl::Status written = WriteSnapshot(merged->snapshot, options->output);
  if (!written.ok()) return Fail(written.message());
  // Standard output carries the snapshot: the summary goes to stderr.
  (IsStandardOutput(options->output) ? std::cerr : std::cout)
      << "apicompat: snapshot of " << jobs->size()
            << (options->build_mode() ? " translation units" : " headers") << " written to "
            << options->output << " (" << merged->snapshot.decls_size() << " declarations"
            << (options->uses_of.empty()
                    ? ""
                    : absl::StrCat(", ", merged->snapshot.uses_size(), " uses"))
            << ")\n";
  return kExitOk;
}

}  // namespace
}  // namespace apicompat

int main(int argc, char** argv) {
  return apicompat::Run(std::vector<std::string>(argv + 1, argv + argc));
}
