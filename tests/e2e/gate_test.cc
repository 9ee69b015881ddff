// The gate cannot be fooled (issue 11): what a careless or malicious pull
// request could try against `apicompat check`, in temporary git repositories
// of libgeo compiled through the real plugin. Each scenario breaks the API
// and must still fail the check, or be refused (exit 2).
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "apicompat/report.pb.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "snapshot_io.h"
#include "support/libgeo_repo.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

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

// A push to the default branch before the first release: nothing is
// promised yet, so the build is compared with what HEAD committed (never a
// failure of the gate's own), and the report says so.
TEST(GateBaselineTest, OnTheDefaultBranchBeforeAnyReleaseHeadsOwnApiFileIsTheBaseline) {
  Repo repo;
  repo.CommitVersion("1.0", "libgeo, no release yet");
  CommandResult same = repo.Check("1.0");
  EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
  EXPECT_THAT(same.err, HasSubstr("HEAD is the default branch main: nothing is promised before "
                                  "the first release; comparing with api/geo.apisnap.txtpb as "
                                  "committed on main (HEAD, no release yet)"));
  // The working tree still has to match the API file HEAD committed.
  CommandResult changed = repo.Check("1.1");
  EXPECT_EQ(changed.exit_code, 1) << changed.out << changed.err;
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

TEST(GateApiFileTest, SymlinkedDirectoryInTheTagIsRefused) {
  Repo repo;
  repo.CommitVersion("1.1", "another library's API");
  repo.Git("mv api other-api");
  fs::create_symlink("other-api", repo.dir() + "/api");
  repo.Git("add -A");
  repo.Git("commit -q -m 'link'");
  repo.Git("tag v1.0.0");
  fs::remove(repo.dir() + "/api");
  repo.Git("mv other-api api");
  repo.Git("commit -q -m 'pull request'");
  ExpectUsageError(repo.Check("1.1"),
                   "v1.0.0:api/geo.apisnap.txtpb: api is a symlink in v1.0.0");
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

// --- 3. policy changes are decisions in the diff --------------------------------------------

std::string ConfigPath(const Repo& repo) { return repo.dir() + "/apicompat.config.txtpb"; }

int CountRule(const Report& report, const std::string& rule) {
  return static_cast<int>(std::count_if(report.findings().begin(), report.findings().end(),
                                        [&](const Finding& f) { return f.rule() == rule; }));
}

const Finding* FindFinding(const Report& report, const std::string& rule,
                           const std::string& decl) {
  for (const Finding& finding : report.findings()) {
    if (finding.rule() == rule && finding.decl() == decl) return &finding;
  }
  return nullptr;
}

TEST(GatePolicyTest, NewConfigExemptionsAreExemptionAdded) {
  for (const char* exemption :
       {"exempt_path: \"geo/*\"", "exempt_namespace: \"geo\"", "exempt_name: \"*\""}) {
    SCOPED_TRACE(exemption);
    Repo repo = ReleasedThenChanged("1.1");
    WriteFile(ConfigPath(repo), absl::StrCat(exemption, "\n"));
    CommandResult result = repo.Check("1.1", "--format json");
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_THAT(result.err, HasSubstr("apicompat: warning: apicompat.config.txtpb is not "
                                      "committed: this check applies it, CI applies the "
                                      "committed one"));
    Report report = ParseReport(result.out);
    const Finding* added = FindFinding(report, "exemption-added", "geo::rotate");
    ASSERT_NE(added, nullptr) << result.out;
    EXPECT_EQ(added->severity(), "error");
    EXPECT_THAT(added->message(), HasSubstr("is now exempt by the configuration"));
    // The breaks stay: the baseline's configuration decides what was promised.
    EXPECT_NE(FindFinding(report, "function-removed", "geo::polygon_perimeter"), nullptr);
    repo.Git("add apicompat.config.txtpb");
    repo.Git("commit -q -m 'exempt everything'");
    CommandResult committed = repo.Check("1.1");
    EXPECT_EQ(committed.exit_code, 1);
    EXPECT_THAT(committed.err, Not(HasSubstr("warning: apicompat.config.txtpb")));
  }
}

TEST(GatePolicyTest, TheBaselinesOwnExemptionsStillApply) {
  Repo repo = ReleasedThenChanged("1.1", "exempt_namespace: \"geo\"\n");
  CommandResult result = repo.Check("1.1");
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
}

TEST(GatePolicyTest, LoosenedSeverityAndEnforceArePolicyFindings) {
  struct Case {
    const char* config;
    const char* why;
  };
  const Case kCases[] = {
      {"severity_override { rule: \"function-removed\" severity: \"info\" }",
       "severity_override lowers function-removed from error (the baseline's configuration) to "
       "info"},
      {"enforce: \"abi\"", "'api' is no longer enforced"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.config);
    Repo repo = ReleasedThenChanged("1.1");
    WriteFile(ConfigPath(repo), absl::StrCat(c.config, "\n"));
    CommandResult result = repo.Check("1.1", "--format json");
    EXPECT_EQ(result.exit_code, 1) << result.err;
    Report report = ParseReport(result.out);
    const Finding* loosened = FindFinding(report, "policy-loosened", "geo::polygon_perimeter");
    ASSERT_NE(loosened, nullptr) << result.out;
    EXPECT_EQ(loosened->severity(), "error");
    EXPECT_THAT(loosened->message(), HasSubstr(c.why));
    EXPECT_EQ(loosened->key(),
              "policy-loosened:function-removed:geo::polygon_perimeter(const "
              "std::vector<geo::Point, std::allocator<geo::Point> > &)");
    // An override cannot lower the finding that reports it.
    WriteFile(ConfigPath(repo), absl::StrCat(c.config, "\nseverity_override { rule: "
                                             "\"policy-loosened\" severity: \"info\" }\n"));
    Report again = ParseReport(repo.Check("1.1", "--format json").out);
    ASSERT_NE(FindFinding(again, "policy-loosened", "geo::polygon_perimeter"), nullptr);
    EXPECT_EQ(FindFinding(again, "policy-loosened", "geo::polygon_perimeter")->severity(),
              "error");
  }
}

TEST(GatePolicyTest, PlaceholderAcknowledgementsAreRefused) {
  Repo repo = ReleasedThenChanged("1.1");
  CommandResult drafted = repo.Check(
      "1.1", "--write-acknowledgements " + Quote(ConfigPath(repo)));
  EXPECT_EQ(drafted.exit_code, 1) << drafted.err;
  CommandResult result = repo.Check("1.1");
  ExpectUsageError(result, "still has the placeholder reason 'TODO: explain why this break is "
                           "acceptable': write why the break is acceptable");
  EXPECT_THAT(result.err, HasSubstr("acknowledged key '"));
  WriteFile(ConfigPath(repo), "acknowledged { key: \"function-removed:geo::f()\" reason: "
                              "\"  \" }\n");
  ExpectUsageError(repo.Check("1.1"), "has no reason");
}

TEST(GatePolicyTest, EveryAcknowledgementUsedIsListedInEveryFormat) {
  Repo repo = ReleasedThenChanged("1.1");
  std::string key =
      "function-removed:geo::polygon_perimeter(const std::vector<geo::Point, "
      "std::allocator<geo::Point> > &)";
  std::string reason = "moved to libgeo-extra, announced in release 0.9";
  WriteFile(ConfigPath(repo), absl::StrCat("acknowledged { key: \"", key, "\" reason: \"",
                                           reason, "\" }\n"));
  Report report = ParseReport(repo.Check("1.1", "--format json").out);
  const Finding* acknowledged = FindFinding(report, "function-removed", "geo::polygon_perimeter");
  ASSERT_NE(acknowledged, nullptr);
  EXPECT_TRUE(acknowledged->acknowledged());
  EXPECT_EQ(acknowledged->acknowledgement(), reason);
  for (const char* format : {"text", "sarif", "markdown", "github", "junit"}) {
    SCOPED_TRACE(format);
    EXPECT_THAT(repo.Check("1.1", absl::StrCat("--format ", format)).out, HasSubstr(reason));
  }
  EXPECT_THAT(repo.Check("1.1", "--format sarif").out, HasSubstr("\"justification\""));
}

// --- 4. snapshot integrity -------------------------------------------------------------

// A snapshot the real plugin wrote (one translation unit of libgeo 1.0).
std::string PluginSnapshot() {
  for (const auto& entry : fs::directory_iterator(LibGeo().snapshots.at("1.0"))) {
    return entry.path().string();
  }
  return "";
}

TEST(GateIntegrityTest, ThePluginWritesAChecksum) {
  std::string bytes = ReadFile(PluginSnapshot());
  EXPECT_TRUE(HasValidChecksum(bytes));
  absl::StatusOr<Snapshot> read = ParseSnapshot(bytes, SnapshotFormat::kBinary, "plugin");
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_TRUE(read->header().checksummed());
  EXPECT_FALSE(read->has_checksum());  // of the bytes read, not kept
  // The differ's writer (merge) checksums too.
  std::string merged = MakeScratchDir("merged") + "/all.apisnap";
  CommandResult merge = Apicompat(absl::StrCat("merge -o ", Quote(merged), " ",
                                               Quote(LibGeo().snapshots.at("1.0"))));
  ASSERT_EQ(merge.exit_code, 0) << merge.err;
  EXPECT_TRUE(HasValidChecksum(ReadFile(merged)));
}

TEST(GateIntegrityTest, EveryFlippedBitIsCorrupt) {
  std::string bytes = ReadFile(PluginSnapshot());
  ASSERT_GT(bytes.size(), 1000u);
  int tried = 0;
  // Every byte of the first and last 64 (header, checksum), and a spread
  // through the declarations; each of the 8 bits in turn.
  for (size_t offset = 0; offset < bytes.size(); offset += (offset < 64 ||
                                                           offset + 64 >= bytes.size()) ? 1 : 7) {
    std::string corrupt = bytes;
    corrupt[offset] = static_cast<char>(corrupt[offset] ^ (1 << (offset % 8)));
    absl::StatusOr<Snapshot> read = ParseSnapshot(corrupt, SnapshotFormat::kBinary, "flipped");
    ++tried;
    ASSERT_FALSE(read.ok()) << "bit " << offset % 8 << " of byte " << offset << " of "
                            << bytes.size() << " accepted";
    EXPECT_THAT(std::string(read.status().message()), HasSubstr("corrupt")) << offset;
  }
  EXPECT_GT(tried, 200);
  // And through the command line: one line, exit status 2.
  std::string file = MakeScratchDir("flipped") + "/tu.apisnap";
  for (size_t offset : {size_t{3}, bytes.size() / 2, bytes.size() - 1}) {
    std::string corrupt = bytes;
    corrupt[offset] = static_cast<char>(corrupt[offset] ^ 0x10);
    WriteFile(file, corrupt);
    ExpectUsageError(Apicompat("dump " + Quote(file)), "corrupt");
  }
}

TEST(GateIntegrityTest, SnapshotsWrittenBeforeChecksumsAreStillRead) {
  absl::StatusOr<Snapshot> snapshot = ReadSnapshot(PluginSnapshot());
  ASSERT_TRUE(snapshot.ok()) << snapshot.status();
  snapshot->mutable_header()->clear_checksummed();
  std::string old = snapshot->SerializeAsString();  // no checksum, as before
  EXPECT_TRUE(ParseSnapshot(old, SnapshotFormat::kBinary, "old").ok());
  // A header that promises a checksum the file lacks is corrupt.
  snapshot->mutable_header()->set_checksummed(true);
  absl::StatusOr<Snapshot> stripped =
      ParseSnapshot(snapshot->SerializeAsString(), SnapshotFormat::kBinary, "stripped");
  ASSERT_FALSE(stripped.ok());
  EXPECT_THAT(std::string(stripped.status().message()),
              HasSubstr("corrupt: the checksum does not match the content"));
}

TEST(GateIntegrityTest, DuplicateDeclarationIdsAreRefusedInBothForms) {
  absl::StatusOr<Snapshot> snapshot = ReadSnapshot(PluginSnapshot());
  ASSERT_TRUE(snapshot.ok()) << snapshot.status();
  ASSERT_GT(snapshot->decls_size(), 1);
  std::string id = snapshot->decls(0).id();
  Decl duplicate = snapshot->decls(1);
  duplicate.set_id(id);
  *snapshot->add_decls() = duplicate;
  snapshot->mutable_header()->set_decl_count(snapshot->decls_size());
  std::string dir = MakeScratchDir("duplicates");
  std::string text = dir + "/dup.apisnap.txtpb";
  std::string binary = dir + "/dup.apisnap";
  WriteFile(text, Serialize(*snapshot, SnapshotFormat::kText));
  WriteFile(binary, SerializeBinary(*snapshot));  // checksummed: only the ids are wrong
  for (const std::string& file : {text, binary}) {
    SCOPED_TRACE(file);
    ExpectUsageError(Apicompat(absl::StrCat("diff ", Quote(file), " ", Quote(PluginSnapshot()))),
                     absl::StrCat("duplicate declaration id '", id, "'"));
  }
}

// --- 6. the configuration reader --------------------------------------------------------

TEST(GateConfigTest, InvalidUtf8AndUnknownFieldsNameTheLine) {
  std::string dir = MakeScratchDir("config");
  std::string snapshot = LibGeo().snapshots.at("1.0");
  struct Case {
    const char* text;
    const char* error;
  };
  const Case kCases[] = {
      {"exempt_namespace: \"geo\"\nexempt_paht: \"*\"\n",
       ":2:12: Message type \"apicompat.Config\" has no field named \"exempt_paht\""},
      {"acknowledged {\n  key: \"function-removed:geo::f\"\n  reason: \"ok\"\n  why: 1\n}\n",
       ":4:6: Message type \"apicompat.Acknowledgement\" has no field named \"why\""},
      {"exempt_namespace: \"ok\"\nexempt_path: \"\xff\xfe\"\n",
       ":2:15: invalid UTF-8 (the file must be UTF-8 text)"},
      {"# a comment \xc3\n", ":1:13: invalid UTF-8"},
      {"exempt_namespace: \"ok\"\n\nexempt_path: \"\\xff\"\n", ":3:1: exempt_path is not valid UTF-8"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    std::string config = dir + "/apicompat.config.txtpb";
    WriteFile(config, c.text);
    ExpectUsageError(Apicompat(absl::StrCat("diff --config ", Quote(config), " ",
                                            Quote(PluginSnapshot()), " ", Quote(PluginSnapshot()))),
                     absl::StrCat("config ", config, c.error));
  }
}

// --- 5. outputs ---------------------------------------------------------------------------

class GateOutputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeScratchDir("outputs");
    old_ = dir_ + "/old.apisnap";
    current_ = dir_ + "/new.apisnap";
    ASSERT_EQ(Apicompat(Merge(old_, "1.0")).exit_code, 0);
    ASSERT_EQ(Apicompat(Merge(current_, "1.1")).exit_code, 0);
  }
  static std::string Merge(const std::string& out, const std::string& version) {
    return absl::StrCat("merge -o ", Quote(out), " ", Quote(LibGeo().snapshots.at(version)));
  }
  std::string Diff(const std::string& args) const {
    return absl::StrCat("diff ", Quote(old_), " ", Quote(current_), " ", args);
  }

  std::string dir_, old_, current_;
};

TEST_F(GateOutputTest, DashAndDevStdoutAreStandardOutput) {
  std::string bytes = ReadFile(old_);
  for (const char* out : {"-", "/dev/stdout"}) {
    SCOPED_TRACE(out);
    CommandResult merged = Apicompat(Merge(out, "1.0"));
    EXPECT_EQ(merged.exit_code, 0) << merged.err;
    EXPECT_EQ(merged.out, bytes);  // the snapshot alone; the summary is on stderr
    EXPECT_THAT(merged.err, HasSubstr("apicompat: merged "));
    for (const char* flag : {"-o", "--output"}) {
      CommandResult json = Apicompat(Diff(absl::StrCat("--format json ", flag, " ", out)));
      EXPECT_EQ(json.exit_code, 1) << json.err;
      EXPECT_EQ(ParseReport(json.out).verdict(), "breaking");
    }
  }
  // Through a pipe, which only a direct write reaches.
  CommandResult piped = testing::Run(absl::StrCat(Quote(ApicompatBinary()), " ",
                                         Merge("/dev/stdout", "1.0"), " | wc -c"));
  EXPECT_THAT(piped.out, HasSubstr(std::to_string(bytes.size())));
}

TEST_F(GateOutputTest, FifosAndDevicesAreWrittenNotReplaced) {
  std::string fifo = dir_ + "/fifo";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  CommandResult through = testing::Run(absl::StrCat("cat ", Quote(fifo), " > ", Quote(dir_ + "/read"),
                                           " & ", Quote(ApicompatBinary()), " ",
                                           Diff(absl::StrCat("--format json --output ",
                                                             Quote(fifo))),
                                           "; status=$?; wait; exit $status"));
  EXPECT_EQ(through.exit_code, 1) << through.err;
  EXPECT_TRUE(fs::is_fifo(fifo));
  EXPECT_EQ(ParseReport(ReadFile(dir_ + "/read")).verdict(), "breaking");
  // A device node (root can make one): the null device, by another name.
  std::string device = dir_ + "/null";
  if (mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
    GTEST_SKIP() << "mknod needs root";
  }
  CommandResult to_device = Apicompat(Diff(absl::StrCat("--output ", Quote(device))));
  EXPECT_EQ(to_device.exit_code, 1) << to_device.err;
  EXPECT_TRUE(fs::is_character_file(device));
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
  EXPECT_EQ(Apicompat(Merge("/dev/null", "1.0")).exit_code, 0);
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

// A symlinked output is written through to its target; a dangling one is
// refused.
TEST_F(GateOutputTest, SymlinksAreWrittenThrough) {
  fs::create_directories(dir_ + "/reports");
  std::string target = dir_ + "/reports/report.json";
  WriteFile(target, "old");
  std::string link = dir_ + "/report.json";
  fs::create_symlink("reports/report.json", link);
  EXPECT_EQ(Apicompat(Diff("--format json --output " + Quote(link))).exit_code, 1);
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(ParseReport(ReadFile(target)).verdict(), "breaking");
  std::string dangling = dir_ + "/dangling.json";
  fs::create_symlink("nowhere/report.json", dangling);
  ExpectUsageError(Apicompat(Diff("--output " + Quote(dangling))),
                   "a symlink to a missing file");
}

TEST_F(GateOutputTest, AnOutputNamingAnInputIsRefused) {
  std::string bytes = ReadFile(current_);
  ExpectUsageError(Apicompat(Diff("--output " + Quote(current_))),
                   absl::StrCat("--output ", current_, " is the input ", current_));
  std::string link = dir_ + "/link.apisnap";
  fs::create_symlink(current_, link);
  ExpectUsageError(Apicompat(Diff("--write-acknowledgements " + Quote(link))), "is the input");
  ExpectUsageError(Apicompat(absl::StrCat("merge -o ", Quote(old_), " ", Quote(old_))),
                   "merge: -o");
  EXPECT_EQ(ReadFile(current_), bytes);
  // check: the API file and the snapshots are inputs too.
  Repo repo = ReleasedThenChanged("1.1");
  ExpectUsageError(repo.Check("1.1", "--format json --output api/geo.apisnap.txtpb"),
                   "is the input");
  // An earlier merge's output in a directory being merged is no input.
  std::string tus = dir_ + "/tus";
  fs::copy(LibGeo().snapshots.at("1.0"), tus);
  CommandResult first = Apicompat(absl::StrCat("merge -o ", Quote(tus + "/all.apisnap"), " ",
                                               Quote(tus)));
  CommandResult again = Apicompat(absl::StrCat("merge -o ", Quote(tus + "/all.apisnap"), " ",
                                               Quote(tus)));
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out, first.out);  // the same count of inputs
}

TEST(GatePluginOutputTest, DevNullGetsNoSnapshot) {
  std::string dir = MakeScratchDir("devnull");
  std::string include = LibGeo().source.at("1.0") + "/include";
  std::string source = LibGeo().source.at("1.0") + "/src/point.cpp";
  ASSERT_TRUE(fs::exists(source));
  CommandResult compiled = testing::Run(absl::StrCat(
      "cd ", Quote(dir), " && ", ClangCxx(), " -std=c++17 -c -I", Quote(include), " -I",
      Quote(SourceDir() + "/attributes/include"),
      " -fplugin=", Quote(PluginPath()), " -fplugin-arg-apicompat-public-dir=", Quote(include),
      " ", Quote(source), " -o /dev/null"));
  EXPECT_EQ(compiled.exit_code, 0) << compiled.err;
  EXPECT_EQ(compiled.err, "");
  EXPECT_FALSE(fs::exists("/dev/null.apisnap"));
  EXPECT_TRUE(fs::is_empty(dir));
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

}  // namespace
}  // namespace apicompat::testing
