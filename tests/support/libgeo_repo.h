// libgeo (examples/) snapshotted through the real plugin, and temporary git
// repositories of it with release tags carrying the API file: what the
// `apicompat check` scenario tests (check_test, gate_test) set up.
#ifndef APICOMPAT_TESTS_SUPPORT_LIBGEO_REPO_H_
#define APICOMPAT_TESTS_SUPPORT_LIBGEO_REPO_H_

#include <filesystem>
#include <map>
#include <string>

#include "absl/strings/str_cat.h"
#include "apicompat/report.pb.h"
#include "gtest/gtest.h"
#include "support/test_support.h"

namespace apicompat::testing {

struct Versions {
  std::map<std::string, std::string> source;     // "1.0" -> its directory
  std::map<std::string, std::string> snapshots;  // "1.0" -> its per-TU snapshots
};

// Built once per test binary: libgeo 1.0, 1.1 and "compatible" (1.0 plus
// a function).
const Versions& LibGeo();

// --- a temporary repository of the library --------------------------------------

class Repo {
 public:
  Repo() : dir_(MakeScratchDir("repo")) {
    InitGitRepository(dir_);
  }

  const std::string& dir() const { return dir_; }
  std::string api_file() const { return dir_ + "/api/geo.apisnap.txtpb"; }

  CommandResult Git(const std::string& args) const { return testing::Git(dir_, args); }

  // The working tree holds `version`'s public headers.
  void UseHeaders(const std::string& version) const {
    std::filesystem::remove_all(dir_ + "/include");
    std::filesystem::copy(LibGeo().source.at(version) + "/include", dir_ + "/include",
                          std::filesystem::copy_options::recursive);
  }

  // `apicompat update` of the API file from `version`'s snapshots.
  void UpdateApiFile(const std::string& version) const {
    CommandResult result = Apicompat(absl::StrCat("update --api-file ", Quote(api_file()), " ",
                                                  Quote(LibGeo().snapshots.at(version))));
    EXPECT_EQ(result.exit_code, 0) << result.err;
  }

  // A commit of `version`: its headers and its API file.
  void CommitVersion(const std::string& version, const std::string& message) const {
    UseHeaders(version);
    UpdateApiFile(version);
    Git("add -A");
    Git(absl::StrCat("commit -q -m ", Quote(message)));
  }

  // `apicompat check --library geo --public-dir include ARGS <version's
  // snapshots>`, run in the repository.
  CommandResult Check(const std::string& version, const std::string& args = "") const {
    return Run(absl::StrCat("cd ", Quote(dir_), " && ", Quote(ApicompatBinary()),
                            " check --library geo --public-dir include ", args, " ",
                            Quote(LibGeo().snapshots.at(version))));
  }

 private:
  std::string dir_;
};

// The usual setup: v1.0.0 released (tagged with its API file, and with
// `config` as apicompat.config.txtpb if not empty), a commit after it, and a
// pull request with `version`'s headers in the working tree.
Repo ReleasedThenChanged(const std::string& version, const std::string& config = "");

// A JSON report (--format json).
Report ParseReport(const std::string& json);

// `apicompat ARGS` run in `dir`.
CommandResult ApicompatIn(const std::string& dir, const std::string& args);

// The usage-error contract: status 2, nothing on stdout, one line on stderr
// that contains `mention`.
void ExpectUsageError(const CommandResult& result, const std::string& mention);

}  // namespace apicompat::testing

#endif  // APICOMPAT_TESTS_SUPPORT_LIBGEO_REPO_H_
