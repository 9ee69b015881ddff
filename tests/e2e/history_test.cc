// apicompat history, and --format html, end to end: a temporary git
// repository of a small library released six times
// (tests/scripts/history_repo.sh: a release before apicompat, a compatible
// minor release, a patch release with a break, a major release with an
// acknowledged break, a pre-release), its API file taken by `apicompat
// snapshot` through the real collector in real Clang.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "apicompat/report.pb.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "report_advice.h"
#include "support/libgeo_repo.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

// Run(), which TEST bodies cannot name (testing::Test::Run hides it).
CommandResult Shell(const std::string& command) { return Run(command); }

// The repository, made once per test process.
const std::string& HistoryRepo() {
  static const std::string* dir = [] {
    auto* made = new std::string(MakeScratchDir("shapes"));
    CommandResult result = Run(absl::StrCat(
        "bash -c ",
        Quote(absl::StrCat("set -e; source ", Quote(SourceDir() + "/tests/scripts/history_repo.sh"),
                           "; make_history_repo ", Quote(*made), " ", Quote(ApicompatBinary())))));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return made;
  }();
  return *dir;
}

CommandResult HistoryCommand(const std::string& args) {
  return ApicompatIn(HistoryRepo(), absl::StrCat("history --library shapes ", args));
}

apicompat::History ParseHistory(const std::string& json) {
  apicompat::History history;
  auto status = google::protobuf::util::JsonStringToMessage(json, &history);
  EXPECT_TRUE(status.ok()) << status << "\n" << json;
  return history;
}

// A release on one line: every field the JSON promises.
std::string Summary(const Release& release) {
  const Counts& c = release.counts();
  const CategoryCounts& breaks = release.breaks_by_category();
  std::vector<std::string> rules;
  for (const Finding& finding : release.findings()) {
    rules.push_back(absl::StrCat(finding.rule(), finding.acknowledged() ? "(acknowledged)" : ""));
  }
  return absl::StrCat(
      release.tag(), " ", release.version(), " decls=", release.declarations(), " prev=",
      release.previous(), " verdict=", release.verdict(), " required=", release.required_bump(),
      " release=", release.release_bump(), " matches=", release.bump_matches() ? 1 : 0, " needs=",
      release.required_release(), " counts=", c.error(), "/", c.warning(), "/", c.info(), "/",
      c.acknowledged(), " breaks=", breaks.api(), "/", breaks.abi(), "/", breaks.policy(),
      " rules=", absl::StrJoin(rules, ","));
}

std::vector<std::string> Summaries(const apicompat::History& history) {
  std::vector<std::string> out;
  for (const Release& release : history.releases()) out.push_back(Summary(release));
  return out;
}

std::string CommitOf(const std::string& tag) {
  return std::string(absl::StripAsciiWhitespace(
      Git(HistoryRepo(), absl::StrCat("rev-parse ", tag, "^{commit}")).out));
}

TEST(HistoryTest, JsonHasEveryReleaseComparedWithThePreviousOne) {
  CommandResult result = HistoryCommand("--format json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  // The tag before the API file existed is skipped, and said so.
  EXPECT_EQ(result.err,
            "apicompat: tag v0.9.0 has no api/shapes.apisnap.txtpb (it predates apicompat): "
            "skipped\n");
  apicompat::History history = ParseHistory(result.out);
  EXPECT_EQ(history.api_file(), "api/shapes.apisnap.txtpb");
  EXPECT_EQ(history.tag_pattern(), "v*");
  EXPECT_THAT(
      Summaries(history),
      ElementsAre(
          "v1.0.0 1.0.0 decls=3 prev= verdict= required= release= matches=1 needs= "
          "counts=0/0/0/0 breaks=0/0/0 rules=",
          "v1.1.0 1.1.0 decls=4 prev=v1.0.0 verdict=compatible required=minor release=minor "
          "matches=1 needs= counts=0/0/1/0 breaks=0/0/0 rules=function-added",
          // The patch release that removed a function: flagged.
          "v1.1.1 1.1.1 decls=3 prev=v1.1.0 verdict=breaking required=major release=patch "
          "matches=0 needs=2.0.0 counts=1/0/0/0 breaks=1/0/0 rules=function-removed",
          // Its break acknowledged in the configuration committed with it:
          // still a break.
          "v2.0.0 2.0.0 decls=5 prev=v1.1.1 verdict=breaking required=major release=major "
          "matches=1 needs= counts=0/0/2/1 breaks=0/1/0 "
          "rules=field-added(acknowledged),function-added,function-added"));
  for (const Release& release : history.releases()) {
    EXPECT_EQ(release.commit(), CommitOf(release.tag()));
  }
  // Numbers are JSON numbers; every key is there, empty or not.
  EXPECT_THAT(result.out, HasSubstr("\"declarations\": 3,"));
  EXPECT_THAT(result.out, HasSubstr("\"required_release\": \"2.0.0\""));
  EXPECT_THAT(result.out, HasSubstr("\"verdict\": \"\""));
  EXPECT_THAT(result.out, HasSubstr("\"breaks_by_category\": {\n    \"api\": 1,\n    \"abi\": "
                                    "0,\n    \"policy\": 0\n   },"));
  const Finding& acknowledged = history.releases(3).findings(0);
  EXPECT_EQ(acknowledged.acknowledgement(), "2.0 gives Point a third dimension");
  EXPECT_EQ(acknowledged.old_declaration(),
            "struct shapes::Point {  // size 8, align 4\n  int x;  // offset 0\n  int y;  // offset "
            "4\n};");
  EXPECT_EQ(acknowledged.new_declaration(),
            "struct shapes::Point {  // size 12, align 4\n  int x;  // offset 0\n  int y;  // "
            "offset 4\n  int z;  // offset 8\n};");
}

TEST(HistoryTest, PreReleasesOnRequest) {
  apicompat::History history = ParseHistory(HistoryCommand("--format json --pre-releases").out);
  ASSERT_EQ(history.releases_size(), 5);
  EXPECT_EQ(Summary(history.releases(4)),
            "v2.1.0-rc1 2.1.0-rc1 decls=6 prev=v2.0.0 verdict=compatible required=minor "
            "release=minor matches=1 needs= counts=0/0/1/0 breaks=0/0/0 rules=function-added");
  EXPECT_EQ(history.releases(4).findings(0).new_declaration(), "void shapes::reset(Point *p);");
}

// Pre-releases in semantic version precedence, not by name: rc.10 after
// rc.9, numbers before names, and all before the release.
TEST(HistoryTest, PreReleasesInSemanticVersionOrder) {
  std::string dir = MakeScratchDir("prereleases");
  InitGitRepository(dir);
  WriteFile(dir + "/api/shapes.apisnap.txtpb",
            Git(HistoryRepo(), "show v1.0.0:api/shapes.apisnap.txtpb").out);
  Git(dir, "add -A");
  Git(dir, "commit -q -m release");
  for (const char* tag : {"v3.0.0", "v3.0.0-rc.10", "v3.0.0-rc.9", "v3.0.0-rc", "v3.0.0-beta.2",
                          "v3.0.0-rc.9.1", "v3.0.0-rc.alpha"}) {
    Git(dir, absl::StrCat("tag ", tag));
  }
  apicompat::History history =
      ParseHistory(ApicompatIn(dir, "history --library shapes --format json --pre-releases").out);
  std::vector<std::string> tags;
  for (const Release& release : history.releases()) tags.push_back(release.tag());
  EXPECT_THAT(tags, ElementsAre("v3.0.0-beta.2", "v3.0.0-rc", "v3.0.0-rc.9", "v3.0.0-rc.9.1",
                                "v3.0.0-rc.10", "v3.0.0-rc.alpha", "v3.0.0"));
}

TEST(HistoryTest, MarkdownReleaseNotesSinceATag) {
  CommandResult result = HistoryCommand("--format markdown --since v1.1.0");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(
      result.out,
      "## API history of `api/shapes.apisnap.txtpb` since v1.1.0\n"
      "\n"
      "| Release | Declarations | Changes | Required bump | Release bump | Version |\n"
      "| --- | ---: | --- | --- | --- | --- |\n"
      "| `v1.1.1` | 3 | breaking: 1 error, 0 warnings, 0 info | major | patch | **too low: "
      "should have been 2.0.0** |\n"
      "| `v2.0.0` | 5 | breaking: 0 errors, 0 warnings, 2 info, 1 acknowledged | major | major | "
      "ok |\n"
      "\n"
      "### v1.1.1 (breaking, from v1.1.0)\n"
      "\n"
      "> **Mis-versioned:** the changes require a major version bump, but v1.1.1 is a patch "
      "release: it should have been 2.0.0.\n"
      "\n"
      "- **error** `function-removed` `shapes::perimeter`: 'shapes::perimeter(const Point \\&, "
      "const Point \\&)' was removed; code calling it no longer compiles and programs linked "
      "against it no longer load\n"
      "\n"
      "### v2.0.0 (breaking, from v1.1.1)\n"
      "\n"
      "- **error** `field-added` `shapes::Point::z`: public field 'z' ('int') was added at offset "
      "8; the size grows from 8 to 12 bytes; programs built against the old header allocate and "
      "access the type with the old layout *Acknowledged:* 2.0 gives Point a third dimension\n"
      "- info `function-added` `shapes::clamp`: 'shapes::clamp(T, T, T)' was added\n"
      "- info `function-added` `shapes::less`: 'shapes::less(const Point \\&, const Point \\&)' "
      "was added\n"
      "\n");
}

TEST(HistoryTest, HtmlPageHasTheTimelineTheReleasesAndTheirFindings) {
  std::string page = MakeScratchDir("out") + "/history.html";
  CommandResult result = HistoryCommand(absl::StrCat("-o ", Quote(page)));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "");
  std::string html = ReadFile(page);
  EXPECT_THAT(html, HasSubstr("<title>API history of api/shapes.apisnap.txtpb</title>"));
  EXPECT_THAT(html, HasSubstr("4 releases (tags v*): 2 breaking, 1 with a version bump too low"));
  // The timeline: the declarations per release, the breaks by category, the
  // mis-versioned release marked.
  EXPECT_THAT(html, HasSubstr("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  EXPECT_THAT(html, HasSubstr("<polyline id=\"declarations-line\""));
  EXPECT_THAT(html, HasSubstr("<title>v1.1.1: 3 declarations</title>"));
  EXPECT_THAT(html, HasSubstr("data-category=\"api\""));
  EXPECT_THAT(html, HasSubstr("<title>v1.1.1: 1 api break</title>"));
  EXPECT_THAT(html, HasSubstr("<title>v2.0.0: 1 abi break</title>"));
  EXPECT_THAT(html, HasSubstr("<text class=\"tag mismatch\""));
  EXPECT_THAT(html, HasSubstr("⚠ v1.1.1</text>"));
  // The table flags it; the findings are behind <details>.
  EXPECT_THAT(html, HasSubstr("<tr class=\"release mismatch\" data-tag=\"v1.1.1\">"));
  EXPECT_THAT(html, HasSubstr("a patch release with changes requiring major: should have been "
                              "2.0.0"));
  EXPECT_THAT(html, HasSubstr("<details class=\"release-findings\" id=\"release-v1.1.1\">"
                              "<summary>v1.1.1 against v1.1.0: 1 finding</summary>"));
  // Declarations escaped.
  EXPECT_THAT(html, HasSubstr("template &lt;typename T&gt;\nT shapes::clamp(T value, T low, T "
                              "high);"));
  EXPECT_THAT(html, HasSubstr("int shapes::perimeter(const Point &amp;a, const Point &amp;b);"));
  EXPECT_THAT(html, Not(HasSubstr("const Point &a,")));
}

TEST(HistoryTest, DiffHtmlReportShowsEveryFindingInFull) {
  std::string scratch = MakeScratchDir("diff");
  for (const char* tag : {"v1.1.0", "v2.0.0"}) {
    WriteFile(absl::StrCat(scratch, "/", tag, ".txtpb"),
              Git(HistoryRepo(), absl::StrCat("show ", tag, ":api/shapes.apisnap.txtpb")).out);
  }
  WriteFile(scratch + "/config.txtpb",
            Git(HistoryRepo(), "show v2.0.0:apicompat.config.txtpb").out);
  CommandResult result = ApicompatIn(
      scratch, "diff v1.1.0.txtpb v2.0.0.txtpb --format html --config config.txtpb "
               "--baseline-version 1.1.0 --current-version 1.2.0");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  const std::string& html = result.out;
  EXPECT_THAT(html, HasSubstr("<!DOCTYPE html>"));
  EXPECT_THAT(html, HasSubstr("<h1>apicompat: breaking changes</h1>"));
  EXPECT_THAT(html, HasSubstr("Breaking: the changes require a major version bump. Version 1.1.0 "
                              "-&gt; 1.2.0 is a minor version bump: too low, release 2.0.0 or "
                              "later. The check fails."));
  EXPECT_THAT(html, HasSubstr("<dd id=\"required-bump\">major</dd>"));
  // Grouped by severity, then category; filters for what is there.
  EXPECT_THAT(html, HasSubstr("<h2>Errors (1)</h2>\n<section class=\"category\" data-group>\n"
                              "<h3>api (1)</h3>"));
  EXPECT_THAT(html, HasSubstr("<h2>Acknowledged (1)</h2>\n<section class=\"category\" "
                              "data-group>\n<h3>abi (1)</h3>"));
  EXPECT_THAT(html, HasSubstr("<select id=\"filter-severity\"><option value=\"\">all</option>"
                              "<option value=\"error\">error</option><option value=\"acknowledged"
                              "\">acknowledged</option><option value=\"info\">info</option>"
                              "</select>"));
  EXPECT_THAT(html, HasSubstr("<input type=\"search\" id=\"filter-text\""));
  // A removal: the old declaration beside nothing; its fix and its rule's
  // documentation.
  EXPECT_THAT(html, HasSubstr("<figure><figcaption>Before</figcaption><pre><code>int "
                              "shapes::perimeter(const Point &amp;a, const Point &amp;b);</code>"
                              "</pre></figure><figure><figcaption>After</figcaption><p "
                              "class=\"absent\">(removed)</p></figure>"));
  EXPECT_THAT(html, HasSubstr(absl::StrCat("<strong>How to fix:</strong> ",
                                           FixText("function-removed").substr(
                                               std::string("[function-removed] ").size()))));
  EXPECT_THAT(html, HasSubstr("<summary>Rule documentation: function-removed</summary><div "
                              "class=\"doc\"><p><strong>Category</strong> api · <strong>Severity"
                              "</strong> error · <strong>Required bump</strong> major</p>"));
  EXPECT_THAT(html, HasSubstr("<pre><code>// old: double polygon_perimeter(const "
                              "std::vector&lt;Point&gt;&amp; polygon);\n"));
  // The acknowledged break, as such.
  EXPECT_THAT(html, HasSubstr("<article class=\"finding acknowledged\" data-severity="
                              "\"acknowledged\" data-category=\"abi\">"));
  EXPECT_THAT(html, HasSubstr("<span class=\"badge acknowledged\">acknowledged</span> 2.0 gives "
                              "Point a third dimension"));
  EXPECT_THAT(html, HasSubstr("<pre><code>template &lt;typename T&gt;\nT shapes::clamp(T value, "
                              "T low, T high);</code></pre>"));
  // Self-contained: nothing to fetch.
  EXPECT_THAT(html, Not(HasSubstr(" src=")));
  EXPECT_THAT(html, Not(HasSubstr("href=\"http")));
}

TEST(HistoryTest, CheckHtmlReportNamesTheBaselineTagAndCommit) {
  std::string snapshot = MakeScratchDir("current") + "/current.apisnap.txtpb";
  CommandResult taken =
      ApicompatIn(HistoryRepo(),
                  absl::StrCat("snapshot --no-progress --public-dir include -o ", Quote(snapshot)));
  ASSERT_EQ(taken.exit_code, 0) << taken.err;
  CommandResult result = ApicompatIn(
      HistoryRepo(), absl::StrCat("check --library shapes --format html ", Quote(snapshot)));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr(absl::StrCat(
                              "<dd id=\"baseline\">api/shapes.apisnap.txtpb at tag v2.0.0 (commit ",
                              CommitOf("v2.0.0").substr(0, 12), "), the release before v2.1.0-rc1 "
                              "on HEAD<br>tag <code class=\"tag\">v2.0.0</code>, commit <code "
                              "class=\"commit\">", CommitOf("v2.0.0"), "</code></dd>")));
  EXPECT_THAT(result.out, HasSubstr("<h1>apicompat: compatible</h1>"));
  EXPECT_THAT(result.out, HasSubstr("<p class=\"absent\">(not declared)</p></figure><figure>"
                                    "<figcaption>After</figcaption><pre><code>void "
                                    "shapes::reset(Point *p);</code></pre>"));
}

TEST(HistoryTest, BadRequestsAreOneLineErrors) {
  ExpectUsageError(HistoryCommand("--format pdf"),
                   "history: unknown format 'pdf' (html, json or markdown)");
  ExpectUsageError(HistoryCommand("--since v9.9.9"),
                   "--since v9.9.9 is not a release (v1.0.0, v1.1.0, v1.1.1, v2.0.0)");
  ExpectUsageError(HistoryCommand("--tag-pattern 'rel-*'"), "no release tag matching 'rel-*'");
  ExpectUsageError(HistoryCommand("extra"), "history: unexpected argument 'extra'");
  std::string outside = MakeScratchDir("outside");
  ExpectUsageError(ApicompatIn(outside, "history --api-file api/x.apisnap.txtpb"),
                   "is not in a git repository");
}

}  // namespace
}  // namespace apicompat::testing
