// The snapshot compendium (tests/compendium/README.md) and the guarantees
// of docs/format.md, end to end through the real plugin and the CLI:
// every stored snapshot of every format reads and compares with a fresh
// snapshot of the same headers without a single finding; a baseline whose
// collector did not know a fact gives no finding about it; a newer format
// is refused with the promised message.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "apicompat/report.pb.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "snapshot_io.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

std::string CompendiumDir() { return SourceDir() + "/tests/compendium"; }

// headers/ snapshotted now by this build (record.sh), once per test binary.
const std::string& FreshDir() {
  static const std::string* dir = [] {
    auto* out = new std::string(MakeScratchDir("compendium-fresh"));
    CommandResult recorded =
        Run(absl::StrCat(Quote(CompendiumDir() + "/record.sh"), " ", Quote(ApicompatBinary()), " ",
                         Quote(PluginPath()), " ", Quote(ClangC()), " ", Quote(ClangCxx()), " ",
                         Quote(*out)));
    EXPECT_EQ(recorded.exit_code, 0) << recorded.err;
    return out;
  }();
  return *dir;
}

// Every stored snapshot: format-N/<set>.apisnap[.txtpb].
std::vector<std::string> StoredSnapshots() {
  std::vector<std::string> stored;
  for (const auto& format : fs::directory_iterator(CompendiumDir())) {
    if (!absl::StartsWith(format.path().filename().string(), "format-")) continue;
    for (const auto& file : fs::directory_iterator(format.path())) {
      stored.push_back(fs::relative(file.path(), CompendiumDir()).string());
    }
  }
  std::sort(stored.begin(), stored.end());
  return stored;
}

// "cxx" for format-1/cxx.apisnap.txtpb.
std::string SetName(const std::string& stored) {
  std::string name = fs::path(stored).filename().string();
  return name.substr(0, name.find('.'));
}

// Every finding of `apicompat diff -v` (exempt declarations' changes too),
// as "rule severity decl"; the exit code must be 0.
std::vector<std::string> Findings(const std::string& baseline, const std::string& current) {
  CommandResult diff =
      Apicompat(absl::StrCat("diff -v --format json ", Quote(baseline), " ", Quote(current)));
  Report report;
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(diff.out, &report).ok())
      << diff.out << diff.err;
  std::vector<std::string> findings;
  for (const Finding& finding : report.findings()) {
    findings.push_back(absl::StrCat(finding.rule(), " ", finding.severity(), " ", finding.decl()));
  }
  EXPECT_EQ(diff.exit_code, findings.empty() ? 0 : diff.exit_code) << diff.err;
  return findings;
}

class CompendiumTest : public ::testing::TestWithParam<std::string> {};

TEST_P(CompendiumTest, ReadsAndComparesWithoutAnyFinding) {
  std::string stored = CompendiumDir() + "/" + GetParam();
  absl::StatusOr<Snapshot> snapshot = ReadSnapshot(stored);
  ASSERT_TRUE(snapshot.ok()) << snapshot.status().message();
  EXPECT_GT(snapshot->decls_size(), 20);
  std::string fresh = FreshDir() + "/" + SetName(GetParam()) + ".apisnap";
  EXPECT_THAT(Findings(stored, fresh), IsEmpty()) << GetParam() << " -> fresh";
  EXPECT_THAT(Findings(fresh, stored), IsEmpty()) << "fresh -> " << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Stored, CompendiumTest, ::testing::ValuesIn(StoredSnapshots()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace_if(
                               name.begin(), name.end(),
                               [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
                               '_');
                           return name;
                         });

TEST(CompendiumFormsTest, BinaryAndTextHoldTheSameSnapshot) {
  for (const std::string& stored : StoredSnapshots()) {
    if (!absl::EndsWith(stored, ".txtpb")) continue;
    std::string text = CompendiumDir() + "/" + stored;
    absl::StatusOr<Snapshot> from_text = ReadSnapshot(text);
    absl::StatusOr<Snapshot> from_binary = ReadSnapshot(text.substr(0, text.size() - 6));
    ASSERT_TRUE(from_text.ok() && from_binary.ok()) << stored;
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(*from_text, *from_binary))
        << stored;
  }
}

TEST(CompendiumFormsTest, EveryFormatHasBothSetsInBothForms) {
  std::vector<std::string> stored = StoredSnapshots();
  for (const char* name : {"format-1/c.apisnap", "format-1/c.apisnap.txtpb",
                           "format-1/cxx.apisnap", "format-1/cxx.apisnap.txtpb"}) {
    EXPECT_NE(std::find(stored.begin(), stored.end(), name), stored.end()) << name;
  }
}

// A baseline written by a collector that did not know revision 2's facts:
// what the stored format-1 snapshot holds, without them.
Snapshot WithoutRevision2Facts(Snapshot snapshot) {
  auto* decls = snapshot.mutable_decls();
  decls->erase(std::remove_if(decls->begin(), decls->end(),
                              [](const Decl& decl) {
                                // Exposed detail types and `static const`
                                // constants were not recorded.
                                static const char* kStatic[] = {
                                    "variable:comp::kRatio", "variable:comp::kMask",
                                    "variable:capi_max_depth", "variable:capi_epsilon"};
                                return decl.exposed_detail() ||
                                       std::find(std::begin(kStatic), std::end(kStatic),
                                                 decl.id()) != std::end(kStatic);
                              }),
               decls->end());
  for (Decl& decl : *decls) {
    Record* record = decl.has_record() ? decl.mutable_record() : nullptr;
    if (record != nullptr) {
      record->clear_special_members();
      for (Field& field : *record->mutable_fields()) field.clear_line();
    }
    if (decl.has_enum_decl()) {
      for (Enumerator& enumerator : *decl.mutable_enum_decl()->mutable_enumerators()) {
        enumerator.clear_line();
      }
    }
    // Only constant expressions had values; strings had none.
    if (decl.has_variable() && !decl.variable().is_constexpr() &&
        absl::StartsWith(decl.variable().value(), "\"")) {
      decl.mutable_variable()->clear_value();
    }
  }
  snapshot.mutable_header()->set_collector_revision(1);
  return snapshot;
}

class MissingFactTest : public ::testing::TestWithParam<std::string> {
 protected:
  // The stored format-1 snapshot of `set` without revision 2's facts,
  // claiming `revision`.
  std::string OldBaseline(uint32_t revision) {
    absl::StatusOr<Snapshot> stored =
        ReadSnapshot(absl::StrCat(CompendiumDir(), "/format-1/", GetParam(), ".apisnap.txtpb"));
    EXPECT_TRUE(stored.ok()) << stored.status().message();
    Snapshot old = WithoutRevision2Facts(*stored);
    old.mutable_header()->set_collector_revision(revision);
    std::string path = absl::StrCat(MakeScratchDir("missing-fact"), "/", GetParam(), "-r",
                                    revision, ".apisnap");
    EXPECT_TRUE(WriteSnapshot(old, path).ok());
    return path;
  }
  std::string Fresh() { return absl::StrCat(FreshDir(), "/", GetParam(), ".apisnap"); }
};

TEST_P(MissingFactTest, FactsTheOlderCollectorDidNotKnowGiveNoFinding) {
  EXPECT_THAT(Findings(OldBaseline(1), Fresh()), IsEmpty());
  EXPECT_THAT(Findings(Fresh(), OldBaseline(1)), IsEmpty());
}

// The same snapshot claiming to know those facts: their absence is then
// a change, which is what the revision prevents.
TEST_P(MissingFactTest, WithoutTheRevisionTheAbsentFactsWouldBeFindings) {
  EXPECT_THAT(Findings(OldBaseline(2), Fresh()), Not(IsEmpty()));
}

INSTANTIATE_TEST_SUITE_P(Sets, MissingFactTest, ::testing::Values("cxx", "c"));

TEST(CollectorRevisionTest, FreshSnapshotsRecordTheRevision) {
  for (const char* set : {"cxx", "c"}) {
    absl::StatusOr<Snapshot> fresh = ReadSnapshot(absl::StrCat(FreshDir(), "/", set, ".apisnap"));
    ASSERT_TRUE(fresh.ok()) << fresh.status().message();
    EXPECT_EQ(fresh->header().collector_revision(), kCollectorRevision) << set;
  }
}

// Forward: an apicompat reading a newer format fails with the promised
// line; reading a snapshot of its own format with facts it does not know
// ignores them.
class ForwardTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ForwardTest, NewerFormatIsRefusedWithThePromisedMessage) {
  absl::StatusOr<Snapshot> fresh = ReadSnapshot(FreshDir() + "/c.apisnap");
  ASSERT_TRUE(fresh.ok());
  Snapshot newer = *fresh;
  newer.mutable_header()->set_format_version(kSnapshotFormatVersion + 1);
  std::string path = MakeScratchDir("forward") + "/newer" + GetParam();
  ASSERT_TRUE(WriteOutput(path, Serialize(newer, FormatForPath(path))).ok());
  CommandResult diff = Apicompat(absl::StrCat("diff ", Quote(path), " ", Quote(path)));
  EXPECT_EQ(diff.exit_code, 2);
  EXPECT_EQ(diff.err, absl::StrCat("apicompat: error: ", path, ": written by format ",
                                   kSnapshotFormatVersion + 1, "; this apicompat reads up to ",
                                   kSnapshotFormatVersion, ": upgrade apicompat\n"));
}

INSTANTIATE_TEST_SUITE_P(Forms, ForwardTest, ::testing::Values(".apisnap", ".txtpb"));

TEST(ForwardTest, UnknownFactsOfTheSameFormatAreIgnored) {
  std::string text = ReadFile(FreshDir() + "/c.apisnap.txtpb");
  // A field of a newer apicompat in the header and in a declaration, one
  // with a message value: what a newer collector revision would add.
  std::string newer = absl::StrCat(
      "header {\n  future_flag: true\n", text.substr(text.find("header {\n") + 9));
  size_t decl = newer.find("decls {\n");
  newer.insert(decl + 8, "  future_fact { depth: 3 names: \"a\" }\n  future_count: 7\n");
  std::string dir = MakeScratchDir("forward-unknown");
  WriteFile(dir + "/newer.txtpb", newer);
  EXPECT_THAT(Findings(FreshDir() + "/c.apisnap", dir + "/newer.txtpb"), IsEmpty());
}

}  // namespace
}  // namespace apicompat::testing
