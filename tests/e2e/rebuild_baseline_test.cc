// check --rebuild-baseline end to end: a temporary git repository whose
// release tag carries an API file written by an older collector (revision
// 1, which named the members of a typedef-named unnamed struct
// '(anonymous struct)::...'); check says so in one line, and with
// --rebuild-baseline snapshots the tag's headers in a temporary worktree
// with this apicompat and compares like with like.
#include <filesystem>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "snapshot_write.h"
#include "snapshot_io.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::SizeIs;

constexpr char kHeader[] = R"(#pragma once
namespace lib {
typedef struct {
  int width;
  int height;
  int area() const;
} Size;
int version();
}  // namespace lib
)";

constexpr char kOldMember[] = "lib::(anonymous struct)::area";

// Run(), which TEST bodies cannot name (testing::Test::Run hides it).
CommandResult Shell(const std::string& command) { return Run(command); }

class RebuildBaselineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = MakeScratchDir("rebuild");
    repo_ = scratch_ + "/repo";
    fs::create_directories(repo_ + "/include/lib");
    fs::create_directories(repo_ + "/api");
    fs::create_directories(scratch_ + "/tmp");
    InitGitRepository(repo_);
    WriteFile(repo_ + "/include/lib/shapes.h", kHeader);
    WriteOldApiFile();
    Git(repo_, "add -A");
    Git(repo_, "commit -q -m release");
    Git(repo_, "tag v1.0.0");
    // The next change: one function added (info), nothing broken.
    WriteFile(repo_ + "/include/lib/shapes.h",
              absl::StrReplaceAll(kHeader, {{"int version();", "int version();\nint extra();"}}));
    Git(repo_, "commit -q -am extra");
    current_ = scratch_ + "/current.apisnap";
    CommandResult snapshot = InRepo(absl::StrCat(
        Quote(ApicompatBinary()), " snapshot --no-progress -o ", Quote(current_),
        " --public-dir include --std=c++17"));
    ASSERT_EQ(snapshot.exit_code, 0) << snapshot.err;
  }

  // The API file as the revision-1 collector wrote it: this apicompat's
  // snapshot of the same headers, with the member named the old way.
  void WriteOldApiFile() {
    std::string fresh = scratch_ + "/fresh.apisnap";
    CommandResult snapshot = InRepo(absl::StrCat(Quote(ApicompatBinary()),
                                                 " snapshot --no-progress -o ", Quote(fresh),
                                                 " --public-dir include --std=c++17"));
    ASSERT_EQ(snapshot.exit_code, 0) << snapshot.err;
    absl::StatusOr<Snapshot> old = ReadSnapshot(fresh);
    ASSERT_TRUE(old.ok()) << old.status().message();
    old->mutable_header()->set_collector_revision(1);
    bool renamed = false;
    for (Decl& decl : *old->mutable_decls()) {
      if (decl.qualified_name() != "lib::Size::area") continue;
      decl.set_qualified_name(kOldMember);
      decl.set_id(absl::StrCat("function:", kOldMember, "() const"));
      renamed = true;
    }
    ASSERT_TRUE(renamed);
    ASSERT_TRUE(WriteSnapshot(*old, repo_ + "/api/lib.apisnap.txtpb").ok());
  }

  CommandResult InRepo(const std::string& command) {
    return Shell(absl::StrCat("cd ", Quote(repo_), " && TMPDIR=", Quote(scratch_ + "/tmp"), " ",
                              command));
  }

  CommandResult Check(const std::string& flags) {
    return InRepo(absl::StrCat(Quote(ApicompatBinary()),
                               " check --api-file api/lib.apisnap.txtpb --public-dir include ",
                               flags, " ", Quote(current_)));
  }

  std::string scratch_, repo_, current_;
};

TEST_F(RebuildBaselineTest, CheckSaysTheBaselineWasComputedDifferently) {
  CommandResult check = Check("");
  EXPECT_EQ(check.exit_code, 1) << check.out << check.err;
  EXPECT_THAT(check.out, HasSubstr(absl::StrCat("[function-removed] ", kOldMember)));
  std::vector<std::string> notes;
  for (absl::string_view line : absl::StrSplit(check.err, '\n')) {
    if (absl::StrContains(line, "collector revision")) notes.emplace_back(line);
  }
  ASSERT_THAT(notes, SizeIs(1)) << check.err;
  EXPECT_THAT(notes[0], AllOf(HasSubstr(absl::StrCat(
                                  "apicompat: note: the baseline was written by collector "
                                  "revision 1; revision ", kCollectorRevision,
                                  " records differently: members of typedef-named unnamed "
                                  "structs")),
                              HasSubstr("--rebuild-baseline")));
}

TEST_F(RebuildBaselineTest, RebuiltBaselineComparesLikeWithLike) {
  CommandResult check = Check("--rebuild-baseline --rebuild-arg=--std=c++17");
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_THAT(check.out, Not(HasSubstr("function-removed")));
  EXPECT_THAT(check.out, HasSubstr("[function-added] lib::extra"));
  EXPECT_THAT(check.err, HasSubstr("at tag v1.0.0 (commit "));
  EXPECT_THAT(check.err, HasSubstr("apicompat: baseline rebuilt from the sources at v1.0.0 by "
                                   "this apicompat (header mode)\n"));
  EXPECT_THAT(check.out, HasSubstr("rebuilt from its sources by this apicompat"));
  EXPECT_THAT(check.err, Not(HasSubstr("collector revision")));
  // The temporary worktree is gone, from the disk and from git's list.
  EXPECT_THAT(std::vector<std::string>(absl::StrSplit(Git(repo_, "worktree list").out, '\n', absl::SkipEmpty())), SizeIs(1));
  EXPECT_TRUE(fs::is_empty(scratch_ + "/tmp"));
}

TEST_F(RebuildBaselineTest, RebuildNeedsAGitBaselineAndPublicDirs) {
  CommandResult from_file = Check(absl::StrCat("--rebuild-baseline --baseline ",
                                               Quote(repo_ + "/api/lib.apisnap.txtpb")));
  EXPECT_EQ(from_file.exit_code, 2);
  EXPECT_THAT(from_file.err,
              ::testing::EndsWith("\napicompat: error: check: --rebuild-baseline needs a "
                                  "baseline from git (a tag or a branch), not a file\n"));
  CommandResult no_dirs = InRepo(absl::StrCat(
      Quote(ApicompatBinary()), " check --api-file api/lib.apisnap.txtpb --rebuild-baseline ",
      Quote(current_)));
  EXPECT_EQ(no_dirs.exit_code, 2);
  EXPECT_THAT(no_dirs.err, HasSubstr("cannot rebuild the baseline from v1.0.0: "
                                     "--rebuild-baseline needs --public-dir"));
}

TEST_F(RebuildBaselineTest, SnapshotFailureAtTheTagIsOneLine) {
  CommandResult check = Check("--rebuild-baseline --rebuild-arg=-x --rebuild-arg=c");
  EXPECT_EQ(check.exit_code, 2) << check.out << check.err;
  EXPECT_THAT(check.err, HasSubstr("apicompat: error: check: cannot rebuild the baseline from "
                                   "v1.0.0: apicompat snapshot failed: "));
  EXPECT_TRUE(fs::is_empty(scratch_ + "/tmp"));
}

}  // namespace
}  // namespace apicompat::testing
