// The gate cannot be fooled (issue 11): what a careless or malicious pull
// request could try against `apicompat check`, in temporary git repositories
// of libgeo compiled through the real plugin. Each scenario breaks the API
// and must still fail the check, or be refused (exit 2).
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "apicompat/report.pb.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/libgeo_repo.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::string CommitOf(const Repo& repo, const std::string& revision) {
  std::string out = repo.Git(absl::StrCat("rev-parse ", revision, "^{commit}")).out;
  return out.substr(0, out.find('\n'));
}

// The pull request commits its break together with an API file that
// "accepts" it, then tries to move the baseline.
Repo CommittedBreak() {
  Repo repo = ReleasedThenChanged("1.1");
  repo.UpdateApiFile("1.1");
  repo.Git("add -A");
  repo.Git("commit -q -m 'breaking pull request'");
  return repo;
}

// The check judged against v1.0.0: it fails, and the report says so.
void ExpectJudgedAgainstV1(const Repo& repo, const CommandResult& result) {
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_THAT(result.err, HasSubstr("at tag v1.0.0 (commit "));
  EXPECT_THAT(result.out, HasSubstr("[function-removed] geo::polygon_perimeter"));
  EXPECT_THAT(result.out, HasSubstr(absl::StrCat("compared with api/geo.apisnap.txtpb at tag "
                                                 "v1.0.0 (commit ",
                                                 CommitOf(repo, "v1.0.0").substr(0, 12))));
}

// --- 1. which release tag ---------------------------------------------------------

TEST(GateBaselineTest, TagOnHeadIsNeverTheBaseline) {
  for (const char* tag : {"v1.0.1", "v99.0.0", "v1.0.0+pr"}) {
    SCOPED_TRACE(tag);
    Repo repo = CommittedBreak();
    repo.Git(absl::StrCat("tag ", tag));
    CommandResult result = repo.Check("1.1");
    ExpectJudgedAgainstV1(repo, result);
    EXPECT_THAT(result.err, HasSubstr(absl::StrCat("HEAD is tagged ", tag,
                                                   ", so the release before it is the baseline")));
    Report report = ParseReport(repo.Check("1.1", "--format json").out);
    EXPECT_EQ(report.baseline().tag(), "v1.0.0");
    EXPECT_EQ(report.baseline().commit(), CommitOf(repo, "v1.0.0"));
    EXPECT_THAT(report.baseline().head_tags(), ElementsAre(tag));
  }
}

TEST(GateBaselineTest, BuildMetadataNeverWinsOverTheOriginalTag) {
  Repo repo = CommittedBreak();
  repo.Git("tag v1.0.0+pr");  // ties with v1.0.0, and sorts after it by name
  repo.Git("commit -q --allow-empty -m 'more work'");
  ExpectJudgedAgainstV1(repo, repo.Check("1.1"));
}

TEST(GateBaselineTest, TagsOutsideHeadsHistoryAreIgnored) {
  Repo repo;
  repo.CommitVersion("1.0", "libgeo 1.0");
  repo.Git("tag v1.0.0");
  // An orphan branch carrying the pull request's API file, tagged higher.
  repo.Git("switch -q --orphan orphan");
  repo.CommitVersion("1.1", "orphan");
  repo.Git("tag v9.0.0");
  // Another release line, branched from v1.0.0.
  repo.Git("switch -q -c release-2 v1.0.0");
  repo.CommitVersion("1.1", "release 2");
  repo.Git("tag v2.0.0");
  repo.Git("switch -q main");
  repo.Git("commit -q --allow-empty -m 'pull request'");
  repo.UseHeaders("1.1");
  ExpectJudgedAgainstV1(repo, repo.Check("1.1"));
}

TEST(GateBaselineTest, TheReportNamesTheTagAndItsCommitInEveryFormat) {
  Repo repo = CommittedBreak();
  std::string commit = CommitOf(repo, "v1.0.0");
  std::string expected = absl::StrCat("at tag v1.0.0 (commit ", commit.substr(0, 12), ")");
  for (const char* format : {"text", "json", "sarif", "github", "markdown", "junit"}) {
    SCOPED_TRACE(format);
    CommandResult result = repo.Check("1.1", absl::StrCat("--format ", format));
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_THAT(result.out, HasSubstr(expected));
  }
  EXPECT_THAT(repo.Check("1.1", "--format json").out, HasSubstr(commit));
}

// --- 1. the no-tag fallback ---------------------------------------------------------

// A clone whose origin/HEAD is the pull request's own branch.
TEST(GateBaselineTest, FallbackNeverTakesHeadsOwnBranch) {
  Repo origin;
  origin.CommitVersion("1.0", "libgeo 1.0");
  origin.Git("switch -q -c feature");
  origin.CommitVersion("1.1", "breaking pull request");
  // origin/HEAD of a clone follows the origin's checked-out branch.
  std::string clone = MakeScratchDir("clone");
  ASSERT_EQ(testing::Run(absl::StrCat("git clone -q ", Quote(origin.dir()), " ", Quote(clone))).exit_code,
            0);
  EXPECT_THAT(Git(clone, "symbolic-ref refs/remotes/origin/HEAD").out,
              HasSubstr("refs/remotes/origin/feature"));
  CommandResult result = ApicompatIn(
      clone, "check --library geo --public-dir include " + Quote(LibGeo().snapshots.at("1.1")));
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_THAT(result.err, HasSubstr("on the default branch origin/main (commit "));
  EXPECT_THAT(result.err, HasSubstr("(origin/feature is HEAD's own branch or commit, never its "
                                    "baseline)"));
}

TEST(GateBaselineTest, FallbackOnTheDefaultBranchItselfIsRefused) {
  Repo repo;
  repo.CommitVersion("1.1", "libgeo, no release yet");
  ExpectUsageError(repo.Check("1.1"), "no default branch (origin/HEAD, main, master) other than "
                                      "HEAD's was found (main is HEAD's own branch or commit");
}

// --- 2. the API file is a regular file of the repository ----------------------------

TEST(GateApiFileTest, SymlinkInTheWorkingTreeIsRefused) {
  Repo repo = ReleasedThenChanged("1.1");
  // Another library's API file that exists in the release tag.
  repo.Git("mv api/geo.apisnap.txtpb api/other.apisnap.txtpb");
  fs::create_symlink("other.apisnap.txtpb", repo.api_file());
  ExpectUsageError(repo.Check("1.1"), "api/geo.apisnap.txtpb is a symlink in the working tree");
  // A symlinked directory on the way is the same.
  fs::remove(repo.api_file());
  fs::rename(repo.dir() + "/api", repo.dir() + "/real-api");
  fs::create_symlink("real-api", repo.dir() + "/api");
  ExpectUsageError(repo.Check("1.1"), ": api is a symlink in the working tree");
}

TEST(GateApiFileTest, SymlinkInTheTagIsRefused) {
  Repo repo;
  repo.CommitVersion("1.1", "another library's API");
  repo.Git("mv api/geo.apisnap.txtpb api/other.apisnap.txtpb");
  fs::create_symlink("other.apisnap.txtpb", repo.api_file());
  repo.Git("add -A");
  repo.Git("commit -q -m 'link'");
  repo.Git("tag v1.0.0");
  // The pull request makes it a regular file again.
  fs::remove(repo.api_file());
  repo.UpdateApiFile("1.1");
  repo.Git("add -A");
  repo.Git("commit -q -m 'pull request'");
  ExpectUsageError(repo.Check("1.1"),
                   "v1.0.0:api/geo.apisnap.txtpb is a symlink in v1.0.0: the API file must be a "
                   "regular file");
  ExpectUsageError(repo.Check("1.1", "--baseline v1.0.0"), "is a symlink in v1.0.0");
}

TEST(GateApiFileTest, PathIsNormalizedInsideTheRepository) {
  Repo repo = ReleasedThenChanged("1.1");
  fs::create_directories(repo.dir() + "/src");
  CommandResult dotted =
      ApicompatIn(repo.dir() + "/src", "check --api-file ../src/../api/geo.apisnap.txtpb " +
                                           Quote(LibGeo().snapshots.at("1.1")));
  EXPECT_EQ(dotted.exit_code, 1) << dotted.out << dotted.err;
  EXPECT_THAT(dotted.err, HasSubstr("comparing with api/geo.apisnap.txtpb at tag v1.0.0"));
  ExpectUsageError(ApicompatIn(repo.dir(), "check --api-file ../geo.apisnap.txtpb " +
                                               Quote(LibGeo().snapshots.at("1.1"))),
                   "is not in a git repository");
}

}  // namespace
}  // namespace apicompat::testing
