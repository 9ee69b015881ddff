#include "git_baseline.h"

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <tuple>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "snapshot_io.h"

namespace apicompat {
namespace {

namespace fs = std::filesystem;

std::string FirstLine(absl::string_view text) {
  return std::string(absl::StripAsciiWhitespace(text.substr(0, text.find('\n'))));
}

// `git -C` needs a directory that exists; the API file and its directory
// may not exist yet.
std::string NearestExistingDirectory(const std::string& path) {
  std::error_code error;
  fs::path dir = fs::absolute(path, error).lexically_normal();
  while (!fs::is_directory(dir, error) && dir.has_relative_path()) dir = dir.parent_path();
  return dir.string();
}

// The part of a glob before its first wildcard.
absl::string_view LiteralPrefix(absl::string_view pattern) {
  return pattern.substr(0, std::min(pattern.size(), pattern.find_first_of("*?[\\")));
}

// The snapshot in `contents`, in the form the API file's name selects;
// errors name it `name` ("v1.0.0:api/geo.apisnap.txtpb").
constexpr char kShallowHint[] =
    "in CI, check out the full history with its tags (actions/checkout: fetch-depth: 0; "
    "GitLab: GIT_DEPTH: 0)";

}  // namespace

// --- GitRepository ---------------------------------------------------------

absl::StatusOr<GitRepository> GitRepository::Containing(const std::string& path) {
  std::string dir = NearestExistingDirectory(path);
  absl::StatusOr<ProcessResult> result =
      RunProcess({"git", "-C", dir, "rev-parse", "--show-toplevel"});
  if (!result.ok()) {
    return absl::UnavailableError(
        absl::StrCat(result.status().message(), ": install git, or pass --baseline FILE"));
  }
  if (result->exit_code != 0) {
    // Container jobs check out as another user than the one running the job;
    // git then refuses the repository until it is declared safe.
    if (absl::StrContains(result->err, "detected dubious ownership")) {
      std::string root = dir;
      absl::string_view err = result->err;
      size_t at = err.find(" at '");
      if (at != absl::string_view::npos) {
        absl::string_view quoted = err.substr(at + 5);
        root = std::string(quoted.substr(0, quoted.find('\'')));
      }
      return absl::FailedPreconditionError(absl::StrCat(
          "git refuses the repository ", root,
          " (detected dubious ownership: it belongs to another user, as in a CI container): run "
          "`git config --global --add safe.directory ",
          root, "` first (in GitHub Actions: \"$GITHUB_WORKSPACE\"), or pass --baseline FILE"));
    }
    std::string why = absl::StrContains(result->err, "not a git repository")
                          ? ""
                          : absl::StrCat(" (", FirstLine(result->err), ")");
    return absl::FailedPreconditionError(absl::StrCat(
        dir, " is not in a git repository", why,
        ": run apicompat check in a clone of the project, or pass --baseline FILE"));
  }
  return GitRepository(FirstLine(result->out));
}

absl::StatusOr<ProcessResult> GitRepository::Git(const std::vector<std::string>& args) const {
  std::vector<std::string> argv = {"git", "-C", root_};
  argv.insert(argv.end(), args.begin(), args.end());
  return RunProcess(argv);
}

absl::StatusOr<std::string> GitRepository::RelativePath(const std::string& path) const {
  std::error_code error;
  fs::path absolute = fs::weakly_canonical(fs::absolute(path), error);
  if (error) return absl::UnavailableError(absl::StrCat(path, ": ", error.message()));
  fs::path relative = absolute.lexically_relative(root_);
  if (relative.empty() || *relative.begin() == "..") {
    return absl::InvalidArgumentError(
        absl::StrCat(path, " is outside the git repository ", root_,
                     ": keep the API file in the library's repository"));
  }
  return relative.generic_string();
}

absl::StatusOr<std::vector<std::string>> GitRepository::Tags(const std::string& pattern) const {
  absl::StatusOr<ProcessResult> result = Git({"tag", "--list", "--", pattern});
  if (!result.ok()) return result.status();
  if (result->exit_code != 0) {
    return absl::UnavailableError(absl::StrCat("git tag --list failed: ", FirstLine(result->err)));
  }
  std::vector<std::string> tags = absl::StrSplit(result->out, '\n', absl::SkipWhitespace());
  std::sort(tags.begin(), tags.end());
  return tags;
}

bool GitRepository::HasCommit(const std::string& revision) const {
  // A leading '-' would be taken for an option.
  if (revision.empty() || revision[0] == '-') return false;
  absl::StatusOr<ProcessResult> result =
      Git({"rev-parse", "--verify", "--quiet", absl::StrCat(revision, "^{commit}")});
  return result.ok() && result->exit_code == 0;
}

absl::StatusOr<std::optional<std::string>> GitRepository::FileAt(const std::string& revision,
                                                                const std::string& path) const {
  std::string object = absl::StrCat(revision, ":", path);
  absl::StatusOr<ProcessResult> exists = Git({"rev-parse", "--verify", "--quiet", object});
  if (!exists.ok()) return exists.status();
  if (exists->exit_code != 0) return std::nullopt;
  absl::StatusOr<ProcessResult> shown = Git({"show", object});
  if (!shown.ok()) return shown.status();
  if (shown->exit_code != 0) {
    return absl::UnavailableError(
        absl::StrCat("git show ", object, " failed: ", FirstLine(shown->err)));
  }
  return shown->out;
}

std::optional<std::string> GitRepository::DefaultBranch() const {
  absl::StatusOr<ProcessResult> head =
      Git({"symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"});
  if (head.ok() && head->exit_code == 0 && HasCommit(FirstLine(head->out))) {
    return FirstLine(head->out);
  }
  for (const char* branch : {"origin/main", "origin/master", "main", "master"}) {
    if (HasCommit(branch)) return branch;
  }
  return std::nullopt;
}

// --- release tags ------------------------------------------------------------

std::optional<ReleaseTag> ParseReleaseTag(const std::string& tag, const std::string& pattern) {
  absl::string_view text = tag;
  absl::ConsumePrefix(&text, LiteralPrefix(pattern));
  absl::ConsumePrefix(&text, "v");
  absl::StatusOr<Version> version = ParseVersion(text);
  if (!version.ok()) return std::nullopt;
  size_t suffix = text.find_first_of("-+");
  bool prerelease = suffix != absl::string_view::npos && text[suffix] == '-';
  return ReleaseTag{tag, *std::move(version), prerelease};
}

std::optional<ReleaseTag> HighestReleaseTag(const std::vector<std::string>& tags,
                                            const std::string& pattern) {
  std::optional<ReleaseTag> best;
  for (const std::string& tag : tags) {
    std::optional<ReleaseTag> release = ParseReleaseTag(tag, pattern);
    if (!release || release->prerelease) continue;
    // Equal versions ("v1.0", "v1.0.0"): the name decides, for determinism.
    if (!best || std::tie(best->version, best->name) < std::tie(release->version, release->name)) {
      best = std::move(release);
    }
  }
  return best;
}

// --- the baseline ------------------------------------------------------------

namespace {

absl::StatusOr<Baseline> FromFile(const std::string& file) {
  absl::StatusOr<Snapshot> snapshot = ReadSnapshot(file);
  if (!snapshot.ok()) return snapshot.status();
  Baseline baseline{*std::move(snapshot), file, std::nullopt, {}};
  baseline.notes.push_back(absl::StrCat("comparing with ", file, " (--baseline)"));
  return baseline;
}

// The API file at `revision`, or nullopt when it has none.
absl::StatusOr<std::optional<Snapshot>> SnapshotAt(const GitRepository& repo,
                                                   const std::string& revision,
                                                   const std::string& path) {
  absl::StatusOr<std::optional<std::string>> contents = repo.FileAt(revision, path);
  if (!contents.ok()) return contents.status();
  if (!*contents) return std::nullopt;
  absl::StatusOr<Snapshot> snapshot =
      ParseSnapshot(**contents, FormatForPath(path), absl::StrCat(revision, ":", path));
  if (!snapshot.ok()) return snapshot.status();
  return *std::move(snapshot);
}

absl::StatusOr<Baseline> FromRevision(const GitRepository& repo, const std::string& path,
                                      const std::string& revision, const std::string& pattern) {
  if (!repo.HasCommit(revision)) {
    return absl::NotFoundError(absl::StrCat(
        "--baseline '", revision, "' is neither a file nor a git tag or revision: "
        "name an existing tag (git tag --list), or fetch the tags (git fetch --tags)"));
  }
  absl::StatusOr<std::optional<Snapshot>> snapshot = SnapshotAt(repo, revision, path);
  if (!snapshot.ok()) return snapshot.status();
  if (!*snapshot) {
    return absl::NotFoundError(absl::StrCat(
        revision, " has no ", path, ": pass --baseline with a tag or file that has the "
        "library's API file (apicompat update writes it)"));
  }
  std::string description = absl::StrCat(path, " at ", revision);
  Baseline baseline{**std::move(snapshot), description, std::nullopt, {}};
  if (std::optional<ReleaseTag> tag = ParseReleaseTag(revision, pattern)) {
    baseline.version = tag->version;
  }
  baseline.notes.push_back(absl::StrCat("comparing with ", description, " (--baseline)"));
  return baseline;
}

// No usable release tag (`why`): the API file on the default branch, which
// a pull request does not control either.
absl::StatusOr<Baseline> FromDefaultBranch(const GitRepository& repo, const std::string& path,
                                           const std::string& why) {
  std::optional<std::string> branch = repo.DefaultBranch();
  if (!branch) {
    return absl::NotFoundError(absl::StrCat(
        why, " and no default branch (origin/HEAD, main, master) was found: pass --baseline "
        "with a tag, a branch or a file; ", kShallowHint));
  }
  absl::StatusOr<std::optional<Snapshot>> snapshot = SnapshotAt(repo, *branch, path);
  if (!snapshot.ok()) return snapshot.status();
  if (!*snapshot) {
    return absl::NotFoundError(absl::StrCat(
        why, " and the default branch ", *branch, " has no ", path,
        ": run `apicompat update`, commit the API file to the default branch and tag "
        "releases; ", kShallowHint));
  }
  std::string description = absl::StrCat(path, " on the default branch ", *branch);
  Baseline baseline{**std::move(snapshot), description, std::nullopt, {}};
  baseline.notes.push_back(absl::StrCat(why, ": comparing with ", description,
                                        "; tag a release to compare with it (", kShallowHint,
                                        ")"));
  return baseline;
}

absl::StatusOr<Baseline> FromLastRelease(const GitRepository& repo, const std::string& path,
                                         const std::string& pattern) {
  absl::StatusOr<std::vector<std::string>> tags = repo.Tags(pattern);
  if (!tags.ok()) return tags.status();
  std::optional<ReleaseTag> release = HighestReleaseTag(*tags, pattern);
  if (!release) {
    std::string why = tags->empty()
                          ? absl::StrCat("no release tag matches '", pattern, "'")
                          : absl::StrCat("none of the ", tags->size(), " tags matching '",
                                         pattern, "' is a stable release version");
    return FromDefaultBranch(repo, path, why);
  }
  absl::StatusOr<std::optional<Snapshot>> snapshot = SnapshotAt(repo, release->name, path);
  if (!snapshot.ok()) return snapshot.status();
  if (!*snapshot) {
    return FromDefaultBranch(
        repo, path,
        absl::StrCat("the last release ", release->name, " has no ", path,
                     " (it predates apicompat)"));
  }
  std::string description = absl::StrCat(path, " at tag ", release->name);
  Baseline baseline{**std::move(snapshot), description, release->version, {}};
  baseline.notes.push_back(absl::StrCat("comparing with ", description,
                                        ", the last release (tags '", pattern, "')"));
  return baseline;
}

}  // namespace

absl::StatusOr<Baseline> LoadBaseline(const BaselineRequest& request) {
  std::error_code error;
  if (request.baseline != "auto" && fs::is_regular_file(request.baseline, error)) {
    return FromFile(request.baseline);
  }
  absl::StatusOr<GitRepository> repo = GitRepository::Containing(request.api_file);
  if (!repo.ok()) return repo.status();
  absl::StatusOr<std::string> path = repo->RelativePath(request.api_file);
  if (!path.ok()) return path.status();
  if (request.baseline == "auto") return FromLastRelease(*repo, *path, request.tag_pattern);
  return FromRevision(*repo, *path, request.baseline, request.tag_pattern);
}

}  // namespace apicompat
