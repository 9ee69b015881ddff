#include "support/test_support.h"

#include <sys/wait.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "gtest/gtest.h"

namespace apicompat::testing {

namespace fs = std::filesystem;

std::string Quote(const std::string& word) {
  return absl::StrCat("'", absl::StrReplaceAll(word, {{"'", "'\\''"}}), "'");
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

void WriteFile(const std::string& path, const std::string& contents) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << contents;
}

std::string MakeScratchDir(const std::string& name) {
  static std::atomic<int> counter{0};
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string test_name = test ? absl::StrCat(test->test_suite_name(), ".", test->name()) : "none";
  test_name = absl::StrReplaceAll(test_name, {{"/", "_"}});
  fs::path dir = fs::temp_directory_path() /
                 absl::StrCat("apicompat-test-", getpid()) /
                 absl::StrCat(test_name, "-", name, "-", counter++);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

CommandResult Run(const std::string& command) {
  std::string dir = MakeScratchDir("run");
  std::string out = dir + "/stdout", err = dir + "/stderr";
  int status = std::system(absl::StrCat("(", command, ") >", Quote(out), " 2>", Quote(err)).c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = ReadFile(out);
  result.err = ReadFile(err);
  fs::remove_all(dir);
  return result;
}

std::string ApicompatBinary() { return APICOMPAT_TEST_BINARY; }
std::string PluginPath() { return APICOMPAT_TEST_PLUGIN; }
std::string ClangC() { return APICOMPAT_TEST_CLANG; }
std::string ClangCxx() { return APICOMPAT_TEST_CLANGXX; }
std::string SourceDir() { return APICOMPAT_TEST_SOURCE_DIR; }

CommandResult CompileWithPlugin(const std::string& source, const std::string& public_dir,
                                const std::string& snapshot, const std::string& extra,
                                const std::string& lang) {
  std::string compiler = lang == "c" ? ClangC() + " -std=c11" : ClangCxx() + " -std=c++17";
  return Run(absl::StrCat(compiler, " -fsyntax-only -I", Quote(SourceDir() + "/attributes/include"),
                          " -fplugin=", Quote(PluginPath()),
                          " -fplugin-arg-apicompat-public-dir=", Quote(public_dir),
                          " -fplugin-arg-apicompat-out=", Quote(snapshot), " ", extra, " ",
                          Quote(source)));
}

CommandResult Git(const std::string& dir, const std::string& args) {
  CommandResult result = Run(absl::StrCat("git -C ", Quote(dir), " ", args));
  EXPECT_EQ(result.exit_code, 0) << "git " << args << ": " << result.err;
  return result;
}

void InitGitRepository(const std::string& dir) {
  for (const char* args : {"init -q -b main .", "config user.name 'apicompat test'",
                           "config user.email test@example.com",
                           "config commit.gpgsign false", "config tag.gpgsign false"}) {
    Git(dir, args);
  }
}

std::vector<std::string> DeclIds(const Snapshot& snapshot) {
  std::vector<std::string> ids;
  for (const Decl& decl : snapshot.decls()) ids.push_back(decl.id());
  return ids;
}

CommandResult Apicompat(const std::string& args) {
  return Run(absl::StrCat(Quote(ApicompatBinary()), " ", args));
}

std::string CMakeProjectUsingThisBuild(const std::string& name) {
  CommandResult version = Run(Quote(ClangCxx()) + " -dumpversion");
  EXPECT_EQ(version.exit_code, 0) << version.err;
  std::string major = version.out.substr(0, version.out.find('.'));
  return absl::StrCat("cmake_minimum_required(VERSION 3.20)\nproject(", name, R"( C CXX)
add_executable(apicompat::apicompat IMPORTED)
set_target_properties(apicompat::apicompat PROPERTIES IMPORTED_LOCATION ")",
                      ApicompatBinary(), R"(")
add_library(apicompat::plugin MODULE IMPORTED)
set_target_properties(apicompat::plugin PROPERTIES IMPORTED_LOCATION ")",
                      PluginPath(), R"(")
set(APICOMPAT_CLANG_VERSION )", major, R"()
include(")", SourceDir(), R"(/cmake/ApicompatFunctions.cmake")
)");
}

}  // namespace apicompat::testing
