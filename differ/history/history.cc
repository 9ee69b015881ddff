#include "history/history.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "differ.h"
#include "policy/semver.h"

namespace apicompat {
namespace {

// What `check` would have said of `current` against `previous` on the
// day `current` was tagged: its configuration, both versions.
Report CompareReleases(const ReleaseSnapshot& previous, const ReleaseSnapshot& current) {
  DiffOptions options;
  options.policy.config = current.config;
  options.policy.baseline_config = previous.config;
  options.policy.baseline_version = previous.tag.version;
  options.policy.current_version = current.tag.version;
  return Diff(previous.snapshot, current.snapshot, options);
}

void CountCategory(const std::string& category, CategoryCounts& counts) {
  if (category == Name(Category::kApi)) counts.set_api(counts.api() + 1);
  if (category == Name(Category::kAbi)) counts.set_abi(counts.abi() + 1);
  if (category == Name(Category::kPolicy)) counts.set_policy(counts.policy() + 1);
}

void Judge(const ReleaseSnapshot& previous, const Report& report, Release& release) {
  release.set_previous(previous.tag.name);
  // The check's verdict leaves acknowledged breaks out; users of the release
  // are broken all the same.
  bool breaks = false;
  for (const Finding& finding : report.findings()) {
    breaks |= !finding.exempt() && finding.severity() == Name(Severity::kError);
  }
  release.set_verdict(breaks ? "breaking" : "compatible");
  release.set_required_bump(report.required_bump());
  release.set_release_bump(report.release_bump());
  release.set_bump_matches(report.semver() != "insufficient");
  if (!release.bump_matches()) {
    release.set_required_release(
        NextRelease(previous.tag.version, ParseBump(report.required_bump()).value_or(Bump::kNone)));
  }
  *release.mutable_counts() = report.counts();
  for (const Finding& finding : report.findings()) {
    if (!finding.exempt() && finding.severity() == Name(Severity::kError)) {
      CountCategory(finding.category(), *release.mutable_breaks_by_category());
    }
    *release.add_findings() = finding;
  }
}

Release Summarize(const ReleaseSnapshot& snapshot) {
  Release release;
  release.set_tag(snapshot.tag.name);
  release.set_version(snapshot.tag.version.text);
  release.set_commit(snapshot.commit);
  release.set_declarations(snapshot.snapshot.decls_size());
  release.set_bump_matches(true);
  // Counts are printed even for the first release, which has none.
  release.mutable_counts();
  release.mutable_breaks_by_category();
  return release;
}

}  // namespace

absl::StatusOr<History> ComputeHistory(const Releases& releases, const std::string& tag_pattern,
                                       const std::string& since) {
  const std::vector<ReleaseSnapshot>& all = releases.releases;
  size_t first = 0;
  if (!since.empty()) {
    while (first < all.size() && all[first].tag.name != since) ++first;
    if (first == all.size()) {
      std::vector<std::string> names;
      for (const ReleaseSnapshot& release : all) names.push_back(release.tag.name);
      return absl::NotFoundError(absl::StrCat("--since ", since, " is not a release (",
                                              absl::StrJoin(names, ", "), ")"));
    }
    ++first;  // the releases after it
  }
  History history;
  history.set_api_file(releases.api_file);
  history.set_tag_pattern(tag_pattern);
  for (size_t i = first; i < all.size(); ++i) {
    Release& release = *history.add_releases() = Summarize(all[i]);
    if (i > 0) Judge(all[i - 1], CompareReleases(all[i - 1], all[i]), release);
  }
  return history;
}

}  // namespace apicompat
