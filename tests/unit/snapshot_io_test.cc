// Reading and writing snapshots: round trips in both forms, the
// finalization that makes bytes deterministic, and clean one-line errors for
// every kind of unreadable input.
#include "snapshot_io.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "apicompat/snapshot.pb.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "support/test_support.h"

namespace apicompat {
namespace {

using testing::DeclIds;

namespace fs = std::filesystem;
using ::apicompat::testing::MakeScratchDir;
using ::apicompat::testing::ReadFile;
using ::apicompat::testing::WriteFile;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

Decl FunctionDecl(const std::string& name, const std::string& param, uint32_t line) {
  Decl decl;
  decl.set_id(absl::StrCat("function:", name, "(", param, ")"));
  decl.set_kind(FUNCTION);
  decl.set_qualified_name(name);
  decl.mutable_location()->set_file("api/core.h");
  decl.mutable_location()->set_line(line);
  decl.add_mangled_names(absl::StrCat("_Z", name.size(), name, "i"));
  Function* function = decl.mutable_function();
  function->mutable_return_type()->set_canonical("int");
  function->mutable_return_type()->set_spelling("int");
  Parameter* parameter = function->add_parameters();
  parameter->set_name("value");
  parameter->mutable_type()->set_canonical(param);
  parameter->mutable_type()->set_spelling(param);
  parameter->set_has_default(true);
  parameter->set_default_text("42");
  return decl;
}

Decl RecordDecl(const std::string& name) {
  Decl decl;
  decl.set_id(absl::StrCat("record:", name));
  decl.set_kind(RECORD);
  decl.set_qualified_name(name);
  decl.mutable_location()->set_file("api/types.h");
  decl.mutable_location()->set_line(7);
  decl.mutable_stability()->set_tier(DEPRECATED);
  decl.mutable_stability()->set_since("1.0");
  Record* record = decl.mutable_record();
  record->set_is_complete(true);
  record->set_size_bytes(16);
  record->set_align_bytes(8);
  for (auto [field, offset] : {std::pair<const char*, int>{"c", 0}, {"i", 32}, {"d", 64}}) {
    Field* out = record->add_fields();
    out->set_name(field);
    out->set_offset_bits(offset);
    out->set_access(PUBLIC);
  }
  return decl;
}

Decl EnumDecl(const std::string& name) {
  Decl decl;
  decl.set_id(absl::StrCat("enum:", name));
  decl.set_kind(ENUM);
  decl.set_qualified_name(name);
  Enum* facts = decl.mutable_enum_decl();
  facts->mutable_underlying_type()->set_canonical("unsigned long long");
  Enumerator* max = facts->add_enumerators();
  max->set_name("kMax");
  max->set_value("18446744073709551615");
  return decl;
}

// A small but varied snapshot whose decls and units are deliberately unsorted.
Snapshot SmallSnapshot() {
  Snapshot snapshot;
  Header* header = snapshot.mutable_header();
  header->set_tool_version("0.1.0");
  header->set_clang_version("19.1.7");
  header->set_target_triple("x86_64-pc-linux-gnu");
  header->add_translation_units("src/b.cpp");
  header->add_translation_units("src/a.cpp");
  header->add_translation_units("src/b.cpp");
  *snapshot.add_decls() = RecordDecl("Shape");
  *snapshot.add_decls() = FunctionDecl("zeta", "int", 12);
  *snapshot.add_decls() = EnumDecl("Limits");
  *snapshot.add_decls() = FunctionDecl("alpha", "double", 3);
  return snapshot;
}

Snapshot Finalized(Snapshot snapshot) {
  Finalize(snapshot);
  return snapshot;
}


std::vector<std::string> DirectoryEntries(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// Every read error: not OK, names the file, and fits on one line.
void ExpectReadFails(const std::string& path) {
  absl::StatusOr<Snapshot> read = ReadSnapshot(path);
  ASSERT_FALSE(read.ok()) << path << " was accepted";
  EXPECT_THAT(read.status().message(), HasSubstr(path));
  EXPECT_THAT(read.status().message(), Not(HasSubstr("\n")));
}

void ExpectEqualMessages(const Snapshot& actual, const Snapshot& expected) {
  std::string difference;
  google::protobuf::util::MessageDifferencer differencer;
  differencer.ReportDifferencesToString(&difference);
  EXPECT_TRUE(differencer.Compare(expected, actual)) << difference;
}

TEST(FormatForPathTest, TextExtensionsAreTextEverythingElseBinary) {
  for (const char* text : {"a.txtpb", "a.textproto", "dir/a.pbtxt", "a.txt"}) {
    EXPECT_EQ(FormatForPath(text), SnapshotFormat::kText) << text;
  }
  for (const char* binary : {"a.apisnap", "a.bin", "a", "txtpb.apisnap"}) {
    EXPECT_EQ(FormatForPath(binary), SnapshotFormat::kBinary) << binary;
  }
}

TEST(FinalizeTest, SortsDeclsByIdAndSetsCountAndVersion) {
  Snapshot snapshot = SmallSnapshot();
  Finalize(snapshot);
  EXPECT_THAT(DeclIds(snapshot), ElementsAre("enum:Limits", "function:alpha(double)",
                                         "function:zeta(int)", "record:Shape"));
  EXPECT_EQ(snapshot.header().decl_count(), 4u);
  EXPECT_EQ(snapshot.header().format_version(), kSnapshotFormatVersion);
  EXPECT_THAT(snapshot.header().translation_units(), ElementsAre("src/a.cpp", "src/b.cpp"));
}

TEST(FinalizeTest, EmptySnapshotHasZeroCount) {
  Snapshot snapshot;
  Finalize(snapshot);
  EXPECT_EQ(snapshot.decls_size(), 0);
  EXPECT_EQ(snapshot.header().decl_count(), 0u);
  EXPECT_EQ(snapshot.header().format_version(), kSnapshotFormatVersion);
}

TEST(FinalizeTest, BytesDoNotDependOnDeclOrder) {
  Snapshot forward = SmallSnapshot();
  Snapshot backward = SmallSnapshot();
  std::reverse(backward.mutable_decls()->begin(), backward.mutable_decls()->end());
  Finalize(forward);
  Finalize(backward);
  EXPECT_EQ(Serialize(forward, SnapshotFormat::kBinary),
            Serialize(backward, SnapshotFormat::kBinary));
}

class RoundTripTest : public ::testing::TestWithParam<std::string> {};

TEST_P(RoundTripTest, ReadReturnsWhatWasWritten) {
  std::string path = MakeScratchDir("roundtrip") + "/snapshot" + GetParam();
  ASSERT_TRUE(WriteSnapshot(SmallSnapshot(), path).ok());
  absl::StatusOr<Snapshot> read = ReadSnapshot(path);
  ASSERT_TRUE(read.ok()) << read.status();
  ExpectEqualMessages(*read, Finalized(SmallSnapshot()));
  // The file holds exactly the serialized form of the finalized snapshot.
  EXPECT_EQ(ReadFile(path), Serialize(Finalized(SmallSnapshot()), FormatForPath(path)));
}

TEST_P(RoundTripTest, WriteLeavesNoTemporaryFiles) {
  std::string dir = MakeScratchDir("write");
  std::string name = "snapshot" + GetParam();
  ASSERT_TRUE(WriteSnapshot(SmallSnapshot(), dir + "/" + name).ok());
  ASSERT_TRUE(WriteSnapshot(SmallSnapshot(), dir + "/" + name).ok());  // replaces
  EXPECT_THAT(DirectoryEntries(dir), ElementsAre(name));
}

TEST_P(RoundTripTest, WriteIntoMissingDirectoryFailsCleanly) {
  std::string dir = MakeScratchDir("missing");
  std::string path = dir + "/no/such/dir/snapshot" + GetParam();
  absl::Status written = WriteSnapshot(SmallSnapshot(), path);
  ASSERT_FALSE(written.ok());
  EXPECT_THAT(written.message(), HasSubstr(path));
  EXPECT_THAT(written.message(), Not(HasSubstr("\n")));
  EXPECT_TRUE(DirectoryEntries(dir).empty());
}

TEST_P(RoundTripTest, NewerFormatVersionIsRejected) {
  std::string path = MakeScratchDir("newer") + "/snapshot" + GetParam();
  Snapshot snapshot = Finalized(SmallSnapshot());
  snapshot.mutable_header()->set_format_version(kSnapshotFormatVersion + 1);
  ASSERT_TRUE(WriteOutput(path, Serialize(snapshot, FormatForPath(path))).ok());
  ExpectReadFails(path);
  EXPECT_EQ(ReadSnapshot(path).status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ReadSnapshot(path).status().message(),
            absl::StrCat(path, ": written by format ", kSnapshotFormatVersion + 1,
                         "; this apicompat reads up to ", kSnapshotFormatVersion,
                         ": upgrade apicompat"));
}

TEST_P(RoundTripTest, DeclCountMismatchIsRejected) {
  std::string path = MakeScratchDir("count") + "/snapshot" + GetParam();
  Snapshot snapshot = Finalized(SmallSnapshot());
  snapshot.mutable_header()->set_decl_count(5);
  ASSERT_TRUE(WriteOutput(path, Serialize(snapshot, FormatForPath(path))).ok());
  ExpectReadFails(path);
}

// A newer format may use what this apicompat cannot parse at all (an enum
// value it does not know): the text form is still refused by its version.
TEST(ForwardCompatibilityTest, UnparsableNewerTextIsRefusedByItsVersion) {
  std::string path = MakeScratchDir("newer-text") + "/snapshot.txtpb";
  WriteFile(path, absl::StrCat("header {\n  format_version: ", kSnapshotFormatVersion + 1,
                               "\n  decl_count: 1\n}\ndecls {\n  id: \"x\"\n"
                               "  kind: FUTURE_KIND\n}\n"));
  EXPECT_EQ(ReadSnapshot(path).status().message(),
            absl::StrCat(path, ": written by format ", kSnapshotFormatVersion + 1,
                         "; this apicompat reads up to ", kSnapshotFormatVersion,
                         ": upgrade apicompat"));
  // The same in this format is a plain error naming the place.
  WriteFile(path, "header {\n  format_version: 1\n  decl_count: 1\n}\ndecls {\n  id: \"x\"\n"
                  "  kind: FUTURE_KIND\n}\n");
  EXPECT_THAT(ReadSnapshot(path).status().message(),
              HasSubstr(": not a valid apicompat snapshot (8:1: Unknown enumeration value of "
                        "\"FUTURE_KIND\""));
}

TEST(ForwardCompatibilityTest, UnknownTextFieldsAreIgnored) {
  std::string path = MakeScratchDir("unknown-text") + "/snapshot.txtpb";
  WriteFile(path, "header {\n  format_version: 1\n  decl_count: 1\n  new_thing: 4\n}\n"
                  "decls {\n  id: \"x\"\n  fact { a: 1 }\n}\n");
  absl::StatusOr<Snapshot> read = ReadSnapshot(path);
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_THAT(DeclIds(*read), ElementsAre("x"));
}

INSTANTIATE_TEST_SUITE_P(Formats, RoundTripTest, ::testing::Values(".apisnap", ".txtpb"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param == ".apisnap" ? std::string("Binary")
                                                           : std::string("Text");
                         });

TEST(WriteSnapshotTest, TextFileIsReadableText) {
  std::string path = MakeScratchDir("text") + "/snapshot.txtpb";
  ASSERT_TRUE(WriteSnapshot(SmallSnapshot(), path).ok());
  std::string text = ReadFile(path);
  EXPECT_THAT(text, ::testing::StartsWith("header {\n"));
  EXPECT_THAT(text, HasSubstr("id: \"function:alpha(double)\""));
  EXPECT_THAT(text, HasSubstr("decl_count: 4"));
}

TEST(WriteSnapshotTest, FileModeFollowsUmask) {
  std::string path = MakeScratchDir("mode") + "/snapshot.apisnap";
  ASSERT_TRUE(WriteSnapshot(SmallSnapshot(), path).ok());
  mode_t mask = umask(0);
  umask(mask);
  struct stat info {};
  ASSERT_EQ(stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0666 & ~mask);
}

TEST(ReadSnapshotTest, MissingFileFails) {
  ExpectReadFails(MakeScratchDir("missing") + "/absent.apisnap");
}

TEST(ReadSnapshotTest, EmptyFileFails) {
  for (const char* name : {"/empty.apisnap", "/empty.txtpb"}) {
    std::string path = MakeScratchDir("empty") + name;
    WriteFile(path, "");
    ExpectReadFails(path);
  }
}

TEST(ReadSnapshotTest, GarbageBytesFail) {
  std::mt19937 random(20240611);  // fixed seed: the same bytes every run
  std::string dir = MakeScratchDir("garbage");
  for (size_t size : {1, 2, 7, 64, 1000, 65536}) {
    for (const char* ext : {".apisnap", ".txtpb"}) {
      std::string bytes(size, '\0');
      for (char& byte : bytes) byte = static_cast<char>(random() & 0xff);
      std::string path = absl::StrCat(dir, "/garbage-", size, ext);
      WriteFile(path, bytes);
      SCOPED_TRACE(path);
      ExpectReadFails(path);
    }
  }
}

TEST(ReadSnapshotTest, StringFieldWithInvalidUtf8Fails) {
  std::string path = MakeScratchDir("utf8") + "/invalid.apisnap";
  // header { tool_version: "\xff" }
  WriteFile(path, std::string("\x0a\x03\x12\x01\xff", 5));
  ExpectReadFails(path);
}

// Whatever ReadSnapshot accepts must survive WriteSnapshot: `apicompat merge`
// turns text inputs into a binary output that later commands read back.
TEST(ReadSnapshotTest, AcceptedTextSnapshotReadsBackAfterBinaryWrite) {
  std::string dir = MakeScratchDir("utf8");
  std::string text = dir + "/invalid.txtpb";
  WriteFile(text, "header { format_version: 1 tool_version: \"\\377\" decl_count: 0 }\n");
  absl::StatusOr<Snapshot> read = ReadSnapshot(text);
  if (!read.ok()) {
    EXPECT_THAT(read.status().message(), HasSubstr(text));
    return;  // rejecting invalid UTF-8 up front is fine too
  }
  std::string binary = dir + "/rewritten.apisnap";
  ASSERT_TRUE(WriteSnapshot(*read, binary).ok());
  absl::StatusOr<Snapshot> reread = ReadSnapshot(binary);
  EXPECT_TRUE(reread.ok()) << reread.status();
}

TEST(ReadSnapshotTest, EveryPrefixOfABinarySnapshotFails) {
  std::string dir = MakeScratchDir("truncated");
  std::string full = Serialize(Finalized(SmallSnapshot()), SnapshotFormat::kBinary);
  ASSERT_GT(full.size(), 100u);
  for (size_t length = 0; length < full.size(); ++length) {
    std::string path = absl::StrCat(dir, "/prefix-", length, ".apisnap");
    WriteFile(path, full.substr(0, length));
    SCOPED_TRACE(path);
    ExpectReadFails(path);
  }
  std::string whole = dir + "/whole.apisnap";
  WriteFile(whole, full);
  EXPECT_TRUE(ReadSnapshot(whole).ok());
}

TEST(ReadSnapshotTest, EveryPrefixOfATextSnapshotFails) {
  std::string dir = MakeScratchDir("truncated");
  std::string full = Serialize(Finalized(SmallSnapshot()), SnapshotFormat::kText);
  // Dropping only trailing whitespace is not a truncation.
  size_t last = full.find_last_not_of(" \n");
  ASSERT_NE(last, std::string::npos);
  for (size_t length = 0; length <= last; ++length) {
    std::string path = absl::StrCat(dir, "/prefix-", length, ".txtpb");
    WriteFile(path, full.substr(0, length));
    SCOPED_TRACE(path);
    ExpectReadFails(path);
  }
}

// A merge reuses the declarations it already has: the result must be what
// a full parse gives, and so must the errors.
absl::StatusOr<Snapshot*> ParseKnowing(const std::string& bytes, const std::vector<Decl>& known,
                                       google::protobuf::Arena& arena) {
  return ParseSnapshotReusing(
      bytes, "in.apisnap",
      [&](absl::string_view decl_bytes) -> const Decl* {
        for (const Decl& decl : known) {
          if (decl.SerializeAsString() == decl_bytes) return &decl;
        }
        return nullptr;
      },
      arena);
}

TEST(ParseSnapshotReusingTest, KnownDeclarationsStandInForTheirBytes) {
  Snapshot snapshot = Finalized(SmallSnapshot());
  std::string bytes = Serialize(snapshot, SnapshotFormat::kBinary);
  std::vector<Decl> known = {snapshot.decls(0), snapshot.decls(2)};
  google::protobuf::Arena arena;
  absl::StatusOr<Snapshot*> read = ParseKnowing(bytes, known, arena);
  ASSERT_TRUE(read.ok()) << read.status();
  ExpectEqualMessages(**read, *ParseSnapshot(bytes, SnapshotFormat::kBinary, "in.apisnap"));
  EXPECT_EQ(&(*read)->decls(0), &known[0]);
  EXPECT_EQ(&(*read)->decls(2), &known[1]);
}

TEST(ParseSnapshotReusingTest, ErrorsAreThoseOfAFullParse) {
  std::string full = Serialize(Finalized(SmallSnapshot()), SnapshotFormat::kBinary);
  Snapshot duplicated = Finalized(SmallSnapshot());
  *duplicated.add_decls() = duplicated.decls(1);
  duplicated.mutable_header()->set_decl_count(duplicated.decls_size());
  std::string flipped = full;
  flipped[full.size() / 2] ^= 0x01;
  Snapshot small = Finalized(SmallSnapshot());
  std::vector<Decl> known(small.decls().begin(), small.decls().end());
  for (const std::string& bytes :
       {full.substr(0, full.size() / 2), flipped, std::string(), SerializeBinary(duplicated)}) {
    google::protobuf::Arena arena;
    absl::StatusOr<Snapshot> expected = ParseSnapshot(bytes, SnapshotFormat::kBinary, "in.apisnap");
    absl::StatusOr<Snapshot*> read = ParseKnowing(bytes, known, arena);
    ASSERT_FALSE(expected.ok());
    EXPECT_EQ(read.status(), expected.status());
  }
}

}  // namespace
}  // namespace apicompat
