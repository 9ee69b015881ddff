#include "cli/rebuild_baseline.h"

#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "snapshot_io.h"
#include "subprocess.h"

namespace apicompat {
namespace {

namespace fs = std::filesystem;

// A temporary directory holding a detached worktree of the commit, removed
// (with git's record of the worktree) on destruction.
class TemporaryWorktree {
 public:
  static absl::StatusOr<std::unique_ptr<TemporaryWorktree>> Create(const std::string& root,
                                                                   const std::string& commit) {
    std::error_code error;
    std::string pattern = (fs::temp_directory_path(error) / "apicompat-rebuild-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
      return absl::UnavailableError("cannot create a temporary directory");
    }
    auto worktree = std::unique_ptr<TemporaryWorktree>(new TemporaryWorktree(root, pattern));
    absl::StatusOr<ProcessResult> added = RunProcess(
        {"git", "-C", root, "worktree", "add", "--quiet", "--detach", worktree->source(), commit});
    if (!added.ok()) return added.status();
    if (added->exit_code != 0) {
      return absl::UnavailableError(absl::StrCat("git worktree add failed: ", LastLine(added->err)));
    }
    worktree->added_ = true;
    return worktree;
  }

  ~TemporaryWorktree() {
    if (added_) (void)RunProcess({"git", "-C", root_, "worktree", "remove", "--force", source()});
    std::error_code error;
    fs::remove_all(dir_, error);
  }

  std::string source() const { return dir_ + "/source"; }
  std::string output() const { return dir_ + "/baseline.apisnap"; }

  static std::string LastLine(absl::string_view text) {
    text = absl::StripTrailingAsciiWhitespace(text);
    size_t newline = text.rfind('\n');
    return std::string(newline == absl::string_view::npos ? text : text.substr(newline + 1));
  }

 private:
  TemporaryWorktree(std::string root, std::string dir)
      : root_(std::move(root)), dir_(std::move(dir)) {}
  std::string root_;
  std::string dir_;
  bool added_ = false;
};

}  // namespace

absl::StatusOr<Snapshot> RebuildBaseline(const GitRepository& repo,
                                         const RebuildRequest& request) {
  auto fail = [&](absl::string_view why) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot rebuild the baseline from ", request.name, ": ", why));
  };
  if (request.public_dirs.empty()) {
    return fail("--rebuild-baseline needs --public-dir (the headers to snapshot)");
  }
  std::error_code error;
  fs::path self = fs::read_symlink("/proc/self/exe", error);
  if (error) return fail("cannot locate the apicompat executable");
  absl::StatusOr<std::unique_ptr<TemporaryWorktree>> worktree =
      TemporaryWorktree::Create(repo.root(), request.commit);
  if (!worktree.ok()) return fail(worktree.status().message());
  // Run in the worktree's root: the public dirs, given relative to the
  // repository, and relative paths in the arguments name the tag's files.
  std::vector<std::string> argv = {"env",         "-C", (*worktree)->source(), self.string(),
                                   "snapshot",    "--no-progress",          "-o",
                                   (*worktree)->output()};
  for (const std::string& dir : request.public_dirs) {
    absl::StatusOr<std::string> relative = repo.RelativePath(dir);
    if (!relative.ok()) return fail(relative.status().message());
    argv.insert(argv.end(), {"--public-dir", *relative});
  }
  argv.insert(argv.end(), request.snapshot_args.begin(), request.snapshot_args.end());
  absl::StatusOr<ProcessResult> ran = RunProcess(argv);
  if (!ran.ok()) return fail(ran.status().message());
  if (ran->exit_code != 0) {
    return fail(absl::StrCat("apicompat snapshot failed: ",
                             TemporaryWorktree::LastLine(ran->err)));
  }
  absl::StatusOr<Snapshot> snapshot = ReadSnapshot((*worktree)->output());
  if (!snapshot.ok()) return fail(snapshot.status().message());
  return snapshot;
}

}  // namespace apicompat
