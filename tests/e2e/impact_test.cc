// apicompat impact, end to end: the dependency of tests/impact in three
// versions, snapshotted through the real plugin, and consumers' uses.
// Recorded uses (tests/impact/recorded/*.txtpb, written by hand in the
// plugin's form) test the differ alone; the consumers' real builds with
// `apicompat flags --uses-of` test the whole path.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "apicompat/report.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

std::string ImpactDir() { return SourceDir() + "/tests/impact"; }

class ImpactTest : public ::testing::Test {
 public:
  static void SetUpTestSuite() {
    scratch_ = new std::string(MakeScratchDir("impact"));
    for (const char* version : {"1.0", "2.0", "3.0"}) DependencySnapshot(version);
  }
  static void TearDownTestSuite() { delete scratch_; }

  // The dependency's snapshot of `version`, through the plugin:
  // SCRATCH/lib-VERSION.apisnap.
  static void DependencySnapshot(const std::string& version) {
    std::string include = absl::StrCat(ImpactDir(), "/lib-", version, "/include");
    std::string source = absl::StrCat(*scratch_, "/lib-", version, ".cc");
    WriteFile(source, "#include <lib/trainer.h>\n");
    CommandResult compiled =
        CompileWithPlugin(source, include, Dependency(version), absl::StrCat("-I", Quote(include)));
    ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  }

  static std::string Dependency(const std::string& version) {
    if (scratch_ == nullptr) return "";
    return absl::StrCat(*scratch_, "/lib-", version, ".apisnap");
  }
  static std::string Recorded(const std::string& consumer) {
    return absl::StrCat(ImpactDir(), "/recorded/", consumer, ".uses.txtpb");
  }

  // `apicompat impact ARGS --format json`, parsed.
  static Report ImpactJson(const std::string& args, int expected_exit) {
    CommandResult result = Apicompat(absl::StrCat("impact --format json ", args));
    EXPECT_EQ(result.exit_code, expected_exit) << result.out << result.err;
    Report report;
    EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(result.out, &report).ok())
        << result.out << result.err;
    return report;
  }

  // "file:line rule decl <- site (kind), ..." per finding.
  static std::vector<std::string> Lines(const Report& report) {
    std::vector<std::string> lines;
    for (const Finding& finding : report.findings()) {
      std::vector<std::string> sites;
      for (const UseSite& site : finding.uses()) {
        sites.push_back(absl::StrCat(site.project().empty() ? "" : site.project() + ":",
                                     site.file(), ":", site.line(), " ", site.kind()));
      }
      lines.push_back(absl::StrCat(finding.file(), ":", finding.line(), " ", finding.rule(), " ",
                                   finding.decl(), " <- ", absl::StrJoin(sites, ", ")));
    }
    return lines;
  }

  // The consumer's uses of lib 2.0, from its real build: each source
  // compiled with the flags of `apicompat flags --uses-of`, then merged.
  static std::string BuiltUses(const std::string& consumer) {
    std::string root = absl::StrCat(ImpactDir(), "/", consumer);
    std::string include = absl::StrCat(ImpactDir(), "/lib-2.0/include");
    std::string out = absl::StrCat(*scratch_, "/", consumer, "/");
    CommandResult flags = Apicompat(absl::StrCat("flags --uses-of ", Quote(include),
                                                 " --project-root ", Quote(root), " --out ",
                                                 Quote(out)));
    EXPECT_EQ(flags.exit_code, 0) << flags.err;
    for (const auto& entry : std::filesystem::directory_iterator(root + "/src")) {
      CommandResult compiled = apicompat::testing::Run(absl::StrCat(
          "cd ", Quote(root), " && ", ClangCxx(), " -std=c++17 -c -o /dev/null -I", Quote(include),
          " ", absl::StripAsciiWhitespace(flags.out), " ", Quote(entry.path().string())));
      EXPECT_EQ(compiled.exit_code, 0) << compiled.err;
      EXPECT_EQ(compiled.err, "");
    }
    std::string uses = absl::StrCat(*scratch_, "/", consumer, ".uses.apisnap");
    CommandResult merged = Apicompat(absl::StrCat("merge -o ", Quote(uses), " ", Quote(out)));
    EXPECT_EQ(merged.exit_code, 0) << merged.err;
    return uses;
  }

  static std::string* scratch_;
};

std::string* ImpactTest::scratch_ = nullptr;

// What the upgrade from 2.0 to 3.0 means for trainer (its recorded uses):
// the uses' findings, exactly; Mode::exact (not named), Handle, the
// version macro and unused_changed are the other changes.
const char* const kTrainerUpgrade[] = {
    "lib/trainer.h:11 field-type-changed lib::Config::rate <- src/train.cc:9 type-by-value, "
    "src/train.cc:16 member-access",
    "lib/trainer.h:29 function-removed lib::Stager::run <- src/train.cc:13 call",
    "lib/trainer.h:36 virtual-method-added lib::Model::save <- src/train.cc:4 base",
    "lib/trainer.h:40 return-type-changed lib::evaluate <- src/train.cc:16 call"};

// trainer against 1.0 (its minimum) and 3.0 (its maximum), built against 2.0.
const char* const kTrainerBounds[] = {
    "src/train.cc:10 used-missing-in-minimum lib::Config::seed <- src/train.cc:10 member-access",
    "src/train.cc:11 used-incompatible-in-minimum lib::stage(int, bool) <- src/train.cc:11 call",
    // Its constructor, used on the same line, is part of this finding.
    "src/train.cc:12 used-missing-in-minimum lib::Stager <- src/train.cc:12 type-by-value",
    "src/train.cc:13 used-missing-in-maximum lib::Stager::run() <- src/train.cc:13 call",
    "src/train.cc:13 used-missing-in-minimum lib::Stager::run() <- src/train.cc:13 call",
    "src/train.cc:16 used-incompatible-in-maximum lib::evaluate(const lib::Model &) <- "
    "src/train.cc:16 call"};

std::string Upgrade(const std::string& uses) {
  return absl::StrCat(uses, " ", Quote(ImpactTest::Dependency("2.0")), " ",
                      Quote(ImpactTest::Dependency("3.0")));
}

TEST_F(ImpactTest, RecordedUsesKeepOnlyTheChangesTheConsumerUses) {
  Report report = ImpactJson(Upgrade(absl::StrCat("--uses ", Quote(Recorded("trainer")))), 1);
  EXPECT_THAT(Lines(report), ::testing::ElementsAreArray(kTrainerUpgrade));
  EXPECT_THAT(report.impact().projects(), ElementsAre("trainer"));
  EXPECT_EQ(report.impact().unaffected(), 5u);
  EXPECT_EQ(report.counts().error(), 4u);
  EXPECT_TRUE(report.failed());

  CommandResult text =
      Apicompat(absl::StrCat("impact ", Upgrade(absl::StrCat("--uses ", Quote(Recorded("trainer"))))));
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_THAT(text.out, HasSubstr("lib/trainer.h:40: error: [return-type-changed] lib::evaluate: "));
  EXPECT_THAT(text.out, HasSubstr("\nsrc/train.cc:16: note: used here (call)\n"));
  EXPECT_THAT(text.out, HasSubstr("\napicompat: 5 other changes do not affect this project\n"));
}

TEST_F(ImpactTest, RecordedUsesOfNothingAffectedExitZero) {
  Report report = ImpactJson(Upgrade(absl::StrCat("--uses ", Quote(Recorded("viewer")))), 0);
  EXPECT_THAT(report.findings(), IsEmpty());
  EXPECT_EQ(report.impact().unaffected(), 9u);
  EXPECT_FALSE(report.failed());
  // Everything viewer uses is in 1.0 and 3.0 too.
  ImpactJson(absl::StrCat("--uses ", Quote(Recorded("viewer")), " --minimum ",
                          Quote(Dependency("1.0")), " --maximum ", Quote(Dependency("3.0"))),
             0);
}

TEST_F(ImpactTest, RecordedUsesAgainstMinimumAndMaximum) {
  Report report = ImpactJson(
      absl::StrCat("--uses ", Quote(Recorded("trainer")), " --minimum ", Quote(Dependency("1.0")),
                   " --maximum ", Quote(Dependency("3.0")), " --current ", Quote(Dependency("2.0"))),
      1);
  EXPECT_THAT(Lines(report), ::testing::ElementsAreArray(kTrainerBounds));
  // Named by the file name, or by the flags.
  EXPECT_EQ(report.impact().minimum_version(), "1.0");
  EXPECT_EQ(report.impact().maximum_version(), "3.0");
  EXPECT_EQ(report.findings(0).message(),
            "src/train.cc:10 uses lib::Config::seed, which version 1.0 (your minimum) lacks: "
            "guard the use or raise the minimum");
  Report named = ImpactJson(absl::StrCat("--uses ", Quote(Recorded("trainer")), " --minimum ",
                                         Quote(Dependency("1.0")), " --minimum-version 2.8"),
                            1);
  EXPECT_EQ(named.impact().minimum_version(), "2.8");
  EXPECT_THAT(named.findings(0).message(), HasSubstr("which version 2.8 (your minimum) lacks"));
  // Without --current a return type is not known: evaluate() is found only
  // by its id, which 3.0 has.
  Report without = ImpactJson(absl::StrCat("--uses ", Quote(Recorded("trainer")), " --maximum ",
                                           Quote(Dependency("3.0"))),
                              1);
  EXPECT_THAT(Lines(without), ElementsAre(kTrainerBounds[3]));
}

// The whole path: the consumers built through the real plugin with
// --uses-of give the findings above, with their lines; the recorded uses
// are what the plugin records.
TEST_F(ImpactTest, BuiltConsumersThroughThePlugin) {
  std::string trainer = BuiltUses("trainer");
  std::string viewer = BuiltUses("viewer");
  for (const char* consumer : {"trainer", "viewer"}) {
    CommandResult built = Apicompat(absl::StrCat("dump ", Quote(BuiltUses(consumer))));
    CommandResult recorded = Apicompat(absl::StrCat("dump ", Quote(Recorded(consumer))));
    EXPECT_EQ(built.out.substr(built.out.find("\nuses {")),
              recorded.out.substr(recorded.out.find("\nuses {")))
        << consumer << ": tests/impact/recorded is out of date";
  }
  Report upgrade = ImpactJson(Upgrade(absl::StrCat("--uses ", Quote(trainer))), 1);
  EXPECT_THAT(Lines(upgrade), ::testing::ElementsAreArray(kTrainerUpgrade));
  EXPECT_EQ(upgrade.impact().unaffected(), 5u);
  Report bounds = ImpactJson(
      absl::StrCat("--uses ", Quote(trainer), " --minimum ", Quote(Dependency("1.0")),
                   " --maximum ", Quote(Dependency("3.0")), " --current ", Quote(Dependency("2.0"))),
      1);
  EXPECT_THAT(Lines(bounds), ::testing::ElementsAreArray(kTrainerBounds));
  // A consumer that uses nothing affected.
  Report unaffected = ImpactJson(Upgrade(absl::StrCat("--uses ", Quote(viewer))), 0);
  EXPECT_THAT(unaffected.findings(), IsEmpty());
  // Both: the maintainer's view of whom the upgrade breaks.
  Report both = ImpactJson(
      Upgrade(absl::StrCat("--uses ", Quote(trainer), " --uses ", Quote(viewer))), 1);
  EXPECT_THAT(both.impact().projects(), ElementsAre("trainer", "viewer"));
  for (const Finding& finding : both.findings()) {
    for (const UseSite& site : finding.uses()) EXPECT_EQ(site.project(), "trainer");
  }
}

TEST_F(ImpactTest, SeveralConsumersNameTheirProjects) {
  Report report = ImpactJson(
      Upgrade(absl::StrCat("--uses ", Quote(Recorded("trainer")), " --uses view=",
                           Quote(Recorded("viewer")))),
      1);
  EXPECT_THAT(report.impact().projects(), ElementsAre("trainer", "view"));
  ASSERT_EQ(report.findings_size(), 4);
  EXPECT_THAT(Lines(report)[1],
              "lib/trainer.h:29 function-removed lib::Stager::run <- trainer:src/train.cc:13 call");
  CommandResult text = Apicompat(absl::StrCat(
      "impact ", Upgrade(absl::StrCat("--uses ", Quote(Recorded("trainer")), " --uses view=",
                                      Quote(Recorded("viewer"))))));
  EXPECT_THAT(text.out, HasSubstr("\nsrc/train.cc:13: note: [trainer] used here (call)\n"));
  EXPECT_THAT(text.out, HasSubstr("\napicompat: trainer: 4 errors; view: not affected\n"
                                  "apicompat: 5 other changes do not affect these projects\n"));
}

TEST_F(ImpactTest, EveryFormatShowsTheUses) {
  std::string args = Upgrade(absl::StrCat("--uses ", Quote(Recorded("trainer"))));
  CommandResult github = Apicompat(absl::StrCat("impact --format github ", args));
  EXPECT_EQ(github.exit_code, 1);
  EXPECT_THAT(github.out,
              HasSubstr("::error file=src/train.cc,line=16,title=apicompat return-type-changed::"
                        "lib::evaluate (lib/trainer.h:40): "));
  EXPECT_THAT(github.out, HasSubstr("5 other changes do not affect this project"));
  CommandResult sarif = Apicompat(absl::StrCat("impact --format sarif ", args));
  EXPECT_THAT(sarif.out, HasSubstr("\"uri\": \"src/train.cc\""));
  EXPECT_THAT(sarif.out, HasSubstr("\"relatedLocations\""));
  EXPECT_THAT(sarif.out, HasSubstr("\"unaffected\": 5"));
  CommandResult markdown = Apicompat(absl::StrCat("impact --format markdown ", args));
  EXPECT_THAT(markdown.out, HasSubstr("## apicompat impact: affected"));
  EXPECT_THAT(markdown.out, HasSubstr("| Where | Rule | Declaration | What changed | Used at |"));
  EXPECT_THAT(markdown.out, HasSubstr("`src/train.cc:13` call"));
  CommandResult junit = Apicompat(absl::StrCat("impact --format junit ", args));
  EXPECT_THAT(junit.out, HasSubstr("file=\"src/train.cc\" line=\"13\""));
  EXPECT_THAT(junit.out, HasSubstr("used at src/train.cc:13 (call)"));
  EXPECT_THAT(junit.out, HasSubstr("value=\"5 other changes do not affect this project\""));
}

TEST_F(ImpactTest, BadInputIsOneLineAndExitTwo) {
  std::string trainer = absl::StrCat("--uses ", Quote(Recorded("trainer")));
  struct Case {
    std::string args;
    std::string error;
  };
  const Case kCases[] = {
      {Quote(Dependency("2.0")) + " " + Quote(Dependency("3.0")), "expected --uses FILE"},
      {trainer + " " + Quote(Dependency("2.0")), "expected DEP_OLD and DEP_NEW"},
      {trainer + " --minimum " + Quote(Dependency("1.0")) + " " + Quote(Dependency("2.0")),
       "expected DEP_OLD and DEP_NEW"},
      {"--uses " + Quote(Dependency("2.0")) + " " + Quote(Dependency("2.0")) + " " +
           Quote(Dependency("3.0")),
       "records no uses of a dependency"},
      {trainer + " " + trainer + " " + Quote(Dependency("2.0")) + " " + Quote(Dependency("3.0")),
       "two --uses are named 'trainer'"},
      {trainer + " --minimum-version 1 " + Quote(Dependency("2.0")) + " " +
           Quote(Dependency("3.0")),
       "--minimum-version needs --minimum"},
      {trainer + " --current " + Quote(Dependency("2.0")) + " " + Quote(Dependency("2.0")) + " " +
           Quote(Dependency("3.0")),
       "--current goes with --minimum or --maximum"},
      {trainer + " --format yaml " + Quote(Dependency("2.0")) + " " + Quote(Dependency("3.0")),
       "unknown format 'yaml'"},
      {trainer + " -o " + Quote(Recorded("trainer")) + " " + Quote(Dependency("2.0")) + " " +
           Quote(Dependency("3.0")),
       "--output"},
  };
  for (const Case& c : kCases) {
    CommandResult result = Apicompat(absl::StrCat("impact ", c.args));
    EXPECT_EQ(result.exit_code, 2) << c.args << "\n" << result.out << result.err;
    EXPECT_THAT(result.err, HasSubstr(c.error)) << c.args;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  }
}

}  // namespace
}  // namespace apicompat::testing
