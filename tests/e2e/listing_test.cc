// The API listing (`apicompat listing`, written by `update` beside the API
// file): header sets covering every construct (tests/listing/cpp and
// tests/listing/c) go through the real plugin, and the listing must equal
// the golden file next to them byte for byte. APICOMPAT_UPDATE_GOLDEN=1
// rewrites the golden files instead (then review their diff).
//
// Also: the listing does not depend on where declarations are (lines),
// on the order headers are included in, nor on the snapshot's form (binary,
// text). scripts/test-cross-clang checks that these sets give the same
// listing with every Clang major.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;

std::string ListingDir() { return SourceDir() + "/tests/listing"; }

std::vector<std::string> Headers(const std::string& dir) {
  std::vector<std::string> headers;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".h") headers.push_back(entry.path().filename().string());
  }
  std::sort(headers.begin(), headers.end());
  return headers;
}

// A set's language: its case.cfg (shared with scripts/test-cross-clang)
// says `lang = c` or `std = c++20`.
struct Language {
  std::string lang = "c++";
  std::string flags;
};

Language LanguageOf(const std::string& set) {
  std::string cfg = ReadFile(ListingDir() + "/" + set + "/case.cfg");
  if (absl::StrContains(cfg, "lang = c\n")) return {"c", ""};
  return {"c++", absl::StrContains(cfg, "std = c++20\n") ? "-std=c++20" : ""};
}

// The snapshot of one TU including every header of `dir` (tests/listing's
// `set`, or a copy of it), in `order`.
std::string SnapshotOf(const std::string& set, const std::string& dir,
                       const std::vector<std::string>& order, const std::string& name) {
  Language language = LanguageOf(set);
  std::string scratch = MakeScratchDir(name);
  std::string source = absl::StrCat(scratch, "/all", language.lang == "c" ? ".c" : ".cpp");
  std::string includes;
  for (const std::string& header : order) absl::StrAppend(&includes, "#include \"", header, "\"\n");
  WriteFile(source, includes);
  std::string snapshot = scratch + "/api.apisnap";
  std::string extra = absl::StrCat("-I", Quote(dir), " ", language.flags);
  CommandResult compiled = CompileWithPlugin(source, dir, snapshot, extra, language.lang);
  EXPECT_EQ(compiled.exit_code, 0) << compiled.err;
  EXPECT_EQ(compiled.err, "") << "the plugin must compile the headers silently";
  return snapshot;
}

std::string Listing(const std::string& snapshot) {
  CommandResult listed = Apicompat("listing " + Quote(snapshot));
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_EQ(listed.err, "");
  return listed.out;
}

// The listing of `set` (tests/listing/<set>) against tests/listing/<set>.api.
void ExpectGolden(const std::string& set) {
  std::string dir = ListingDir() + "/" + set;
  std::string listing = Listing(SnapshotOf(set, dir, Headers(dir), set));
  std::string golden = ListingDir() + "/" + set + ".api";
  const char* update = std::getenv("APICOMPAT_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    WriteFile(golden, listing);
    GTEST_SKIP() << "rewrote " << golden << ": review its diff";
  }
  std::string actual = MakeScratchDir("actual") + "/" + set + ".api";
  WriteFile(actual, listing);
  CommandResult diff = Run(absl::StrCat("diff -u ", Quote(golden), " ", Quote(actual)));
  EXPECT_EQ(diff.exit_code, 0) << "the listing differs from " << golden
                               << " (APICOMPAT_UPDATE_GOLDEN=1 rewrites it):\n"
                               << diff.out;
}

TEST(ListingTest, CxxHeadersMatchTheGoldenFile) { ExpectGolden("cpp"); }

TEST(ListingTest, CHeadersMatchTheGoldenFile) { ExpectGolden("c"); }

// Moving declarations around (other lines, other header order, another
// file name for the TU) changes the snapshot's locations, not the listing.
TEST(ListingTest, IndependentOfLocationsAndIncludeOrder) {
  std::string dir = ListingDir() + "/cpp";
  std::string listing = Listing(SnapshotOf("cpp", dir, Headers(dir), "ordered"));
  std::string moved = MakeScratchDir("moved");
  for (const std::string& header : Headers(dir)) {
    WriteFile(moved + "/" + header, "\n\n// shifted\n" + ReadFile(dir + "/" + header));
  }
  std::vector<std::string> reversed = Headers(dir);
  std::reverse(reversed.begin(), reversed.end());
  EXPECT_EQ(Listing(SnapshotOf("cpp", moved, reversed, "reversed")), listing);
}

TEST(ListingTest, SameFromBinaryAndTextSnapshots) {
  std::string dir = ListingDir() + "/c";
  std::string binary = SnapshotOf("c", dir, Headers(dir), "forms");
  std::string text = MakeScratchDir("text") + "/api.apisnap.txtpb";
  ASSERT_EQ(Apicompat(absl::StrCat("merge -o ", Quote(text), " ", Quote(binary))).exit_code, 0);
  EXPECT_EQ(Listing(text), Listing(binary));
}

TEST(ListingTest, WritesOutputFile) {
  std::string dir = ListingDir() + "/c";
  std::string snapshot = SnapshotOf("c", dir, Headers(dir), "output");
  std::string output = MakeScratchDir("listing-output") + "/device.api";
  CommandResult written = Apicompat(absl::StrCat("listing ", Quote(snapshot), " -o ", Quote(output)));
  EXPECT_EQ(written.exit_code, 0) << written.err;
  EXPECT_EQ(written.out, "");
  EXPECT_EQ(ReadFile(output), Listing(snapshot));
  EXPECT_THAT(ReadFile(output), StartsWith("// API listing generated by apicompat"));
}

TEST(ListingTest, BadInputIsOneLine) {
  std::string missing = MakeScratchDir("listing-missing") + "/missing.apisnap";
  for (const std::string& args : {absl::StrCat("listing ", Quote(missing)), std::string("listing"),
                                  std::string("listing a b"), std::string("listing --bogus x")}) {
    CommandResult result = Apicompat(args);
    EXPECT_EQ(result.exit_code, 2) << args;
    EXPECT_EQ(result.out, "") << args;
    EXPECT_THAT(result.err, StartsWith("apicompat: error: ")) << args;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  }
  EXPECT_THAT(Apicompat(absl::StrCat("listing ", Quote(missing))).err, HasSubstr(missing));
}

}  // namespace
}  // namespace apicompat::testing
