// apicompat check and update end to end: libgeo's real headers (examples/)
// compiled through the real plugin, temporary git repositories with release
// tags carrying the API file, and every report format checked for what CI
// reads from it.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "apicompat/report.pb.h"
#include "git_baseline.h"
#include "gmock/gmock.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "snapshot_io.h"
#include "support/libgeo_repo.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::AllOf;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

google::protobuf::Value ParseJson(const std::string& json) {
  google::protobuf::Value value;
  auto status = google::protobuf::util::JsonStringToMessage(json, &value);
  EXPECT_TRUE(status.ok()) << status << "\n" << json;
  return value;
}

const google::protobuf::Value& Field(const google::protobuf::Value& object,
                                     const std::string& name) {
  static const google::protobuf::Value kMissing;
  const auto& fields = object.struct_value().fields();
  auto it = fields.find(name);
  EXPECT_TRUE(it != fields.end()) << "no '" << name << "' in " << object.DebugString();
  return it == fields.end() ? kMissing : it->second;
}

bool HasField(const google::protobuf::Value& object, const std::string& name) {
  return object.struct_value().fields().contains(name);
}

// Run(), which TEST bodies cannot name (testing::Test::Run hides it).
CommandResult Shell(const std::string& command) { return Run(command); }

std::vector<std::string> Lines(const std::string& text) {
  return absl::StrSplit(text, '\n', absl::SkipEmpty());
}

// --- verdicts against the release tag ---------------------------------------------

TEST(CheckTest, BreakingChangeFailsAgainstTheReleaseTag) {
  Repo repo = ReleasedThenChanged("1.1");
  CommandResult result = repo.Check("1.1");
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_THAT(result.err, HasSubstr("comparing with api/geo.apisnap.txtpb at tag v1.0.0 (commit "));
  EXPECT_THAT(result.err, HasSubstr("), the last release (tags 'v*')"));
  // Paths are the repository's, not the public dir's.
  EXPECT_THAT(result.out, HasSubstr("include/geo/point.h:47: error: [parameter-type-changed] "
                                    "geo::rotate"));
  EXPECT_THAT(result.out, HasSubstr("include/geo/shapes.h:55: error: [parameter-removed]"));
  EXPECT_THAT(result.out, HasSubstr("include/geo/algorithms.h:23: error: [function-removed] "
                                    "geo::polygon_perimeter"));
  EXPECT_THAT(result.out, HasSubstr("BREAKING"));
}

TEST(CheckTest, CompatibleChangePasses) {
  Repo repo = ReleasedThenChanged("compatible");
  CommandResult result = repo.Check("compatible");
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_THAT(result.out, HasSubstr("include/geo/extra.h:4: info: [function-added] "
                                    "geo::added_function"));
  EXPECT_THAT(result.out, Not(HasSubstr("error:")));
}

TEST(CheckTest, UnchangedApiPasses) {
  Repo repo = ReleasedThenChanged("1.0");
  CommandResult result = repo.Check("1.0", "--require-updated-api-file");
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
}

TEST(CheckTest, ExplicitTagAndFileBaselines) {
  Repo repo;
  repo.CommitVersion("1.0", "libgeo 1.0");
  repo.Git("tag v1.0.0");
  repo.CommitVersion("1.1", "libgeo 1.1");
  repo.Git("tag v1.1.0");
  repo.Git("commit -q --allow-empty -m 'after 1.1'");
  EXPECT_EQ(repo.Check("1.1").exit_code, 0);  // the last release is 1.1
  CommandResult tag = repo.Check("1.1", "--baseline v1.0.0");
  EXPECT_EQ(tag.exit_code, 1) << tag.err;
  EXPECT_THAT(tag.err, HasSubstr("comparing with api/geo.apisnap.txtpb at v1.0.0 (commit "));
  std::string file = MakeScratchDir("baseline") + "/v1.0.apisnap.txtpb";
  repo.Git(absl::StrCat("show v1.0.0:api/geo.apisnap.txtpb > ", Quote(file)));
  CommandResult from_file = repo.Check("1.1", absl::StrCat("--baseline ", Quote(file)));
  EXPECT_EQ(from_file.exit_code, 1) << from_file.err;
  EXPECT_THAT(from_file.err, HasSubstr(absl::StrCat("comparing with ", file, " (--baseline)")));
}

// --- which tag -----------------------------------------------------------------

TEST(CheckTest, PreReleaseTagsAreSkipped) {
  Repo repo;
  repo.CommitVersion("1.0", "libgeo 1.0");
  repo.Git("tag v1.0.0");
  repo.CommitVersion("1.1", "libgeo 1.1 candidate");
  repo.Git("tag v1.1.0-rc1");
  repo.Git("tag v1.1.0-beta");
  repo.Git("commit -q --allow-empty -m 'after the candidates'");
  CommandResult result = repo.Check("1.1");
  // Against v1.1.0-rc1 the API would be unchanged.
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_THAT(result.err, HasSubstr("at tag v1.0.0 (commit "));
}

TEST(CheckTest, HighestSemanticVersionWinsOverNameAndDate) {
  Repo repo;
  repo.CommitVersion("1.1", "libgeo 1.10");
  repo.Git("tag v1.10.0");
  // Tagged later, and later in name order too: neither makes it the last.
  repo.CommitVersion("1.0", "maintenance branch work");
  repo.Git("tag v1.9.0");
  repo.Git("commit -q --allow-empty -m 'after 1.9'");
  CommandResult result = repo.Check("1.1");
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_THAT(result.err, HasSubstr("at tag v1.10.0 (commit "));
}

TEST(CheckTest, TagPatternSelectsTheLibrarysTags) {
  Repo repo;
  repo.CommitVersion("1.0", "libgeo 1.0");
  repo.Git("tag geo-2.0.0");
  repo.CommitVersion("1.1", "libgeo 1.1");
  repo.Git("tag v9.0.0");  // another product's tag
  CommandResult result = repo.Check("1.1", "--tag-pattern 'geo-*'");
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_THAT(result.err, HasSubstr("at tag geo-2.0.0 (commit "));
  EXPECT_THAT(result.err, HasSubstr("), the last release (tags 'geo-*')"));
}

// jsoncpp tags its releases `1.9.5`, without a `v`.
TEST(CheckTest, TagPatternForTagsWithoutV) {
  Repo repo;
  repo.CommitVersion("1.0", "libgeo 1.0");
  repo.Git("tag 1.9.5");
  repo.CommitVersion("1.1", "libgeo 1.1");
  CommandResult result = repo.Check("1.1", "--tag-pattern '[0-9]*'");
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_THAT(result.err, HasSubstr("at tag 1.9.5 (commit "));
  EXPECT_THAT(result.err, HasSubstr("), the last release (tags '[0-9]*')"));
}

TEST(ReleaseTagTest, SortsAsSemanticVersions) {
  std::vector<std::string> tags = {"v1.9.0", "v1.10.0", "v2.0.0-rc1", "v2.0.0-beta.2",
                                   "vNext",  "v1.2",    "v0.9.9"};
  std::optional<ReleaseTag> best = HighestReleaseTag(tags, "v*");
  ASSERT_TRUE(best.has_value());
  EXPECT_EQ(best->name, "v1.10.0");
  EXPECT_EQ(best->version.minor, 10);
  EXPECT_FALSE(HighestReleaseTag({"v2.0.0-rc1", "latest"}, "v*").has_value());
  // The pattern's prefix is not part of the version, digits and all.
  std::optional<ReleaseTag> prefixed =
      HighestReleaseTag({"lib2-v1.4.0", "lib2-v1.3.0", "lib2-v2.0.0-alpha"}, "lib2-v*");
  ASSERT_TRUE(prefixed.has_value());
  EXPECT_EQ(prefixed->name, "lib2-v1.4.0");
  // Build metadata is no pre-release.
  std::optional<ReleaseTag> build = ParseReleaseTag("v1.0.0+build-7", "v*");
  ASSERT_TRUE(build.has_value());
  EXPECT_FALSE(build->prerelease);
  EXPECT_TRUE(ParseReleaseTag("v1.0.0-rc.1+build", "v*")->prerelease);
}

// --- no tag yet ----------------------------------------------------------------

TEST(CheckTest, WithoutTagsTheDefaultBranchIsTheBaseline) {
  Repo repo;
  repo.CommitVersion("1.0", "libgeo 1.0");
  // A pull request branch that updates its own API file along with the break.
  repo.Git("switch -q -c feature");
  repo.CommitVersion("1.1", "breaking pull request");
  CommandResult result = repo.Check("1.1");
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_THAT(result.err, HasSubstr("no release tag matches 'v*' in HEAD's history: comparing "
                                    "with api/geo.apisnap.txtpb on the default branch main "
                                    "(commit "));
  EXPECT_THAT(result.err, HasSubstr("); tag a release"));
}

// As CI checks out a pull request: a clone, HEAD detached, the default
// branch known as origin/HEAD.
TEST(CheckTest, InACloneTheRemoteDefaultBranchIsTheBaseline) {
  Repo origin;
  origin.CommitVersion("1.0", "libgeo 1.0");
  std::string clone = MakeScratchDir("clone");
  ASSERT_EQ(Shell(absl::StrCat("git clone -q ", Quote(origin.dir()), " ", Quote(clone))).exit_code,
            0);
  ASSERT_EQ(Shell(absl::StrCat("git -C ", Quote(clone), " switch -q --detach")).exit_code, 0);
  // The pull request's commit (origin/main's own would be no baseline).
  ASSERT_EQ(Shell(absl::StrCat("git -C ", Quote(clone), " -c user.name=t -c user.email=t@t "
                               "commit -q --allow-empty -m 'pull request'")).exit_code, 0);
  std::string snapshots = Quote(LibGeo().snapshots.at("1.1"));
  CommandResult result =
      ApicompatIn(clone, "check --library geo --public-dir include " + snapshots);
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_THAT(result.err, HasSubstr("comparing with api/geo.apisnap.txtpb on the default branch "
                                    "origin/main (commit "));
}

TEST(CheckTest, ReleaseThatPredatesTheApiFileFallsBackToTheDefaultBranch) {
  Repo repo;
  repo.UseHeaders("1.0");
  repo.Git("add -A");
  repo.Git("commit -q -m 'before apicompat'");
  repo.Git("tag v0.9.0");
  repo.CommitVersion("1.0", "adopt apicompat");
  repo.Git("switch -q -c feature");
  repo.Git("commit -q --allow-empty -m 'pull request'");
  repo.UseHeaders("1.1");
  CommandResult result = repo.Check("1.1");
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_THAT(result.err, HasSubstr("the last release v0.9.0 has no api/geo.apisnap.txtpb (it "
                                    "predates apicompat): comparing with api/geo.apisnap.txtpb "
                                    "on the default branch main"));
}

// --- the working tree cannot move the baseline -------------------------------------

TEST(CheckTest, EditingTheApiFileInThePullRequestDoesNotChangeTheVerdict) {
  Repo repo = ReleasedThenChanged("1.1");
  repo.UpdateApiFile("1.1");  // the pull request "accepts" its break
  CommandResult uncommitted = repo.Check("1.1");
  EXPECT_EQ(uncommitted.exit_code, 1) << uncommitted.out << uncommitted.err;
  repo.Git("add -A");
  repo.Git("commit -q -m 'pull request'");
  CommandResult committed = repo.Check("1.1");
  EXPECT_EQ(committed.exit_code, 1) << committed.out << committed.err;
  EXPECT_EQ(committed.out, uncommitted.out);
  // Read from the working tree, the edited file would have let it pass.
  EXPECT_EQ(repo.Check("1.1", absl::StrCat("--baseline ", Quote(repo.api_file()))).exit_code, 0);
}

// --- --require-updated-api-file ------------------------------------------------------

TEST(CheckTest, RequireUpdatedApiFileFailsUntilUpdated) {
  Repo repo = ReleasedThenChanged("compatible");
  EXPECT_EQ(repo.Check("compatible").exit_code, 0);
  CommandResult stale = repo.Check("compatible", "--require-updated-api-file");
  EXPECT_EQ(stale.exit_code, 1) << stale.out << stale.err;
  EXPECT_THAT(stale.out, HasSubstr("apicompat: the API changed (declarations: 1 added, 0 removed, "
                                   "0 changed) but api/geo.apisnap.txtpb was not updated: run "
                                   "`apicompat update --library geo "));
  EXPECT_THAT(stale.out, HasSubstr("` and commit api/geo.apisnap.txtpb"));
  CommandResult github = repo.Check("compatible", "--require-updated-api-file --format github");
  EXPECT_EQ(github.exit_code, 1);
  EXPECT_THAT(github.out, HasSubstr("::error file=api/geo.apisnap.txtpb,title=apicompat::the API "
                                    "changed"));

  CommandResult update = ApicompatIn(
      repo.dir(), "update --library geo " + Quote(LibGeo().snapshots.at("compatible")));
  EXPECT_EQ(update.exit_code, 0) << update.err;
  EXPECT_THAT(update.out, HasSubstr("apicompat: wrote api/geo.apisnap.txtpb ("));
  CommandResult updated = repo.Check("compatible", "--require-updated-api-file");
  EXPECT_EQ(updated.exit_code, 0) << updated.out << updated.err;
}

// The listing beside the API file must be the current API's too: one line
// naming it and how to update it, whether it is stale or missing.
TEST(CheckTest, RequireUpdatedApiFileFailsOnAnOutdatedListing) {
  Repo repo = ReleasedThenChanged("1.0");
  std::string listing = repo.dir() + "/api/geo.api";
  std::string fresh = ReadFile(listing);
  WriteFile(listing, absl::StrReplaceAll(fresh, {{"double distance(", "float distance("}}));
  ASSERT_NE(ReadFile(listing), fresh);
  CommandResult stale = repo.Check("1.0", "--require-updated-api-file");
  EXPECT_EQ(stale.exit_code, 1) << stale.out << stale.err;
  EXPECT_THAT(stale.out, HasSubstr("apicompat: the API listing api/geo.api is not the listing of "
                                   "api/geo.apisnap.txtpb (edited by hand, or written by another "
                                   "apicompat version): run `apicompat update --library geo "));
  EXPECT_THAT(stale.out, HasSubstr("` and commit api/geo.api\n"));
  CommandResult github = repo.Check("1.0", "--require-updated-api-file --format github");
  EXPECT_THAT(github.out, HasSubstr("::error file=api/geo.api,title=apicompat::the API listing"));
  EXPECT_EQ(repo.Check("1.0").exit_code, 0);  // only with --require-updated-api-file

  fs::remove(listing);
  CommandResult missing = repo.Check("1.0", "--require-updated-api-file");
  EXPECT_EQ(missing.exit_code, 1) << missing.out << missing.err;
  EXPECT_THAT(missing.out, HasSubstr("apicompat: the API listing api/geo.api cannot be read ("));

  CommandResult update = ApicompatIn(
      repo.dir(), "update --library geo " + Quote(LibGeo().snapshots.at("1.0")));
  EXPECT_EQ(update.exit_code, 0) << update.err;
  EXPECT_THAT(update.out, HasSubstr("apicompat: wrote api/geo.api, the listing of "
                                    "api/geo.apisnap.txtpb (up to date, "));
  EXPECT_EQ(ReadFile(listing), fresh);
  CommandResult passes = repo.Check("1.0", "--require-updated-api-file");
  EXPECT_EQ(passes.exit_code, 0) << passes.out << passes.err;
}

// --- update ----------------------------------------------------------------------

TEST(UpdateTest, WritesTheTextApiFileAtTheRepositoryRoot) {
  Repo repo;
  fs::create_directories(repo.dir() + "/src/deep");
  std::string snapshots = LibGeo().snapshots.at("1.0");
  CommandResult first =
      ApicompatIn(repo.dir() + "/src/deep", "update --library geo " + Quote(snapshots));
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_THAT(first.out, HasSubstr("wrote ../../api/geo.apisnap.txtpb ("));
  EXPECT_THAT(first.out, HasSubstr("listing ../../api/geo.api): review the change and commit both"));
  std::string text = ReadFile(repo.api_file());
  EXPECT_THAT(text, HasSubstr("qualified_name: \"geo::rotate\""));  // the text form
  absl::StatusOr<Snapshot> written = ReadSnapshot(repo.api_file());
  ASSERT_TRUE(written.ok()) << written.status();
  EXPECT_GT(written->decls_size(), 10);

  // The listing beside it: what `apicompat listing` renders from the file.
  std::string listing = ReadFile(repo.dir() + "/api/geo.api");
  EXPECT_THAT(listing, HasSubstr("\n  Point rotate(Point p, double angle_radians);\n"));
  EXPECT_EQ(Apicompat("listing " + Quote(repo.api_file())).out, listing);

  CommandResult again = ApicompatIn(repo.dir(), "update --library geo " + Quote(snapshots));
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("api/geo.apisnap.txtpb is up to date ("));
  EXPECT_EQ(ReadFile(repo.api_file()), text);
}

TEST(UpdateTest, ListingIsNamedAfterTheApiFile) {
  std::string dir = MakeScratchDir("listing-names");
  std::string snapshots = Quote(LibGeo().snapshots.at("1.0"));
  for (const auto& [api_file, listing] :
       std::vector<std::pair<std::string, std::string>>{{"geo.apisnap.txtpb", "geo.api"},
                                                        {"sub/geo.apisnap", "sub/geo.api"},
                                                        {"geo.txtpb", "geo.api"}}) {
    CommandResult update = ApicompatIn(dir, absl::StrCat("update --api-file ", api_file, " ",
                                                         snapshots));
    EXPECT_EQ(update.exit_code, 0) << update.err;
    EXPECT_TRUE(fs::exists(absl::StrCat(dir, "/", listing))) << api_file << ": " << update.out;
    fs::remove(absl::StrCat(dir, "/", listing));
  }
}

// --- formats ----------------------------------------------------------------------

class CheckFormatTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    repo_ = new Repo(ReleasedThenChanged("1.1"));
    CommandResult json = repo_->Check("1.1", "--format json");
    ASSERT_EQ(json.exit_code, 1) << json.err;
    report_ = new Report(ParseReport(json.out));
  }
  static void TearDownTestSuite() {
    delete repo_;
    delete report_;
  }

  static std::vector<const Finding*> Errors() {
    std::vector<const Finding*> errors;
    for (const Finding& finding : report_->findings()) {
      if (finding.severity() == "error") errors.push_back(&finding);
    }
    return errors;
  }

  static Repo* repo_;
  static Report* report_;
};

Repo* CheckFormatTest::repo_ = nullptr;
Report* CheckFormatTest::report_ = nullptr;

TEST_F(CheckFormatTest, JsonNamesRepositoryPaths) {
  EXPECT_EQ(report_->verdict(), "breaking");
  EXPECT_EQ(report_->required_bump(), "major");
  ASSERT_GE(Errors().size(), 5u);
  for (const Finding& finding : report_->findings()) {
    EXPECT_THAT(finding.file(), StartsWith("include/geo/"));
    EXPECT_TRUE(fs::exists(repo_->dir() + "/" + finding.file())) << finding.file();
  }
}

TEST_F(CheckFormatTest, SarifHasTheStructureCodeScanningReads) {
  CommandResult result = repo_->Check("1.1", "--format sarif");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  google::protobuf::Value sarif = ParseJson(result.out);
  EXPECT_EQ(Field(sarif, "version").string_value(), "2.1.0");
  EXPECT_THAT(Field(sarif, "$schema").string_value(), HasSubstr("sarif-2.1.0"));
  const auto& runs = Field(sarif, "runs").list_value().values();
  ASSERT_EQ(runs.size(), 1);
  const google::protobuf::Value& driver = Field(Field(runs[0], "tool"), "driver");
  EXPECT_EQ(Field(driver, "name").string_value(), "apicompat");
  std::vector<std::string> rule_ids;
  for (const auto& rule : Field(driver, "rules").list_value().values()) {
    rule_ids.push_back(Field(rule, "id").string_value());
    std::string id = rule_ids.back();
    std::string summary = Field(Field(rule, "shortDescription"), "text").string_value();
    std::string full = Field(Field(rule, "fullDescription"), "text").string_value();
    EXPECT_FALSE(summary.empty()) << id;
    // Code scanning wants a description beyond the one-line summary.
    EXPECT_FALSE(full.empty()) << id;
    EXPECT_NE(full, summary) << id;
    const google::protobuf::Value& help = Field(rule, "help");
    EXPECT_THAT(Field(help, "text").string_value(), HasSubstr("apicompat explain " + id));
    EXPECT_THAT(Field(help, "markdown").string_value(), StartsWith("## " + id + "\n"));
  }
  // Installed users have no checkout: nothing points into the repository.
  EXPECT_THAT(result.out, Not(HasSubstr("docs/rules.md")));
  EXPECT_TRUE(std::is_sorted(rule_ids.begin(), rule_ids.end()));

  std::multiset<std::tuple<std::string, std::string, std::string, int>> results, expected;
  for (const auto& result_value : Field(runs[0], "results").list_value().values()) {
    std::string rule = Field(result_value, "ruleId").string_value();
    int index = static_cast<int>(Field(result_value, "ruleIndex").number_value());
    ASSERT_LT(index, static_cast<int>(rule_ids.size()));
    EXPECT_EQ(rule_ids[index], rule);
    EXPECT_FALSE(Field(Field(result_value, "message"), "text").string_value().empty());
    const auto& locations = Field(result_value, "locations").list_value().values();
    ASSERT_EQ(locations.size(), 1);
    const google::protobuf::Value& physical = Field(locations[0], "physicalLocation");
    std::string uri = Field(Field(physical, "artifactLocation"), "uri").string_value();
    int line = static_cast<int>(Field(Field(physical, "region"), "startLine").number_value());
    EXPECT_GE(line, 1);
    results.emplace(rule, Field(result_value, "level").string_value(), uri, line);
  }
  for (const Finding& finding : report_->findings()) {
    std::string level = finding.severity() == "info" ? "note" : finding.severity();
    expected.emplace(finding.rule(), level, finding.file(), static_cast<int>(finding.line()));
  }
  EXPECT_EQ(results, expected);
  EXPECT_THAT(results, Contains(std::make_tuple("parameter-type-changed", "error",
                                                "include/geo/point.h", 47)));
}

TEST_F(CheckFormatTest, GithubAnnotatesTheChangedLines) {
  CommandResult result = repo_->Check("1.1", "--format github");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  for (const std::string& line : lines) EXPECT_THAT(line, StartsWith("::"));
  for (const Finding* error : Errors()) {
    std::string prefix = absl::StrCat("::error file=", error->file(), ",line=", error->line(),
                                      ",title=apicompat ", error->rule(), "::", error->decl(),
                                      ": ");
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [&](const std::string& line) {
      return absl::StartsWith(line, prefix);
    }))
        << prefix << "\n" << result.out;
  }
  EXPECT_THAT(result.out, HasSubstr("::error file=include/geo/point.h,line=47,title=apicompat "
                                    "parameter-type-changed::geo::rotate: "));
  EXPECT_THAT(result.out, HasSubstr("%0AHow to fix: [parameter-type-changed] "));
  ASSERT_FALSE(lines.empty());
  EXPECT_THAT(lines.back(), StartsWith("::error title=apicompat::Breaking: the changes require a "
                                       "major version bump."));
  EXPECT_THAT(lines.back(), HasSubstr("compared with api/geo.apisnap.txtpb at tag v1.0.0"));
  EXPECT_THAT(lines.back(), HasSubstr("APICOMPAT_DEPRECATED"));
}

// The first character that Markdown would read as markup ('<', '*', '_')
// outside code spans and not escaped, with its line; "" when there is none.
// Lines that are headings, table rules or emphasis we wrote are skipped.
std::string UnescapedMarkdownOutsideCode(const std::string& md) {
  for (const std::string& line : Lines(md)) {
    bool code = false;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\') {
        ++i;
      } else if (line[i] == '`') {
        code = !code;
      } else if (!code && line[i] == '<') {
        return line;
      } else if (!code && line[i] == '_' && i > 0 && std::isalnum(line[i - 1])) {
        return line;
      }
    }
  }
  return "";
}

TEST_F(CheckFormatTest, MarkdownSummarizesForThePullRequest) {
  CommandResult result = repo_->Check("1.1", "--format markdown");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  const std::string& md = result.out;
  EXPECT_THAT(md, StartsWith("## apicompat: breaking changes\n"));
  EXPECT_THAT(md, HasSubstr("**Breaking: the changes require a major version bump.** The check "
                            "fails."));
  EXPECT_THAT(md, HasSubstr("compared with `api/geo.apisnap.txtpb at tag v1.0.0 (commit "));
  EXPECT_THAT(md, HasSubstr(absl::StrCat("### Errors (", Errors().size(), ")")));
  EXPECT_THAT(md, HasSubstr("| Where | Rule | Declaration | What changed |"));
  for (const Finding* error : Errors()) {
    EXPECT_THAT(md, HasSubstr(absl::StrCat("| `", error->file(), ":", error->line(), "` | `",
                                           error->rule(), "` | `", error->decl(), "` | ")));
    EXPECT_THAT(md, HasSubstr(absl::StrCat("- `", error->rule(), "`: ")));
  }
  EXPECT_THAT(md, HasSubstr("### Info ("));
  EXPECT_THAT(md, HasSubstr("### How to fix"));
  EXPECT_THAT(md, HasSubstr("- In general: Revert the change; or keep the old declaration, mark "
                            "it APICOMPAT\\_DEPRECATED"));
  EXPECT_THAT(md, HasSubstr("acknowledge the break with a reason"));
  EXPECT_THAT(md, HasSubstr("or bump the major version"));
  // The errors come before the info.
  EXPECT_LT(md.find("### Errors"), md.find("### Info"));
  EXPECT_THAT(md, Not(HasSubstr("docs/rules.md")));
  // C++ outside code spans is escaped: `std::vector<Point>` is no HTML tag.
  EXPECT_THAT(md, HasSubstr("std::vector\\<Point\\>"));
  EXPECT_EQ(UnescapedMarkdownOutsideCode(md), "");
}

// A minimal XML 1.0 well-formedness check: balanced elements, quoted
// attributes without duplicates, escaped text. Returns the start tags.
struct XmlElement {
  std::string name;
  std::map<std::string, std::string> attributes;
  std::string parent;
};

bool ValidText(absl::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '<') return false;
    if (text[i] != '&') continue;
    size_t end = text.find(';', i);
    if (end == absl::string_view::npos) return false;
    absl::string_view entity = text.substr(i + 1, end - i - 1);
    if (entity != "amp" && entity != "lt" && entity != "gt" && entity != "quot" &&
        entity != "apos") {
      return false;
    }
  }
  return true;
}

std::vector<XmlElement> ParseXml(const std::string& xml, std::string& error) {
  std::vector<XmlElement> elements;
  std::vector<std::string> open;
  size_t pos = 0;
  if (!absl::StartsWith(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")) {
    error = "no XML declaration";
    return elements;
  }
  pos = xml.find('\n') + 1;
  bool seen_root = false;
  while (pos < xml.size()) {
    size_t lt = xml.find('<', pos);
    std::string text = xml.substr(pos, lt == std::string::npos ? std::string::npos : lt - pos);
    if (!ValidText(text)) error = "bad text: " + text;
    if (open.empty() && !absl::StripAsciiWhitespace(text).empty()) error = "text outside root";
    if (lt == std::string::npos) break;
    size_t gt = xml.find('>', lt);
    if (gt == std::string::npos) {
      error = "unterminated tag";
      break;
    }
    std::string tag = xml.substr(lt + 1, gt - lt - 1);
    pos = gt + 1;
    if (absl::StartsWith(tag, "/")) {
      if (open.empty() || open.back() != tag.substr(1)) error = "mismatched </" + tag + ">";
      if (!open.empty()) open.pop_back();
      continue;
    }
    bool empty = absl::EndsWith(tag, "/");
    if (empty) tag.pop_back();
    XmlElement element;
    size_t name_end = std::min(tag.find(' '), tag.size());
    element.name = tag.substr(0, name_end);
    element.parent = open.empty() ? "" : open.back();
    if (open.empty() && seen_root) error = "second root element";
    seen_root = true;
    std::string rest = tag.substr(name_end);
    while (!absl::StripAsciiWhitespace(rest).empty()) {
      rest = std::string(absl::StripLeadingAsciiWhitespace(rest));
      size_t eq = rest.find("=\"");
      size_t close = eq == std::string::npos ? eq : rest.find('"', eq + 2);
      if (close == std::string::npos) {
        error = "bad attribute in <" + tag + ">";
        break;
      }
      std::string name = rest.substr(0, eq), value = rest.substr(eq + 2, close - eq - 2);
      if (!ValidText(value) || !element.attributes.emplace(name, value).second) {
        error = "bad or duplicate attribute " + name;
      }
      rest = rest.substr(close + 1);
    }
    elements.push_back(element);
    if (!empty) open.push_back(element.name);
  }
  if (!open.empty()) error = "unclosed <" + open.back() + ">";
  return elements;
}

TEST_F(CheckFormatTest, JunitIsWellFormedWithAFailurePerError) {
  CommandResult result = repo_->Check("1.1", "--format junit");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  std::string error;
  std::vector<XmlElement> elements = ParseXml(result.out, error);
  ASSERT_EQ(error, "") << result.out;
  ASSERT_FALSE(elements.empty());
  EXPECT_EQ(elements[0].name, "testsuites");
  int testcases = 0, failures = 0;
  std::set<std::string> failed;
  for (const XmlElement& element : elements) {
    if (element.name == "testcase") {
      EXPECT_EQ(element.parent, "testsuite");
      ++testcases;
    }
    if (element.name == "failure") {
      EXPECT_EQ(element.parent, "testcase");
      ++failures;
    }
  }
  const XmlElement& suite = elements[1];
  ASSERT_EQ(suite.name, "testsuite");
  EXPECT_EQ(suite.attributes.at("tests"), absl::StrCat(testcases));
  EXPECT_EQ(suite.attributes.at("failures"), absl::StrCat(failures));
  EXPECT_EQ(testcases, report_->findings_size());
  EXPECT_EQ(failures, static_cast<int>(Errors().size()));
  EXPECT_THAT(result.out, HasSubstr("<testcase classname=\"include/geo/point.h\" "
                                    "name=\"parameter-type-changed geo::rotate\" "
                                    "file=\"include/geo/point.h\" line=\"47\">"));
}

TEST_F(CheckFormatTest, OutputFileGetsTheFormatAndTheConsoleText) {
  std::string sarif = MakeScratchDir("output") + "/apicompat.sarif";
  CommandResult result =
      repo_->Check("1.1", absl::StrCat("--format sarif --output ", Quote(sarif)));
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_THAT(result.out, HasSubstr("include/geo/point.h:47: error: [parameter-type-changed]"));
  EXPECT_THAT(result.out, HasSubstr("BREAKING"));
  EXPECT_EQ(Field(ParseJson(ReadFile(sarif)), "version").string_value(), "2.1.0");
}

// --- semantic versioning from the tag ----------------------------------------------

TEST(CheckTest, TheTagsVersionFeedsTheSemverVerdict) {
  Repo repo = ReleasedThenChanged("1.1");
  Report minor = ParseReport(repo.Check("1.1", "--current-version 1.1.0 --format json").out);
  EXPECT_EQ(minor.baseline_version(), "1.0.0");
  EXPECT_EQ(minor.current_version(), "1.1.0");
  EXPECT_EQ(minor.semver(), "insufficient");
  EXPECT_TRUE(minor.failed());
  CommandResult major = repo.Check("1.1", "--current-version 2.0.0 --format json");
  Report report = ParseReport(major.out);
  EXPECT_EQ(report.baseline_version(), "1.0.0");
  EXPECT_EQ(report.semver(), "satisfied");
  EXPECT_EQ(major.exit_code, report.failed() ? 1 : 0);
  ExpectUsageError(repo.Check("1.1", "--current-version 0.9.0"),
                   "older than the baseline's release 1.0.0");
}

// --- errors: exit 2 with one line --------------------------------------------------

TEST(CheckErrorTest, BadBaselines) {
  Repo repo = ReleasedThenChanged("1.1");
  ExpectUsageError(repo.Check("1.1", "--baseline v9.9.9"),
                   "--baseline 'v9.9.9' is neither a file nor a git tag or revision");
  repo.Git("rm -q -r api");
  repo.Git("commit -q -m 'no API file'");
  repo.Git("tag v1.0.1");  // a release without the API file, named explicitly
  ExpectUsageError(repo.Check("1.1", "--baseline v1.0.1"), "v1.0.1 has no api/geo.apisnap.txtpb");
}

TEST(CheckErrorTest, NoBaselineAnywhere) {
  Repo repo;
  repo.UseHeaders("1.0");
  repo.Git("add -A");
  repo.Git("commit -q -m 'no API file yet'");
  repo.Git("switch -q -c feature");
  repo.Git("commit -q --allow-empty -m 'pull request'");
  CommandResult result = repo.Check("1.0");
  ExpectUsageError(result, "no release tag matches 'v*' in HEAD's history and the default "
                           "branch main has no "
                           "api/geo.apisnap.txtpb: run `apicompat update`, commit the API file");
}

TEST(CheckErrorTest, NotAGitRepository) {
  std::string dir = MakeScratchDir("nogit");
  CommandResult result = ApicompatIn(
      dir, "check --api-file api/geo.apisnap.txtpb " + Quote(LibGeo().snapshots.at("1.0")));
  ExpectUsageError(result, "is not in a git repository: run apicompat check in a clone of the "
                           "project, or pass --baseline FILE");
}

TEST(CheckErrorTest, UsageErrors) {
  Repo repo = ReleasedThenChanged("1.1");
  std::string snapshots = Quote(LibGeo().snapshots.at("1.1"));
  auto in_repo = [&](const std::string& args) { return ApicompatIn(repo.dir(), args); };
  ExpectUsageError(in_repo("check " + snapshots), "--library NAME");
  ExpectUsageError(in_repo("check --library geo"), "no current snapshot given");
  ExpectUsageError(in_repo("check --library geo --api-file x " + snapshots), "not both");
  ExpectUsageError(in_repo("check --library geo --format xml " + snapshots), "'xml'");
  ExpectUsageError(in_repo("check --library geo --public-dir nowhere " + snapshots),
                   "public dir 'nowhere'");
  ExpectUsageError(in_repo("check --library geo empty-dir-" + std::string("missing")),
                   "empty-dir-missing");
  ExpectUsageError(in_repo("update --library geo"), "no snapshots given");
}

}  // namespace
}  // namespace apicompat::testing
