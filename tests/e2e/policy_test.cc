// The release policy end to end: real headers through the real plugin, then
// the real `apicompat diff` with the policy flags and configuration files:
// stability tiers, enforced categories, severity overrides, exemptions,
// acknowledged breaks, the deprecation timeline, the semantic-versioning
// verdict, --fail-on; and the `rules` and `explain` commands.
#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "apicompat/config.pb.h"
#include "apicompat/report.pb.h"
#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "rule_catalog.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;
using ::testing::UnorderedElementsAre;

// A header's path under the public directory, and its text.
using Headers = std::vector<std::pair<std::string, std::string>>;

// Usage errors: status 2, nothing on stdout, one line on stderr.
void ExpectOneLineError(const CommandResult& result, const std::string& mention) {
  EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
  EXPECT_EQ(result.out, "");
  EXPECT_THAT(result.err, StartsWith("apicompat: error: "));
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_THAT(result.err, HasSubstr(mention));
}

class PolicyTest : public ::testing::Test {
 protected:
  void SetUp() override { scratch_ = MakeScratchDir("policy"); }

  // Compiles both sides through the plugin. The baseline snapshot is
  // scratch_/old.apisnap, so scratch_ is where a default configuration goes.
  void Build(const Headers& old_headers, const Headers& new_headers) {
    old_ = SnapshotOf("old", old_headers);
    new_ = SnapshotOf("new", new_headers);
  }
  void Build(const std::string& old_header, const std::string& new_header) {
    Build(Headers{{"lib.h", old_header}}, Headers{{"lib.h", new_header}});
  }

  CommandResult Diff(const std::string& flags = "") {
    return Apicompat(absl::StrCat("diff ", Quote(old_), " ", Quote(new_), " ", flags));
  }

  // `diff --format json`; the exit status goes to `exit_code`.
  Report JsonDiff(const std::string& flags = "", int* exit_code = nullptr) {
    CommandResult diff = Diff(absl::StrCat("--format json ", flags));
    if (exit_code != nullptr) *exit_code = diff.exit_code;
    Report report;
    EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(diff.out, &report).ok())
        << "not a JSON report:\n" << diff.out << diff.err;
    EXPECT_EQ(diff.err, "");
    return report;
  }

  // A configuration file outside the places searched by default.
  std::string ConfigFile(const std::string& text) {
    std::string path = absl::StrCat(scratch_, "/configs/config-", configs_++, ".txtpb");
    WriteFile(path, text);
    return path;
  }
  std::string WithConfig(const std::string& text) {
    return absl::StrCat("--config ", Quote(ConfigFile(text)));
  }

  std::string scratch_, old_, new_;

 private:
  std::string SnapshotOf(const std::string& side, const Headers& headers) {
    std::string public_dir = absl::StrCat(scratch_, "/", side, "/include");
    std::string includes;
    for (const auto& [path, text] : headers) {
      WriteFile(absl::StrCat(public_dir, "/", path),
                absl::StrCat("#pragma once\n#include <apicompat/attributes.h>\n", text));
      absl::StrAppend(&includes, "#include \"", path, "\"\n");
    }
    std::string source = absl::StrCat(scratch_, "/", side, "/all.cpp");
    WriteFile(source, includes);
    std::string snapshot = absl::StrCat(scratch_, "/", side, ".apisnap");
    CommandResult compiled =
        CompileWithPlugin(source, public_dir, snapshot, "-I" + Quote(public_dir));
    EXPECT_EQ(compiled.exit_code, 0) << compiled.err;
    EXPECT_EQ(compiled.err, "");
    return snapshot;
  }

  int configs_ = 0;
};

// "rule severity decl", plus " exempt" and " acknowledged" when marked.
std::vector<std::string> Findings(const Report& report) {
  std::vector<std::string> findings;
  for (const Finding& f : report.findings()) {
    findings.push_back(absl::StrCat(f.rule(), " ", f.severity(), " ", f.decl(),
                                    f.exempt() ? " exempt" : "",
                                    f.acknowledged() ? " acknowledged" : ""));
  }
  return findings;
}

// --- stability tiers --------------------------------------------------------

constexpr char kTiersOld[] = R"(namespace store {
APICOMPAT_INTERNAL_API int compact(int level);
APICOMPAT_EXPERIMENTAL_API int prefetch(int count);
APICOMPAT_DEPRECATED("1.0", "2.0", "open_v2", "safer") int open(const char* path);
class APICOMPAT_INTERNAL_API Cache {
 public:
  int lookup(int key);
};
namespace APICOMPAT_EXPERIMENTAL_API tuning { int knob(int level); }
int stable_size(int table);
}  // namespace store
)";

constexpr char kTiersNew[] = R"(namespace store {
APICOMPAT_INTERNAL_API int compact(int level, int budget);
APICOMPAT_EXPERIMENTAL_API long prefetch(int count);
class APICOMPAT_INTERNAL_API Cache {
 public:
  int lookup(long key);
};
namespace APICOMPAT_EXPERIMENTAL_API tuning { int knob(long level); }
int stable_size(int table, int flags);
}  // namespace store
)";

TEST_F(PolicyTest, TiersInTheBaselineAreExemptAndMarksAreInherited) {
  Build(kTiersOld, kTiersNew);
  int exit_code = -1;
  Report report = JsonDiff("", &exit_code);
  EXPECT_EQ(exit_code, 1);
  EXPECT_THAT(Findings(report), ElementsAre("parameter-added error store::stable_size"));

  // -v lists the exempt changes as info; Cache::lookup and tuning::knob are
  // exempt through their class's and namespace's marks.
  report = JsonDiff("-v", &exit_code);
  EXPECT_EQ(exit_code, 1);
  EXPECT_THAT(Findings(report),
              UnorderedElementsAre("parameter-added info store::compact exempt",
                                   "return-type-changed info store::prefetch exempt",
                                   "function-removed info store::open exempt",
                                   "parameter-type-changed info store::Cache::lookup exempt",
                                   "parameter-type-changed info store::tuning::knob exempt",
                                   "parameter-added error store::stable_size"));
  EXPECT_EQ(report.required_bump(), "major");
}

// --- configuration: categories, severities, exemptions ----------------------

TEST_F(PolicyTest, ApiOnlyConfigurationIgnoresAbiFindingsButNotPolicy) {
  Build("int scale(int x);\nint tune(int x);\n",
        "int scale(int x, int factor = 1);\nint tune(int x);\n");
  int exit_code = -1;
  EXPECT_THAT(Findings(JsonDiff("", &exit_code)),
              ElementsAre("parameter-added-with-default error scale"));
  EXPECT_EQ(exit_code, 1);

  Report report = JsonDiff(WithConfig("enforce: \"api\"\n"), &exit_code);
  EXPECT_THAT(Findings(report), IsEmpty());
  EXPECT_EQ(exit_code, 0);
  EXPECT_EQ(report.required_bump(), "none");

  // Policy rules are enforced whatever the categories.
  Build("int scale(int x);\nint tune(int x);\n",
        "int scale(int x);\nAPICOMPAT_INTERNAL_API int tune(int x);\n");
  EXPECT_THAT(Findings(JsonDiff(WithConfig("enforce: [\"api\"]\n"), &exit_code)),
              ElementsAre("exemption-added error tune"));
  EXPECT_EQ(exit_code, 1);
}

TEST_F(PolicyTest, SeverityOverrides) {
  Build("int area(int w, int h);\n", "int perimeter(int w, int h);\n");
  int exit_code = -1;
  EXPECT_THAT(Findings(JsonDiff("", &exit_code)),
              UnorderedElementsAre("function-removed error area", "function-added info perimeter"));
  EXPECT_EQ(exit_code, 1);

  Report report = JsonDiff(
      WithConfig("severity_override { rule: \"function-removed\" severity: \"warning\" }\n"),
      &exit_code);
  EXPECT_THAT(Findings(report), UnorderedElementsAre("function-removed warning area",
                                                     "function-added info perimeter"));
  EXPECT_EQ(exit_code, 0);
  EXPECT_EQ(report.verdict(), "compatible");
  EXPECT_EQ(report.required_bump(), "major") << "a severity does not change the bump";

  // Raising additions to errors: even a compatible change fails.
  Build("int area(int w, int h);\n", "int area(int w, int h);\nint perimeter(int w, int h);\n");
  report = JsonDiff(
      WithConfig("severity_override { rule: \"function-added\" severity: \"error\" }\n"),
      &exit_code);
  EXPECT_THAT(Findings(report), ElementsAre("function-added error perimeter"));
  EXPECT_EQ(exit_code, 1);
}

const Headers kExemptionsOld = {
    {"net/socket.h",
     "namespace net {\nnamespace priv { int raw_fd(int socket); }\n"
     "int poll_unstable(int timeout);\nint send(int socket, const char* data);\n}\n"},
    {"gen/tables.h", "namespace net { int crc_table(int index); }\n"},
    {"net/legacy/compat.h", "namespace net { int old_send(int socket); }\n"},
};
const Headers kExemptionsNew = {
    {"net/socket.h",
     "namespace net {\nnamespace priv { int raw_fd(int socket, int flags); }\n"
     "int poll_unstable(long timeout);\nint send(int socket, const char* data);\n}\n"},
    {"gen/tables.h", "namespace net { long crc_table(int index); }\n"},
    {"net/legacy/compat.h", "namespace net { int old_send(int socket, int flags); }\n"},
};

TEST_F(PolicyTest, ConfiguredAndDefaultExemptions) {
  Build(kExemptionsOld, kExemptionsNew);
  int exit_code = -1;
  // Without a configuration only the default `legacy/` path is exempt.
  EXPECT_THAT(Findings(JsonDiff("", &exit_code)),
              UnorderedElementsAre("parameter-added error net::priv::raw_fd",
                                   "parameter-type-changed error net::poll_unstable",
                                   "return-type-changed error net::crc_table"));
  EXPECT_EQ(exit_code, 1);

  std::string config = WithConfig(
      "exempt_namespace: \"priv\"\nexempt_name: \"*_unstable\"\nexempt_path: \"gen/\"\n");
  EXPECT_THAT(Findings(JsonDiff(config, &exit_code)), IsEmpty());
  EXPECT_EQ(exit_code, 0);
  EXPECT_THAT(Findings(JsonDiff(config + " -v", &exit_code)),
              UnorderedElementsAre("parameter-added info net::priv::raw_fd exempt",
                                   "parameter-type-changed info net::poll_unstable exempt",
                                   "return-type-changed info net::crc_table exempt",
                                   "parameter-added info net::old_send exempt"));
  EXPECT_EQ(exit_code, 0);

  // Qualified names and patterns match the whole name; without the
  // defaults `legacy/` is checked.
  EXPECT_THAT(Findings(JsonDiff(WithConfig("exempt_namespace: \"net::priv\"\n"
                                           "exempt_name: \"net::poll_*\"\n"
                                           "exempt_path: \"gen/*.h\"\n"
                                           "no_default_exemptions: true\n"),
                                &exit_code)),
              ElementsAre("parameter-added error net::old_send"));
  EXPECT_EQ(exit_code, 1);
  // A qualified namespace elsewhere does not match.
  EXPECT_THAT(Findings(JsonDiff(WithConfig("exempt_namespace: \"other::priv\"\n"))),
              Contains("parameter-added error net::priv::raw_fd"));
}

// --- acknowledged breaks ----------------------------------------------------

constexpr char kImagesOld[] = R"(namespace img {
int load(const char* path);
int load(const char* path, int flags);
int save(const char* path);
int width(int image);
}  // namespace img
)";

constexpr char kImagesNew[] = R"(namespace img {
int load(const char* path);
int width(int image);
}  // namespace img
)";

constexpr char kLoadKey[] = "function-removed:img::load(const char *, int)";
constexpr char kSaveKey[] = "function-removed:img::save(const char *)";

TEST_F(PolicyTest, AcknowledgedBreaksAreReportedButDoNotFail) {
  Build(kImagesOld, kImagesNew);
  int exit_code = -1;
  Report report = JsonDiff("", &exit_code);
  EXPECT_EQ(exit_code, 1);
  std::vector<std::string> keys;
  for (const Finding& finding : report.findings()) keys.push_back(finding.key());
  EXPECT_THAT(keys, UnorderedElementsAre(kLoadKey, kSaveKey)) << "keys tell overloads apart";

  // One of the two overloads' removal acknowledged: the other still fails.
  std::string one = WithConfig(absl::StrCat("acknowledged { key: \"", kSaveKey,
                                            "\" reason: \"nobody saves in 1.x\" }\n"));
  report = JsonDiff(one, &exit_code);
  EXPECT_EQ(exit_code, 1);
  EXPECT_THAT(Findings(report),
              UnorderedElementsAre("function-removed error img::load",
                                   "function-removed error img::save acknowledged"));
  EXPECT_EQ(report.counts().error(), 1u);
  EXPECT_EQ(report.counts().acknowledged(), 1u);

  std::string both = WithConfig(absl::StrCat(
      "acknowledged { key: \"", kSaveKey, "\" reason: \"nobody saves in 1.x\" }\n",
      "acknowledged { key: \"", kLoadKey, "\" reason: \"flags were never honoured\" }\n"));
  report = JsonDiff(both, &exit_code);
  EXPECT_EQ(exit_code, 0);
  EXPECT_EQ(report.verdict(), "compatible");
  EXPECT_FALSE(report.failed());
  EXPECT_EQ(report.counts().error(), 0u);
  EXPECT_EQ(report.counts().acknowledged(), 2u);
  EXPECT_EQ(report.required_bump(), "major") << "an acknowledged break is still a break";
  for (const Finding& finding : report.findings()) {
    EXPECT_TRUE(finding.acknowledged()) << finding.key();
    EXPECT_EQ(finding.severity(), "error");
    EXPECT_EQ(finding.acknowledgement(), finding.key() == kSaveKey
                                             ? "nobody saves in 1.x"
                                             : "flags were never honoured");
  }

  CommandResult text = Diff(both);
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_THAT(text.out, HasSubstr("lib.h:6: acknowledged error: [function-removed] img::save: "));
  EXPECT_THAT(text.out, HasSubstr(" (acknowledged: nobody saves in 1.x)\n"));
  EXPECT_THAT(text.out, HasSubstr("0 errors, 0 warnings, 0 info, 2 acknowledged; compatible"));
  EXPECT_THAT(text.out, Not(HasSubstr("How to fix")));
  CommandResult markdown = Diff(absl::StrCat(both, " --format markdown"));
  EXPECT_THAT(markdown.out, HasSubstr("**Compatible: no unacknowledged breaks; a major version "
                                      "bump is still required.**"));
}

TEST_F(PolicyTest, WrittenAcknowledgementsRoundTrip) {
  Build(kImagesOld, kImagesNew);
  // The written file keeps the configuration in use and its reasons.
  std::string start = ConfigFile(absl::StrCat(
      "enforce: \"api\"\nacknowledged { key: \"", kSaveKey, "\" reason: \"nobody saves\" }\n"));
  std::string written = scratch_ + "/written.txtpb";
  CommandResult diff = Diff(absl::StrCat("--config ", Quote(start),
                                         " --write-acknowledgements ", Quote(written)));
  EXPECT_EQ(diff.exit_code, 1) << diff.err;
  EXPECT_THAT(diff.out, HasSubstr("error: [function-removed] img::load"));

  Config config;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(ReadFile(written), &config))
      << ReadFile(written);
  EXPECT_THAT(config.enforce(), ElementsAre("api"));
  ASSERT_EQ(config.acknowledged_size(), 2) << ReadFile(written);
  EXPECT_EQ(config.acknowledged(0).key(), kSaveKey);
  EXPECT_EQ(config.acknowledged(0).reason(), "nobody saves");
  EXPECT_EQ(config.acknowledged(1).key(), kLoadKey);
  EXPECT_THAT(config.acknowledged(1).reason(), StartsWith("TODO"));
  EXPECT_THAT(ReadFile(written), HasSubstr("# lib.h:5: [function-removed] img::load: "));

  // Fed back as drafted, the placeholder is no reason: refused, naming the
  // entry. With the reason written, it acknowledges every error.
  diff = Diff(absl::StrCat("--config ", Quote(written)));
  EXPECT_EQ(diff.exit_code, 2) << diff.out << diff.err;
  EXPECT_THAT(diff.err, HasSubstr(absl::StrCat("acknowledged key '", kLoadKey,
                                               "' still has the placeholder reason")));
  WriteFile(written, absl::StrReplaceAll(ReadFile(written),
                                         {{"TODO: explain why this break is acceptable",
                                           "load() moved to img::io in 2.0"}}));
  diff = Diff(absl::StrCat("--config ", Quote(written)));
  EXPECT_EQ(diff.exit_code, 0) << diff.out << diff.err;

  // Nothing failing, nothing added.
  std::string again = scratch_ + "/again.txtpb";
  diff = Diff(
      absl::StrCat("--config ", Quote(written), " --write-acknowledgements ", Quote(again)));
  EXPECT_EQ(diff.exit_code, 0);
  Config reread;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(ReadFile(again), &reread));
  EXPECT_EQ(reread.acknowledged_size(), 2);

  ExpectOneLineError(Diff("--write-acknowledgements " + Quote(scratch_ + "/no/such/dir/a.txtpb")),
                     "no/such/dir/a.txtpb");
}

// --- configuration files: where they are found, and bad ones ----------------

TEST_F(PolicyTest, ConfigurationIsFoundNextToTheBaselineOrAtTheRepositoryRoot) {
  Build("int area(int w, int h);\n", "int area(int w);\n");
  const std::string lenient =
      "severity_override { rule: \"parameter-removed\" severity: \"warning\" }\n";
  EXPECT_EQ(Diff().exit_code, 1);

  // At the root of the git repository holding the current directory.
  std::string repo = scratch_ + "/repo";
  fs::create_directories(repo + "/.git");
  fs::create_directories(repo + "/src/deep");
  WriteFile(repo + "/" + "apicompat.config.txtpb", lenient);
  auto diff_in = [&](const std::string& dir, const std::string& flags) {
    return testing::Run(absl::StrCat("cd ", Quote(dir), " && ", Quote(ApicompatBinary()),
                                     " diff ", Quote(old_), " ", Quote(new_), " ", flags));
  };
  EXPECT_EQ(diff_in(repo + "/src/deep", "").exit_code, 0);
  EXPECT_EQ(diff_in(scratch_, "").exit_code, 1) << "outside the repository";

  // Next to the baseline snapshot, which comes first.
  WriteFile(scratch_ + "/apicompat.config.txtpb", "");
  EXPECT_EQ(diff_in(repo + "/src/deep", "").exit_code, 1);
  WriteFile(scratch_ + "/apicompat.config.txtpb", lenient);
  EXPECT_EQ(Diff().exit_code, 0);

  // --config wins over both.
  EXPECT_EQ(Diff(WithConfig("")).exit_code, 1);

  // A broken default configuration is an error too.
  WriteFile(scratch_ + "/apicompat.config.txtpb", "enforce: \"api\n");
  ExpectOneLineError(Diff(), scratch_ + "/apicompat.config.txtpb");
}

TEST_F(PolicyTest, BadConfigurationIsOneLineError) {
  Build("int area(int w, int h);\n", "int area(int w);\n");
  ExpectOneLineError(Diff("--config " + Quote(scratch_ + "/missing.txtpb")), "missing.txtpb");
  ExpectOneLineError(Diff("--config " + Quote(scratch_)), "is a directory");
  std::string syntax = ConfigFile("enforce: \"api\"\nbogus_field: 1\n");
  ExpectOneLineError(Diff("--config " + Quote(syntax)), absl::StrCat(syntax, ":2:"));
  ExpectOneLineError(Diff(WithConfig("enforce: \"cpu\"\n")), "'cpu'");
  ExpectOneLineError(
      Diff(WithConfig("severity_override { rule: \"no-such-rule\" severity: \"info\" }\n")),
      "'no-such-rule'");
  ExpectOneLineError(
      Diff(WithConfig("severity_override { rule: \"function-removed\" severity: \"fatal\" }\n")),
      "'fatal'");
  ExpectOneLineError(Diff(WithConfig("acknowledged { key: \"function-removed:f(int)\" }\n")),
                     "no reason");
  ExpectOneLineError(Diff(WithConfig("acknowledged { key: \"f(int)\" reason: \"x\" }\n")),
                     "'f(int)'");
  ExpectOneLineError(Diff(WithConfig("exempt_path: \"\"\n")), "empty");
}

// --- the deprecation timeline -----------------------------------------------

constexpr char kTimelineOld[] = R"(namespace ml {
APICOMPAT_DEPRECATED("1.0", "2.0", "fit", "renamed") int train(int epochs);
APICOMPAT_DEPRECATED("1.5", "3.0", "score", "renamed") int evaluate(int split);
APICOMPAT_DEPRECATED("1.0", "2.0", "predict_v2", "faster") int predict(int x);
[[deprecated("use fit")]] int tune(int trials);
int fit(int epochs);
}  // namespace ml
)";

constexpr char kTimelineNew[] = R"(namespace ml {
APICOMPAT_DEPRECATED("1.0", "2.0", "predict_v2", "faster") int predict(int x);
int fit(int epochs);
}  // namespace ml
)";

TEST_F(PolicyTest, DeprecationTimeline) {
  Build(kTimelineOld, kTimelineNew);
  int exit_code = -1;
  // Without the version being released, deprecated declarations are exempt.
  EXPECT_THAT(Findings(JsonDiff("", &exit_code)), IsEmpty());
  EXPECT_EQ(exit_code, 0);

  Report report = JsonDiff("--current-version 2.0.0", &exit_code);
  EXPECT_THAT(Findings(report),
              UnorderedElementsAre("removed-after-deprecation info ml::train",
                                   "deprecated-removed-early error ml::evaluate",
                                   "deprecation-removal-overdue warning ml::predict",
                                   "removed-after-deprecation info ml::tune"));
  EXPECT_EQ(exit_code, 1);
  EXPECT_EQ(report.current_version(), "2.0.0");
  EXPECT_EQ(report.required_bump(), "major");
  CommandResult text = Diff("--current-version 2.0.0");
  EXPECT_THAT(text.out, HasSubstr("'ml::evaluate' was removed in 2.0.0, but its deprecation "
                                  "announced removal in 3.0"));

  // Before the removal version both removals are early and nothing is overdue.
  EXPECT_THAT(Findings(JsonDiff("--current-version 1.9.0", &exit_code)),
              UnorderedElementsAre("deprecated-removed-early error ml::train",
                                   "deprecated-removed-early error ml::evaluate",
                                   "removed-after-deprecation info ml::tune"));
  EXPECT_EQ(exit_code, 1);
  // At the last announced version everything is in order.
  EXPECT_THAT(Findings(JsonDiff("--current-version 3.0", &exit_code)),
              UnorderedElementsAre("removed-after-deprecation info ml::train",
                                   "removed-after-deprecation info ml::evaluate",
                                   "deprecation-removal-overdue warning ml::predict",
                                   "removed-after-deprecation info ml::tune"));
  EXPECT_EQ(exit_code, 0);
}

// --- semantic versioning ----------------------------------------------------

TEST_F(PolicyTest, SemverVerdictForABreakingChange) {
  Build("int area(int w, int h);\n", "int area(int w);\n");
  int exit_code = -1;
  Report report = JsonDiff("", &exit_code);
  EXPECT_EQ(report.required_bump(), "major");
  EXPECT_EQ(report.semver(), "") << "not judged without versions";
  EXPECT_EQ(exit_code, 1);

  report = JsonDiff("--baseline-version 1.2.3 --current-version 1.3.0", &exit_code);
  EXPECT_EQ(exit_code, 1);
  EXPECT_EQ(report.semver(), "insufficient");
  EXPECT_EQ(report.release_bump(), "minor");
  EXPECT_EQ(report.baseline_version(), "1.2.3");
  EXPECT_EQ(report.current_version(), "1.3.0");
  EXPECT_TRUE(report.failed());
  CommandResult text = Diff("--baseline-version 1.2.3 --current-version 1.3.0");
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_THAT(text.out, HasSubstr("apicompat: version 1.2.3 -> 1.3.0 is a minor release, but "
                                  "the changes require a major release: VERSION TOO LOW, "
                                  "release 2.0.0 or later\n"));

  // A major release may break.
  report = JsonDiff("--baseline-version 1.2.3 --current-version 2.0.0", &exit_code);
  EXPECT_EQ(exit_code, 0);
  EXPECT_EQ(report.semver(), "satisfied");
  EXPECT_EQ(report.verdict(), "breaking") << "still says what the changes are";
  EXPECT_FALSE(report.failed());
  text = Diff("--baseline-version v1.2.3 --current-version v2.0.0-rc.1");
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_THAT(text.out, HasSubstr("apicompat: version v1.2.3 -> v2.0.0-rc.1 is a major release; "
                                  "the changes require major: OK\n"));

  // Before 1.0.0 a breaking change needs a minor release.
  report = JsonDiff("--baseline-version 0.4.1 --current-version 0.4.2", &exit_code);
  EXPECT_EQ(exit_code, 1);
  EXPECT_EQ(report.required_bump(), "minor");
  EXPECT_THAT(Diff("--baseline-version 0.4.1 --current-version 0.4.2").out,
              HasSubstr("release 0.5.0 or later"));
  report = JsonDiff("--baseline-version 0.4.1 --current-version 0.5.0", &exit_code);
  EXPECT_EQ(exit_code, 0);
  EXPECT_EQ(report.semver(), "satisfied");
}

TEST_F(PolicyTest, SemverVerdictForAnAddition) {
  Build("int area(int w, int h);\n", "int area(int w, int h);\nint perimeter(int w, int h);\n");
  int exit_code = -1;
  Report report = JsonDiff("--baseline-version 1.2.3 --current-version 1.2.4", &exit_code);
  EXPECT_EQ(exit_code, 1) << "a patch release may add nothing";
  EXPECT_EQ(report.verdict(), "compatible");
  EXPECT_EQ(report.required_bump(), "minor");
  EXPECT_EQ(report.semver(), "insufficient");
  EXPECT_THAT(Diff("--baseline-version 1.2.3 --current-version 1.2.4").out,
              HasSubstr("is a patch release, but the changes require a minor release: "
                        "VERSION TOO LOW, release 1.3.0 or later"));
  EXPECT_EQ(JsonDiff("--baseline-version 1.2.3 --current-version 1.3.0", &exit_code).semver(),
            "satisfied");
  EXPECT_EQ(exit_code, 0);
  // Before 1.0.0 too.
  JsonDiff("--baseline-version 0.4.1 --current-version 0.4.2", &exit_code);
  EXPECT_EQ(exit_code, 1);
}

TEST_F(PolicyTest, NoReleaseSettlesAPolicyBreak) {
  Build("int area(int w, int h);\n", "APICOMPAT_INTERNAL_API int area(int w, int h);\n");
  int exit_code = -1;
  Report report = JsonDiff("--baseline-version 1.2.3 --current-version 2.0.0", &exit_code);
  EXPECT_THAT(Findings(report), ElementsAre("exemption-added error area"));
  EXPECT_EQ(report.semver(), "satisfied");
  EXPECT_EQ(exit_code, 1) << "withdrawing a promise needs an acknowledgement";
}

TEST_F(PolicyTest, BadVersionFlagsAreOneLineErrors) {
  Build("int area(int w, int h);\n", "int area(int w, int h);\n");
  ExpectOneLineError(Diff("--current-version 1.x"), "'1.x' is not a version");
  ExpectOneLineError(Diff("--baseline-version 1.0.0"),
                     "--baseline-version needs --current-version");
  ExpectOneLineError(Diff("--baseline-version 1.2.0 --current-version 1.1.9"), "is older than");
  ExpectOneLineError(Diff("--fail-on info"), "'info'");
}

// --- --fail-on --------------------------------------------------------------

TEST_F(PolicyTest, FailOnWarning) {
  Build("int retry(int times = 3);\n", "int retry(int times = 5);\n");
  int exit_code = -1;
  Report report = JsonDiff("", &exit_code);
  EXPECT_THAT(Findings(report), ElementsAre("parameter-default-value-changed warning retry"));
  EXPECT_EQ(exit_code, 0);
  EXPECT_EQ(report.fail_on(), "error");

  report = JsonDiff("--fail-on warning", &exit_code);
  EXPECT_EQ(exit_code, 1);
  EXPECT_EQ(report.fail_on(), "warning");
  EXPECT_TRUE(report.failed());
  EXPECT_EQ(report.verdict(), "compatible");
  EXPECT_THAT(Diff("--fail-on warning").out, HasSubstr("FAILED on warnings (--fail-on warning)"));
  EXPECT_EQ(Diff("--fail-on error").exit_code, 0);
}

// --- rules and explain ------------------------------------------------------

TEST(RulesCommandTest, ListsEveryRuleWithCategorySeverityAndBump) {
  CommandResult rules = Apicompat("rules");
  ASSERT_EQ(rules.exit_code, 0) << rules.err;
  EXPECT_EQ(rules.err, "");
  std::vector<std::string> lines = absl::StrSplit(rules.out, '\n', absl::SkipEmpty());
  ASSERT_EQ(lines.size(), AllRules().size() + 1);
  EXPECT_THAT(lines[0], ::testing::MatchesRegex("RULE +CATEGORY +SEVERITY +BUMP +SUMMARY"));
  for (size_t i = 0; i < AllRules().size(); ++i) {
    const RuleInfo& rule = AllRules()[i];
    std::vector<std::string> words = absl::StrSplit(lines[i + 1], ' ', absl::SkipEmpty());
    ASSERT_GE(words.size(), 5u) << lines[i + 1];
    EXPECT_EQ(words[0], rule.id);
    EXPECT_EQ(words[1], Name(rule.category));
    EXPECT_EQ(words[2], Name(rule.severity));
    EXPECT_EQ(words[3], Name(rule.bump));
    EXPECT_TRUE(absl::EndsWith(lines[i + 1], rule.summary)) << lines[i + 1];
  }
  ExpectOneLineError(Apicompat("rules extra"), "rules");
}

// The `## <id>` section of the source tree's docs/rules.md.
std::string DocSection(const std::string& id) {
  std::string docs = ReadFile(SourceDir() + "/docs/rules.md");
  size_t start = docs.find(absl::StrCat("\n## ", id, "\n"));
  if (start == std::string::npos) return "";
  size_t end = std::min(docs.find("\n## ", start + 1), docs.find("\n---", start + 1));
  std::string section = docs.substr(start + 1, end == std::string::npos ? end : end - start - 1);
  return absl::StrCat(absl::StripTrailingAsciiWhitespace(section), "\n");
}

TEST(ExplainCommandTest, PrintsEachRulesDocumentation) {
  for (const RuleInfo& rule : AllRules()) {
    CommandResult explain = Apicompat(absl::StrCat("explain ", rule.id));
    ASSERT_EQ(explain.exit_code, 0) << rule.id << explain.err;
    EXPECT_EQ(explain.out, DocSection(std::string(rule.id))) << rule.id;
    EXPECT_THAT(explain.out, StartsWith(absl::StrCat("## ", rule.id, "\n**Category** ")));
  }
  CommandResult early = Apicompat("explain deprecated-removed-early");
  EXPECT_THAT(early.out, HasSubstr("**Category** policy · **Severity** error · "
                                   "**Required bump** major"));
  EXPECT_THAT(early.out, Not(HasSubstr("## removed-after-deprecation")));
}

TEST(ExplainCommandTest, NeedsNoDocsDirectory) {
  std::string dir = MakeScratchDir("installed");
  std::string copy = dir + "/apicompat";
  fs::copy_file(ApicompatBinary(), copy);
  CommandResult explain =
      testing::Run(absl::StrCat("cd ", Quote(dir), " && ./apicompat explain function-removed"));
  EXPECT_EQ(explain.exit_code, 0) << explain.err;
  EXPECT_EQ(explain.out, DocSection("function-removed"));
}

TEST(ExplainCommandTest, UnknownRuleIsOneLineError) {
  ExpectOneLineError(Apicompat("explain no-such-rule"), "'no-such-rule'");
  ExpectOneLineError(Apicompat("explain"), "explain");
  // A heading of docs/rules.md that is not a rule.
  ExpectOneLineError(Apicompat("explain Stability"), "'Stability'");
}

}  // namespace
}  // namespace apicompat::testing
