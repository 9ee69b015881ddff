#include "git_baseline.h"

#include <stdlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <tuple>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
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
  fs::path absolute = fs::absolute(path, error).lexically_normal();
  if (error) return absl::UnavailableError(absl::StrCat(path, ": ", error.message()));
  fs::path relative = absolute.lexically_relative(root_);
  if (relative.empty() || *relative.begin() == "..") {
    // git reports the root with symlinks resolved (/tmp -> /private/tmp):
    // resolve the working directory the same way, never the file itself.
    fs::path cwd = fs::canonical(fs::current_path(error), error);
    if (!error && fs::path(path).is_relative()) {
      relative = (cwd / path).lexically_normal().lexically_relative(root_);
    }
  }
  if (relative.empty() || *relative.begin() == ".." || relative == ".") {
    return absl::InvalidArgumentError(
        absl::StrCat(path, " is outside the git repository ", root_,
                     ": keep the API file in the library's repository"));
  }
  return relative.generic_string();
}

absl::Status GitRepository::RefuseWorkingTreeSymlink(const std::string& relative) const {
  fs::path walked = root_;
  for (const fs::path& part : fs::path(relative)) {
    walked /= part;
    std::error_code error;
    if (fs::is_symlink(fs::symlink_status(walked, error))) {
      return absl::InvalidArgumentError(absl::StrCat(
          relative, ": ", walked.lexically_relative(root_).generic_string(),
          " is a symlink in the working tree: the API file must be a regular file in the "
          "repository, never a link to another"));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<std::string>> GitRepository::ListTags(
    const std::string& filter, const std::string& pattern) const {
  absl::StatusOr<ProcessResult> result = Git({"tag", "--list", filter, "HEAD", "--", pattern});
  if (!result.ok()) return result.status();
  if (result->exit_code != 0) {
    return absl::UnavailableError(
        absl::StrCat("git tag ", filter, " HEAD failed: ", FirstLine(result->err)));
  }
  std::vector<std::string> tags = absl::StrSplit(result->out, '\n', absl::SkipWhitespace());
  std::sort(tags.begin(), tags.end());
  return tags;
}

absl::StatusOr<std::vector<std::string>> GitRepository::TagsInHistory(
    const std::string& pattern) const {
  return ListTags("--merged", pattern);
}

absl::StatusOr<std::vector<std::string>> GitRepository::TagsAtHead(
    const std::string& pattern) const {
  return ListTags("--points-at", pattern);
}

std::optional<std::string> GitRepository::CommitOf(const std::string& revision) const {
  // A leading '-' would be taken for an option.
  if (revision.empty() || revision[0] == '-') return std::nullopt;
  absl::StatusOr<ProcessResult> result =
      Git({"rev-parse", "--verify", "--quiet", absl::StrCat(revision, "^{commit}")});
  if (!result.ok() || result->exit_code != 0) return std::nullopt;
  return FirstLine(result->out);
}

bool GitRepository::HasCommit(const std::string& revision) const {
  return CommitOf(revision).has_value();
}

absl::StatusOr<std::optional<GitRepository::TreeEntry>> GitRepository::EntryAt(
    const std::string& commit, const std::string& path) const {
  // Pathspec magic must not apply to `path`.
  absl::StatusOr<ProcessResult> listed =
      Git({"--literal-pathspecs", "ls-tree", "-z", "--full-tree", commit, "--", path});
  if (!listed.ok()) return listed.status();
  if (listed->exit_code != 0) {
    return absl::UnavailableError(absl::StrCat("git ls-tree failed: ", FirstLine(listed->err)));
  }
  // "<mode> <type> <object>\t<path>\0" per entry.
  for (absl::string_view entry : absl::StrSplit(listed->out, '\0', absl::SkipEmpty())) {
    std::pair<absl::string_view, absl::string_view> fields = absl::StrSplit(entry, '\t');
    std::vector<std::string> meta = absl::StrSplit(fields.first, ' ');
    if (fields.second == path && meta.size() == 3) return TreeEntry{meta[0], meta[1], meta[2]};
  }
  return std::nullopt;
}

absl::StatusOr<std::optional<std::string>> GitRepository::FileAt(
    const std::string& revision, const std::string& path, const std::string& name) const {
  std::optional<std::string> commit = CommitOf(revision);
  if (!commit) return std::nullopt;
  // The tree entry's mode says what it is: `git show` would print a
  // symlink's target path as if it were the file.
  absl::StatusOr<std::optional<TreeEntry>> entry = EntryAt(*commit, path);
  if (!entry.ok()) return entry.status();
  std::string where = absl::StrCat(name, ":", path);
  if (!*entry) {
    // Absent, or behind a symlinked directory (which git does not follow).
    for (size_t slash = path.find('/'); slash != std::string::npos;
         slash = path.find('/', slash + 1)) {
      absl::StatusOr<std::optional<TreeEntry>> dir = EntryAt(*commit, path.substr(0, slash));
      if (dir.ok() && *dir && (*dir)->mode == "120000") {
        return absl::InvalidArgumentError(absl::StrCat(
            where, ": ", path.substr(0, slash), " is a symlink in ", name,
            ": the API file must be a regular file, never behind a link"));
      }
    }
    return std::nullopt;
  }
  if ((*entry)->mode == "120000") {
    return absl::InvalidArgumentError(absl::StrCat(
        where, " is a symlink in ", name, ": the API file must be a regular file, never "
        "a link to another"));
  }
  if ((*entry)->mode != "100644" && (*entry)->mode != "100755") {
    return absl::InvalidArgumentError(
        absl::StrCat(where, " is not a regular file (", (*entry)->type, ")"));
  }
  absl::StatusOr<ProcessResult> shown = Git({"cat-file", "blob", (*entry)->object});
  if (!shown.ok()) return shown.status();
  if (shown->exit_code != 0) {
    return absl::UnavailableError(
        absl::StrCat("git cat-file ", where, " failed: ", FirstLine(shown->err)));
  }
  return shown->out;
}

absl::Status GitRepository::ExtractDirectories(const std::string& commit,
                                               const std::vector<std::string>& paths,
                                               const std::string& into) const {
  std::string archive = absl::StrCat(into, "/tree.tar");
  std::vector<std::string> command = {"archive", "--format=tar", "-o", archive, commit, "--"};
  for (const std::string& path : paths) {
    absl::StatusOr<std::optional<TreeEntry>> entry = EntryAt(commit, path);
    if (entry.ok() && *entry && (*entry)->type == "tree") command.push_back(path);
  }
  if (command.size() == 6) return absl::OkStatus();
  absl::StatusOr<ProcessResult> archived = Git(command);
  if (!archived.ok()) return archived.status();
  if (archived->exit_code != 0) {
    return absl::UnavailableError(absl::StrCat("git archive failed: ", FirstLine(archived->err)));
  }
  absl::StatusOr<ProcessResult> extracted = RunProcess({"tar", "-xf", archive, "-C", into});
  std::remove(archive.c_str());
  if (!extracted.ok()) return extracted.status();
  if (extracted->exit_code != 0) {
    return absl::UnavailableError(absl::StrCat("tar failed: ", FirstLine(extracted->err)));
  }
  return absl::OkStatus();
}

std::optional<GitRepository::Branch> GitRepository::DefaultBranch(
    std::vector<std::string>* skipped) const {
  std::optional<std::string> head = CommitOf("HEAD");
  absl::StatusOr<ProcessResult> head_branch = Git({"symbolic-ref", "--quiet", "--short", "HEAD"});
  std::string own = head_branch.ok() && head_branch->exit_code == 0
                        ? FirstLine(head_branch->out) : "";
  std::vector<Branch> candidates;
  absl::StatusOr<ProcessResult> origin_head =
      Git({"symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"});
  if (origin_head.ok() && origin_head->exit_code == 0) {
    std::string ref = FirstLine(origin_head->out);
    absl::string_view name = ref;
    absl::ConsumePrefix(&name, "refs/remotes/");
    candidates.push_back({std::string(name), ref});
  }
  for (const char* branch : {"origin/main", "origin/master"}) {
    candidates.push_back({branch, absl::StrCat("refs/remotes/", branch)});
  }
  for (const char* branch : {"main", "master"}) {
    candidates.push_back({branch, absl::StrCat("refs/heads/", branch)});
  }
  for (const Branch& branch : candidates) {
    std::optional<std::string> commit = CommitOf(branch.ref);
    if (!commit) continue;
    bool own_branch =
        !own.empty() && (branch.name == own || branch.name == absl::StrCat("origin/", own));
    if (own_branch || commit == head) {
      if (skipped != nullptr &&
          std::find(skipped->begin(), skipped->end(), branch.name) == skipped->end()) {
        skipped->push_back(branch.name);
      }
      continue;
    }
    return branch;
  }
  return std::nullopt;
}

std::string TagRef(const std::string& tag) { return absl::StrCat("refs/tags/", tag); }

// --- release tags ------------------------------------------------------------

std::optional<ReleaseTag> ParseReleaseTag(const std::string& tag, const std::string& pattern) {
  absl::string_view text = tag;
  absl::ConsumePrefix(&text, LiteralPrefix(pattern));
  absl::ConsumePrefix(&text, "v");
  absl::StatusOr<Version> version = ParseVersion(text);
  if (!version.ok()) return std::nullopt;
  size_t suffix = text.find_first_of("-+");
  bool prerelease = suffix != absl::string_view::npos && text[suffix] == '-';
  bool build_metadata = absl::StrContains(text, '+');
  return ReleaseTag{tag, *std::move(version), prerelease, build_metadata};
}

std::optional<ReleaseTag> HighestReleaseTag(const std::vector<std::string>& tags,
                                            const std::string& pattern) {
  std::optional<ReleaseTag> best;
  for (const std::string& tag : tags) {
    std::optional<ReleaseTag> release = ParseReleaseTag(tag, pattern);
    if (!release || release->prerelease) continue;
    // Equal versions: "v1.0.0" wins over "v1.0.0+pr" (build metadata names
    // no other release, so it must not displace the original), then the
    // name decides ("v1.0" < "v1.0.0"), for determinism.
    auto rank = [](const ReleaseTag& tag) {
      return std::make_tuple(tag.version, !tag.build_metadata, tag.name);
    };
    if (!best || rank(*best) < rank(*release)) {
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
  Baseline baseline{*std::move(snapshot), file};
  baseline.notes.push_back(absl::StrCat("comparing with ", file, " (--baseline)"));
  return baseline;
}

// The API file at `commit` (named `revision` in messages), or nullopt when
// it has none.
absl::StatusOr<std::optional<Snapshot>> SnapshotAt(const GitRepository& repo,
                                                   const std::string& revision,
                                                   const std::string& commit,
                                                   const std::string& path) {
  absl::StatusOr<std::optional<std::string>> contents = repo.FileAt(commit, path, revision);
  if (!contents.ok()) return contents.status();
  if (!*contents) return std::nullopt;
  absl::StatusOr<Snapshot> snapshot =
      ParseSnapshot(**contents, FormatForPath(path), absl::StrCat(revision, ":", path));
  if (!snapshot.ok()) return snapshot.status();
  return *std::move(snapshot);
}

// "api/geo.apisnap.txtpb at tag v1.0.0 (commit 0123456789ab)": what every
// report format names.
std::string Describe(const std::string& path, const std::string& where,
                     const std::string& commit, const std::string& more = "") {
  return absl::StrCat(path, " ", where, " (commit ", commit.substr(0, 12), ")", more);
}

absl::StatusOr<Baseline> FromRevision(const GitRepository& repo, const std::string& path,
                                      const std::string& revision, const std::string& pattern) {
  std::optional<std::string> commit = repo.CommitOf(revision);
  if (!commit) {
    return absl::NotFoundError(absl::StrCat(
        "--baseline '", revision, "' is neither a file nor a git tag or revision: "
        "name an existing tag (git tag --list), or fetch the tags (git fetch --tags)"));
  }
  absl::StatusOr<std::optional<Snapshot>> snapshot = SnapshotAt(repo, revision, *commit, path);
  if (!snapshot.ok()) return snapshot.status();
  if (!*snapshot) {
    return absl::NotFoundError(absl::StrCat(
        revision, " has no ", path, ": pass --baseline with a tag or file that has the "
        "library's API file (apicompat update writes it)"));
  }
  Baseline baseline{**std::move(snapshot), Describe(path, absl::StrCat("at ", revision), *commit)};
  baseline.commit = *commit;
  if (std::optional<ReleaseTag> tag = ParseReleaseTag(revision, pattern);
      tag && repo.CommitOf(TagRef(revision))) {
    baseline.version = tag->version;
    baseline.tag = revision;
  }
  baseline.notes.push_back(absl::StrCat("comparing with ", baseline.description, " (--baseline)"));
  return baseline;
}

// No usable release tag (`why`): the API file on the default branch, which
// a pull request does not control either.
// No release before HEAD, and HEAD is the default branch (a push to main
// before the first release, or the first release's own commit): nothing is
// promised yet, and failing every such build would fail it for apicompat's
// own reasons. What HEAD committed is the baseline, so the build is still
// compared with the API file it should match. A pull request never gets
// here while the default branch exists apart from it.
absl::StatusOr<Baseline> OnTheDefaultBranchItself(const GitRepository& repo,
                                                  const std::string& path, const std::string& why,
                                                  const std::vector<std::string>& skipped) {
  std::optional<std::string> commit = repo.CommitOf("HEAD");
  if (!commit) return absl::NotFoundError("HEAD has no commit");
  absl::StatusOr<std::optional<Snapshot>> snapshot = SnapshotAt(repo, "HEAD", *commit, path);
  if (!snapshot.ok()) return snapshot.status();
  if (!*snapshot) {
    return absl::NotFoundError(absl::StrCat(
        why, " and HEAD, the default branch ", absl::StrJoin(skipped, ", "), ", has no ", path,
        ": run `apicompat update` and commit the API file; ", kShallowHint));
  }
  Baseline baseline{**std::move(snapshot),
                    Describe(path, absl::StrCat("as committed on ", absl::StrJoin(skipped, ", "),
                                                " (HEAD, no release yet)"),
                             *commit)};
  baseline.commit = *commit;
  baseline.notes.push_back(absl::StrCat(
      why, ", and HEAD is the default branch ", absl::StrJoin(skipped, ", "),
      ": nothing is promised before the first release; comparing with ", baseline.description,
      ". Tag a release to compare with it."));
  return baseline;
}

absl::StatusOr<Baseline> FromDefaultBranch(const GitRepository& repo, const std::string& path,
                                           const std::string& why) {
  std::vector<std::string> skipped;
  std::optional<GitRepository::Branch> branch = repo.DefaultBranch(&skipped);
  std::string own = skipped.empty()
                        ? ""
                        : absl::StrCat(" (", absl::StrJoin(skipped, ", "),
                                       " is HEAD's own branch or commit, never its baseline)");
  if (!branch && !skipped.empty()) return OnTheDefaultBranchItself(repo, path, why, skipped);
  if (!branch) {
    return absl::NotFoundError(absl::StrCat(
        why, " and no default branch (origin/HEAD, main, master) was found: pass --baseline "
        "with a tag, a branch or a file; ", kShallowHint));
  }
  std::optional<std::string> commit = repo.CommitOf(branch->ref);
  if (!commit) return absl::NotFoundError(absl::StrCat(branch->name, " has no commit"));
  absl::StatusOr<std::optional<Snapshot>> snapshot =
      SnapshotAt(repo, branch->name, *commit, path);
  if (!snapshot.ok()) return snapshot.status();
  if (!*snapshot) {
    return absl::NotFoundError(absl::StrCat(
        why, " and the default branch ", branch->name, " has no ", path,
        ": run `apicompat update`, commit the API file to the default branch and tag "
        "releases; ", kShallowHint));
  }
  Baseline baseline{**std::move(snapshot),
                    Describe(path, absl::StrCat("on the default branch ", branch->name), *commit)};
  baseline.commit = *commit;
  baseline.notes.push_back(absl::StrCat(why, ": comparing with ", baseline.description, own,
                                        "; tag a release to compare with it (", kShallowHint,
                                        ")"));
  return baseline;
}

absl::StatusOr<Baseline> FromLastRelease(const GitRepository& repo, const std::string& path,
                                         const std::string& pattern) {
  absl::StatusOr<std::vector<std::string>> tags = repo.TagsInHistory(pattern);
  if (!tags.ok()) return tags.status();
  absl::StatusOr<std::vector<std::string>> at_head = repo.TagsAtHead(pattern);
  if (!at_head.ok()) return at_head.status();
  // A tag on HEAD's own commit would compare HEAD with itself: a release
  // commit is compared with the release before it.
  std::vector<std::string> head_tags;
  for (const std::string& tag : *at_head) {
    if (ParseReleaseTag(tag, pattern)) head_tags.push_back(tag);
  }
  std::vector<std::string> candidates;
  for (const std::string& tag : *tags) {
    if (std::find(at_head->begin(), at_head->end(), tag) == at_head->end()) {
      candidates.push_back(tag);
    }
  }
  std::string head_note =
      head_tags.empty() ? ""
                        : absl::StrCat("HEAD is tagged ", absl::StrJoin(head_tags, ", "),
                                       ", so the release before it is the baseline");
  std::optional<ReleaseTag> release = HighestReleaseTag(candidates, pattern);
  if (!release) {
    std::string why =
        candidates.empty()
            ? absl::StrCat("no release tag matches '", pattern, "' in HEAD's history",
                           head_tags.empty() ? "" : absl::StrCat(" before HEAD (", head_note, ")"))
            : absl::StrCat("none of the ", candidates.size(), " tags matching '", pattern,
                           "' in HEAD's history is a stable release version");
    absl::StatusOr<Baseline> baseline = FromDefaultBranch(repo, path, why);
    if (baseline.ok()) baseline->head_tags = head_tags;
    return baseline;
  }
  std::optional<std::string> commit = repo.CommitOf(TagRef(release->name));
  if (!commit) return absl::NotFoundError(absl::StrCat("tag ", release->name, " has no commit"));
  absl::StatusOr<std::optional<Snapshot>> snapshot =
      SnapshotAt(repo, release->name, *commit, path);
  if (!snapshot.ok()) return snapshot.status();
  if (!*snapshot) {
    absl::StatusOr<Baseline> baseline = FromDefaultBranch(
        repo, path,
        absl::StrCat("the last release ", release->name, " has no ", path,
                     " (it predates apicompat)"));
    if (baseline.ok()) baseline->head_tags = head_tags;
    return baseline;
  }
  std::string before =
      head_tags.empty()
          ? ""
          : absl::StrCat(", the release before ", absl::StrJoin(head_tags, ", "), " on HEAD");
  Baseline baseline{**std::move(snapshot),
                    Describe(path, absl::StrCat("at tag ", release->name), *commit, before),
                    release->version};
  baseline.tag = release->name;
  baseline.commit = *commit;
  baseline.head_tags = head_tags;
  baseline.notes.push_back(absl::StrCat("comparing with ", baseline.description,
                                        ", the last release (tags '", pattern, "')"));
  if (!head_note.empty()) baseline.notes.push_back(head_note);
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
  absl::Status regular = repo->RefuseWorkingTreeSymlink(*path);
  if (!regular.ok()) return regular;
  if (request.baseline == "auto") return FromLastRelease(*repo, *path, request.tag_pattern);
  return FromRevision(*repo, *path, request.baseline, request.tag_pattern);
}

}  // namespace apicompat
