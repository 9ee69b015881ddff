#include "history/release_tags.h"

#include <algorithm>
#include <filesystem>
#include <tuple>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "config.h"
#include "snapshot_io.h"

namespace apicompat {
namespace {

namespace fs = std::filesystem;

// The pre-release identifiers of "2.0.0-rc.10+b7": "rc", "10".
std::vector<std::string> PrereleaseParts(const ReleaseTag& tag) {
  const std::string& text = tag.version.text;
  size_t dash = text.find('-');
  if (!tag.prerelease || dash == std::string::npos) return {};
  return absl::StrSplit(text.substr(dash + 1, text.find('+') - dash - 1), '.');
}

// semver.org's precedence of pre-releases: identifier by identifier,
// numbers numerically and before names, fewer identifiers first.
bool PrereleaseBefore(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
    uint64_t x, y;
    bool x_number = absl::SimpleAtoi(a[i], &x), y_number = absl::SimpleAtoi(b[i], &y);
    if (x_number && y_number && x != y) return x < y;
    if (x_number != y_number) return x_number;
    if (!x_number && a[i] != b[i]) return a[i] < b[i];
  }
  return a.size() < b.size();
}

// Semantic version order: 2.0.0-rc.2 before 2.0.0-rc.10 before 2.0.0;
// equal versions by build metadata (none first), then name, so the order
// never depends on git.
bool Before(const ReleaseTag& a, const ReleaseTag& b) {
  if (a.version < b.version || b.version < a.version) return a.version < b.version;
  if (a.prerelease != b.prerelease) return a.prerelease;
  std::vector<std::string> a_parts = PrereleaseParts(a), b_parts = PrereleaseParts(b);
  if (a_parts != b_parts) return PrereleaseBefore(a_parts, b_parts);
  return std::make_tuple(a.build_metadata, a.name) < std::make_tuple(b.build_metadata, b.name);
}

// "1.0.0+build7" and "1.0.0" name one release: the version without build
// metadata identifies it.
std::string Identity(const ReleaseTag& tag) {
  const std::string& text = tag.version.text;
  return text.substr(0, text.find('+'));
}

std::vector<ReleaseTag> SortedReleaseTags(const std::vector<std::string>& tags,
                                          const ReleaseRequest& request,
                                          std::vector<std::string>& notes) {
  std::vector<ReleaseTag> releases;
  for (const std::string& name : tags) {
    std::optional<ReleaseTag> tag = ParseReleaseTag(name, request.tag_pattern);
    if (tag && (!tag->prerelease || request.prereleases)) releases.push_back(*std::move(tag));
  }
  std::sort(releases.begin(), releases.end(), Before);
  std::vector<ReleaseTag> unique;
  for (ReleaseTag& tag : releases) {
    if (!unique.empty() && Identity(unique.back()) == Identity(tag)) {
      notes.push_back(absl::StrCat("tag ", tag.name, " names the release of ",
                                   unique.back().name, ": skipped"));
      continue;
    }
    unique.push_back(std::move(tag));
  }
  return unique;
}

// The configuration committed with a release: beside the API file, else
// at the root (where `check` finds it by default).
absl::StatusOr<Config> ConfigAt(const GitRepository& repo, const std::string& commit,
                                const std::string& api_file, const std::string& tag) {
  std::string dir = fs::path(api_file).parent_path().generic_string();
  std::vector<std::string> candidates;
  if (!dir.empty()) candidates.push_back(absl::StrCat(dir, "/", kConfigFileName));
  candidates.push_back(kConfigFileName);
  for (const std::string& candidate : candidates) {
    absl::StatusOr<std::optional<std::string>> text = repo.FileAt(commit, candidate, tag);
    if (!text.ok()) return text.status();
    if (*text) return ParseConfig(**text, absl::StrCat(tag, ":", candidate));
  }
  return Config();
}

// The release at `tag`, or nullopt when the tag has no API file.
absl::StatusOr<std::optional<ReleaseSnapshot>> ReadRelease(const GitRepository& repo,
                                                           const std::string& api_file,
                                                           ReleaseTag tag) {
  std::optional<std::string> commit = repo.CommitOf(TagRef(tag.name));
  if (!commit) return absl::NotFoundError(absl::StrCat("tag ", tag.name, " has no commit"));
  absl::StatusOr<std::optional<std::string>> contents = repo.FileAt(*commit, api_file, tag.name);
  if (!contents.ok()) return contents.status();
  if (!*contents) return std::nullopt;
  absl::StatusOr<Snapshot> snapshot =
      ParseSnapshot(**contents, FormatForPath(api_file), absl::StrCat(tag.name, ":", api_file));
  if (!snapshot.ok()) return snapshot.status();
  absl::StatusOr<Config> config = ConfigAt(repo, *commit, api_file, tag.name);
  if (!config.ok()) return config.status();
  return ReleaseSnapshot{std::move(tag), *commit, *std::move(snapshot), *std::move(config)};
}

}  // namespace

absl::StatusOr<Releases> ReadReleases(const ReleaseRequest& request) {
  absl::StatusOr<GitRepository> repo = GitRepository::Containing(request.api_file);
  if (!repo.ok()) return repo.status();
  Releases releases;
  absl::StatusOr<std::string> path = repo->RelativePath(request.api_file);
  if (!path.ok()) return path.status();
  releases.api_file = *path;
  absl::StatusOr<std::vector<std::string>> tags = repo->TagsInHistory(request.tag_pattern);
  if (!tags.ok()) return tags.status();
  for (ReleaseTag& tag : SortedReleaseTags(*tags, request, releases.notes)) {
    std::string name = tag.name;
    absl::StatusOr<std::optional<ReleaseSnapshot>> release =
        ReadRelease(*repo, *path, std::move(tag));
    if (!release.ok()) return release.status();
    if (!*release) {
      releases.notes.push_back(
          absl::StrCat("tag ", name, " has no ", *path, " (it predates apicompat): skipped"));
      continue;
    }
    releases.releases.push_back(**std::move(release));
  }
  if (releases.releases.empty()) {
    return absl::NotFoundError(absl::StrCat(
        "no release tag matching '", request.tag_pattern, "' in HEAD's history has ", *path,
        ": tag releases that commit the API file (apicompat update writes it), or pass "
        "--tag-pattern; in CI, check out the full history with its tags"));
  }
  return releases;
}

}  // namespace apicompat
