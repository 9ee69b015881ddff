#include "support/libgeo_repo.h"

#include <algorithm>
#include <filesystem>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// A copy of libgeo 1.0 plus a new header and function: a compatible change.
std::string MakeCompatibleVersion(const std::string& root) {
  std::string dir = root + "/compatible";
  fs::copy(SourceDir() + "/examples/libgeo/1.0", dir, fs::copy_options::recursive);
  WriteFile(dir + "/include/geo/extra.h",
            "#pragma once\nnamespace geo {\n\nint added_function(int x);\n\n}  // namespace "
            "geo\n");
  WriteFile(dir + "/src/extra.cpp",
            "#include <geo/extra.h>\nnamespace geo {\nint added_function(int x) { return x; }\n}\n");
  return dir;
}

// Every source of `version_dir` compiled through the plugin; the per-TU
// snapshots land in the returned directory, as a build leaves them.
std::string SnapshotVersion(const std::string& version_dir, const std::string& out) {
  fs::create_directories(out);
  std::string include = version_dir + "/include";
  for (const auto& entry : fs::directory_iterator(version_dir + "/src")) {
    std::string snapshot = absl::StrCat(out, "/", entry.path().filename().string(), ".o.apisnap");
    CommandResult compiled = CompileWithPlugin(entry.path().string(), include, snapshot,
                                               absl::StrCat("-I", Quote(include)));
    EXPECT_EQ(compiled.exit_code, 0) << compiled.err;
  }
  return out;
}

}  // namespace

const Versions& LibGeo() {
  static const Versions* versions = [] {
    auto* v = new Versions;
    std::string root = MakeScratchDir("libgeo");
    v->source["1.0"] = SourceDir() + "/examples/libgeo/1.0";
    v->source["1.1"] = SourceDir() + "/examples/libgeo/1.1";
    v->source["compatible"] = MakeCompatibleVersion(root);
    for (const auto& [name, dir] : v->source) {
      v->snapshots[name] = SnapshotVersion(dir, absl::StrCat(root, "/snapshots-", name));
    }
    return v;
  }();
  return *versions;
}

Repo ReleasedThenChanged(const std::string& version, const std::string& config) {
  Repo repo;
  if (!config.empty()) WriteFile(repo.dir() + "/apicompat.config.txtpb", config);
  repo.CommitVersion("1.0", "libgeo 1.0");
  repo.Git("tag -a v1.0.0 -m 'release 1.0.0'");
  // The pull request's commit: never the tagged one (that would be compared
  // with the release before it).
  repo.Git("commit -q --allow-empty -m 'work after the release'");
  repo.UseHeaders(version);
  return repo;
}

Report ParseReport(const std::string& json) {
  Report report;
  auto status = google::protobuf::util::JsonStringToMessage(json, &report);
  EXPECT_TRUE(status.ok()) << status << "\n" << json;
  return report;
}

CommandResult ApicompatIn(const std::string& dir, const std::string& args) {
  return Run(absl::StrCat("cd ", Quote(dir), " && ", Quote(ApicompatBinary()), " ", args));
}

void ExpectUsageError(const CommandResult& result, const std::string& mention) {
  EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
  EXPECT_EQ(result.out, "");
  EXPECT_THAT(result.err, StartsWith("apicompat: error: "));
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_THAT(result.err, HasSubstr(mention));
}

}  // namespace apicompat::testing
