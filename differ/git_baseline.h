// The baseline `apicompat check` compares with: the library's API file as
// committed in the last release tag, read from git's objects and never from
// the working tree (which a pull request controls), or what the user names.
#ifndef APICOMPAT_DIFFER_GIT_BASELINE_H_
#define APICOMPAT_DIFFER_GIT_BASELINE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "apicompat/snapshot.pb.h"
#include "policy/semver.h"
#include "subprocess.h"

namespace apicompat {

inline constexpr char kDefaultTagPattern[] = "v*";

// The git repository holding a path, and the few questions `check` asks it.
// Errors fit on one line and say what to do.
class GitRepository {
 public:
  // The repository whose work tree holds `path` (which need not exist yet).
  static absl::StatusOr<GitRepository> Containing(const std::string& path);

  const std::string& root() const { return root_; }

  // `path` relative to the root, '/'-separated, normalized lexically (never
  // by resolving symlinks: a symlinked API file must not lead elsewhere); an
  // error when outside the repository.
  absl::StatusOr<std::string> RelativePath(const std::string& path) const;

  // An error when `relative` (from RelativePath) or one of its directories
  // is a symlink in the working tree.
  absl::Status RefuseWorkingTreeSymlink(const std::string& relative) const;

  // The tags matching the glob `pattern` that are in HEAD's history
  // (`git tag --merged HEAD`), sorted by name.
  absl::StatusOr<std::vector<std::string>> TagsInHistory(const std::string& pattern) const;
  // The tags matching `pattern` that point at HEAD's own commit.
  absl::StatusOr<std::vector<std::string>> TagsAtHead(const std::string& pattern) const;

  // Whether `revision` names a commit (a tag, a branch, a hash).
  bool HasCommit(const std::string& revision) const;
  // The commit `revision` names (full hash), or nullopt.
  std::optional<std::string> CommitOf(const std::string& revision) const;

  // The file PATH (relative to the root) in REVISION's tree, read from git's
  // objects; nullopt when the revision has no such file. An error when the
  // entry is not a regular file (a symlink, a directory, a submodule).
  // Messages call the revision `name`.
  absl::StatusOr<std::optional<std::string>> FileAt(const std::string& revision,
                                                   const std::string& path,
                                                   const std::string& name) const;

  // The default branch: where origin/HEAD points, else the first of
  // origin/main, origin/master, main, master that exists; never HEAD's own
  // branch nor a branch at HEAD's commit (comparing a pull request with
  // itself). `skipped` gets the candidates refused for that.
  struct Branch {
    std::string name;  // "origin/main"
    std::string ref;   // "refs/remotes/origin/main": never a tag of that name
  };
  std::optional<Branch> DefaultBranch(std::vector<std::string>* skipped = nullptr) const;

  // Writes the directories `paths` (relative to the root) of `commit`'s tree
  // below `into`, read from git's objects (the release's headers, for
  // witnesses); paths the commit lacks are skipped.
  absl::Status ExtractDirectories(const std::string& commit, const std::vector<std::string>& paths,
                                  const std::string& into) const;

 private:
  explicit GitRepository(std::string root) : root_(std::move(root)) {}
  absl::StatusOr<ProcessResult> Git(const std::vector<std::string>& args) const;
  // An entry of a commit's tree (`git ls-tree`): mode "100644", "120000"
  // (a symlink), type "blob", "tree"...
  struct TreeEntry {
    std::string mode;
    std::string type;
    std::string object;
  };
  absl::StatusOr<std::optional<TreeEntry>> EntryAt(const std::string& commit,
                                                   const std::string& path) const;
  // `git tag --list FILTER HEAD -- PATTERN`, sorted.
  absl::StatusOr<std::vector<std::string>> ListTags(const std::string& filter,
                                                    const std::string& pattern) const;

  std::string root_;
};

// The ref a tag name denotes, never a branch of the same name.
std::string TagRef(const std::string& tag);

// A tag that names a version: what follows the tag pattern's literal
// prefix ("v" of "v*", "mylib-" of "mylib-*"), with an optional "v".
struct ReleaseTag {
  std::string name;
  Version version;
  bool prerelease = false;  // "v2.0.0-rc1", "v2.0-beta"; build metadata is not
  bool build_metadata = false;  // "v1.0.0+build7": equal to v1.0.0, never above it
};

// nullopt for a tag that names no version.
std::optional<ReleaseTag> ParseReleaseTag(const std::string& tag, const std::string& pattern);

// The highest stable release among `tags`, compared as semantic versions
// (v1.10.0 > v1.9.0, not by name or date), skipping pre-releases and tags
// that name no version; nullopt when there is none. Among equal versions a
// tag without build metadata wins ("v1.0.0" over "v1.0.0+pr"), then the
// name, for determinism.
std::optional<ReleaseTag> HighestReleaseTag(const std::vector<std::string>& tags,
                                            const std::string& pattern);

struct BaselineRequest {
  std::string api_file;  // the library's API file (absolute or relative)
  // "auto": the last release tag matching `tag_pattern`, else the default
  // branch; otherwise an existing file, or a git revision (a tag).
  std::string baseline = "auto";
  std::string tag_pattern = kDefaultTagPattern;
};

struct Baseline {
  Snapshot snapshot;
  // What the current API is compared with, e.g. "api/geo.apisnap.txtpb at
  // tag v1.0.0 (commit 0123456789ab)".
  std::string description;
  std::optional<Version> version;  // of the release tag, if it is one
  std::string tag;     // the release tag read, or empty
  std::string commit;  // the commit read (full hash), or empty for a file
  // Release tags on HEAD's own commit, skipped: HEAD is a release being
  // compared with the one before.
  std::vector<std::string> head_tags;
  // For the user: the baseline chosen and why, e.g. the no-tag fallback.
  std::vector<std::string> notes;
};

absl::StatusOr<Baseline> LoadBaseline(const BaselineRequest& request);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_GIT_BASELINE_H_
