// The installed package in a user's project: `cmake --install` of this build
// into a scratch prefix, then a small library configured against it with
// find_package(apicompat), apicompat::attributes, apicompat_snapshot() and
// apicompat_check(), whose ctest test passes for the released API and fails
// after a breaking change.
#include <filesystem>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "snapshot_io.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kConsumerCMake[] = R"(cmake_minimum_required(VERSION 3.20)
project(mylib VERSION 1.0.0 LANGUAGES CXX)
find_package(apicompat CONFIG REQUIRED)
enable_testing()

add_library(mylib SHARED src/mylib.cpp)
target_include_directories(mylib PUBLIC include)
target_link_libraries(mylib PUBLIC apicompat::attributes)
apicompat_snapshot(mylib PUBLIC_DIRS include)
apicompat_check(mylib API_FILE api/mylib.apisnap.txtpb)
)";

constexpr char kHeader[] = R"(#pragma once
#include <apicompat/attributes.h>

namespace mylib {

int add(int a, int b);

APICOMPAT_DEPRECATED("1.0", "2.0", "mylib::add", "add says it better")
int plus(int a, int b);

APICOMPAT_INTERNAL_API int tune(int level);

}  // namespace mylib
)";

constexpr char kSource[] = R"(#include <mylib/mylib.h>

namespace mylib {

int add(int a, int b) { return a + b; }
int plus(int a, int b) { return a + b; }
int tune(int level) { return level; }

}  // namespace mylib
)";

// The consumer's source tree, a git repository, with one build directory
// per compiler.
class ConsumerProject {
 public:
  ConsumerProject(const std::string& root, const std::string& prefix)
      : dir_(root + "/mylib"), prefix_(prefix) {
    WriteFile(dir_ + "/CMakeLists.txt", kConsumerCMake);
    WriteFile(dir_ + "/include/mylib/mylib.h", kHeader);
    WriteFile(dir_ + "/src/mylib.cpp", kSource);
    WriteFile(dir_ + "/.gitignore", "build-*/\n");
    InitGitRepository(dir_);
  }

  const std::string& dir() const { return dir_; }

  void Git(const std::string& args) const {
    ASSERT_EQ(testing::Git(dir_, args).exit_code, 0);
  }

  // Build directories are named after the compiler's key, e.g. "clang".
  std::string BuildDir(const std::string& key) const { return dir_ + "/build-" + key; }

  CommandResult Configure(const std::string& key, const std::string& compiler) const {
    return Run(absl::StrCat(Quote(APICOMPAT_TEST_CMAKE), " -S ", Quote(dir_), " -B ",
                            Quote(BuildDir(key)), " -G ", Quote(APICOMPAT_TEST_GENERATOR),
                            " -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=", Quote(compiler),
                            " -DCMAKE_PREFIX_PATH=", Quote(prefix_)));
  }

  CommandResult Build(const std::string& key, const std::string& target = "") const {
    return Run(absl::StrCat(Quote(APICOMPAT_TEST_CMAKE), " --build ", Quote(BuildDir(key)),
                            target.empty() ? "" : " --target " + target));
  }

  CommandResult Ctest(const std::string& key) const {
    return Run(absl::StrCat(Quote(APICOMPAT_TEST_CTEST), " --test-dir ", Quote(BuildDir(key)),
                            " --output-on-failure"));
  }

  // The breaking change of the pull request: add() loses a parameter.
  void RemoveParameter() const {
    std::string header = kHeader, source = kSource;
    header.replace(header.find("int add(int a, int b);"), 22, "int add(int a);");
    source.replace(source.find("int add(int a, int b) { return a + b; }"), 39,
                   "int add(int a) { return a; }");
    WriteFile(dir_ + "/include/mylib/mylib.h", header);
    WriteFile(dir_ + "/src/mylib.cpp", source);
  }

 private:
  std::string dir_, prefix_;
};

CommandResult Install(const std::string& prefix) {
  return Run(absl::StrCat(Quote(APICOMPAT_TEST_CMAKE), " --install ",
                          Quote(APICOMPAT_TEST_BUILD_DIR), " --prefix ", Quote(prefix)));
}

void ExpectPasses(const CommandResult& ctest) {
  EXPECT_EQ(ctest.exit_code, 0) << ctest.out << ctest.err;
  EXPECT_THAT(ctest.out, HasSubstr("apicompat-check-mylib"));
  EXPECT_THAT(ctest.out, HasSubstr("100% tests passed"));
}

void ExpectFailsOnTheBreak(const CommandResult& ctest) {
  EXPECT_NE(ctest.exit_code, 0) << ctest.out;
  EXPECT_THAT(ctest.out, HasSubstr("include/mylib/mylib.h:6: error: [parameter-removed] "
                                   "mylib::add"));
  EXPECT_THAT(ctest.out, HasSubstr("comparing with api/mylib.apisnap.txtpb at tag v1.0.0"));
  EXPECT_THAT(ctest.out, Not(HasSubstr("100% tests passed")));
}

// GCC, when installed: the same project then uses header mode.
std::string Gcc() {
  CommandResult found = Run("command -v g++");
  return found.exit_code == 0 ? std::string(absl::StripTrailingAsciiWhitespace(found.out)) : "";
}

TEST(InstallTest, ConsumerProjectChecksItsApiWithCtest) {
  std::string root = MakeScratchDir("install");
  std::string prefix = root + "/prefix";
  CommandResult installed = Install(prefix);
  ASSERT_EQ(installed.exit_code, 0) << installed.out << installed.err;
  EXPECT_TRUE(fs::is_regular_file(prefix + "/bin/apicompat"));
  EXPECT_TRUE(fs::is_regular_file(
      absl::StrCat(prefix, "/lib/apicompat/", fs::path(PluginPath()).filename().string())));
  EXPECT_TRUE(fs::is_regular_file(prefix + "/include/apicompat/attributes.h"));

  ConsumerProject project(root, prefix);
  CommandResult configured = project.Configure("clang", ClangCxx());
  ASSERT_EQ(configured.exit_code, 0) << configured.out << configured.err;
  EXPECT_THAT(configured.out, HasSubstr("apicompat: mylib's API is recorded in plugin mode"));
  CommandResult built = project.Build("clang");
  ASSERT_EQ(built.exit_code, 0) << built.out << built.err;

  // The maintainer records the API and releases it.
  CommandResult updated = project.Build("clang", "apicompat-update-mylib");
  ASSERT_EQ(updated.exit_code, 0) << updated.out << updated.err;
  absl::StatusOr<Snapshot> api = ReadSnapshot(project.dir() + "/api/mylib.apisnap.txtpb");
  ASSERT_TRUE(api.ok()) << api.status();
  EXPECT_THAT(DeclIds(*api), ::testing::Contains("function:mylib::add(int, int)"));
  EXPECT_THAT(ReadFile(project.dir() + "/api/mylib.api"), HasSubstr("int add(int a, int b);"));
  project.Git("add -A");
  project.Git("commit -q -m 'mylib 1.0.0'");
  project.Git("tag v1.0.0");
  // Work after the release (the release commit itself would be compared
  // with the release before it, which there is none of).
  project.Git("commit -q --allow-empty -m 'work after 1.0.0'");
  ExpectPasses(project.Ctest("clang"));

  std::string gcc = Gcc();
  if (!gcc.empty()) {
    CommandResult gcc_configured = project.Configure("gcc", gcc);
    ASSERT_EQ(gcc_configured.exit_code, 0) << gcc_configured.out << gcc_configured.err;
    EXPECT_THAT(gcc_configured.out,
                HasSubstr("apicompat: mylib's API is recorded in headers mode"));
    CommandResult gcc_built = project.Build("gcc");
    ASSERT_EQ(gcc_built.exit_code, 0) << gcc_built.out << gcc_built.err;
    ExpectPasses(project.Ctest("gcc"));  // header mode sees the plugin's API
  }

  // A pull request removes a parameter, and even updates the API file.
  project.RemoveParameter();
  CommandResult rebuilt = project.Build("clang");
  ASSERT_EQ(rebuilt.exit_code, 0) << rebuilt.out << rebuilt.err;
  ASSERT_EQ(project.Build("clang", "apicompat-update-mylib").exit_code, 0);
  ExpectFailsOnTheBreak(project.Ctest("clang"));
  if (!gcc.empty()) {
    ASSERT_EQ(project.Build("gcc").exit_code, 0);
    ExpectFailsOnTheBreak(project.Ctest("gcc"));
  }
}

// The documentation: the man page where `man` looks, and docs/*.md, which
// `apicompat --help` and the reports point installed users to.
TEST(InstallTest, InstallsTheDocumentation) {
  std::string prefix = MakeScratchDir("install-docs") + "/prefix";
  CommandResult installed = Install(prefix);
  ASSERT_EQ(installed.exit_code, 0) << installed.out << installed.err;
  std::string man_page = prefix + "/share/man/man1/apicompat.1";
  ASSERT_TRUE(fs::is_regular_file(man_page));
  EXPECT_EQ(ReadFile(man_page), ReadFile(SourceDir() + "/docs/apicompat.1"));
  int docs = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(SourceDir() + "/docs")) {
    if (entry.path().extension() != ".md") continue;
    ++docs;
    std::string installed_doc =
        absl::StrCat(prefix, "/share/doc/apicompat/", entry.path().filename().string());
    EXPECT_TRUE(fs::is_regular_file(installed_doc)) << installed_doc;
  }
  EXPECT_GE(docs, 2);
  EXPECT_TRUE(fs::is_regular_file(prefix + "/share/doc/apicompat/rules.md"));
  // man finds the page through the installation's MANPATH, when installed.
  if (testing::Run("command -v man").exit_code == 0) {
    CommandResult shown =
        testing::Run(absl::StrCat("MANPATH=", Quote(prefix + "/share/man"), " MANWIDTH=80 man apicompat"));
    EXPECT_EQ(shown.exit_code, 0) << shown.err;
    EXPECT_THAT(shown.out, HasSubstr("apicompat - API/ABI compatibility gate"));
  }
}

// find_package(apicompat) after add_subdirectory() of the directory that
// defines the library: the plugin's imported target must be visible there.
TEST(InstallTest, FindPackageAfterTheLibrarysSubdirectory) {
  std::string root = MakeScratchDir("install-subdir");
  std::string prefix = root + "/prefix";
  CommandResult installed = Install(prefix);
  ASSERT_EQ(installed.exit_code, 0) << installed.out << installed.err;
  std::string dir = root + "/project";
  WriteFile(dir + "/CMakeLists.txt", R"(cmake_minimum_required(VERSION 3.20)
project(outer LANGUAGES CXX)
add_subdirectory(lib)
find_package(apicompat CONFIG REQUIRED)
apicompat_snapshot(sublib PUBLIC_DIRS lib/include)
)");
  WriteFile(dir + "/lib/CMakeLists.txt",
            "add_library(sublib STATIC sublib.cpp)\n"
            "target_include_directories(sublib PUBLIC include)\n");
  WriteFile(dir + "/lib/include/sublib.h", "#pragma once\nint sub(int a, int b);\n");
  WriteFile(dir + "/lib/sublib.cpp",
            "#include <sublib.h>\nint sub(int a, int b) { return a - b; }\n");
  std::string build = dir + "/build";
  CommandResult configured =
      testing::Run(absl::StrCat(Quote(APICOMPAT_TEST_CMAKE), " -S ", Quote(dir), " -B ", Quote(build),
                       " -G ", Quote(APICOMPAT_TEST_GENERATOR), " -DCMAKE_CXX_COMPILER=",
                       Quote(ClangCxx()), " -DCMAKE_PREFIX_PATH=", Quote(prefix)));
  ASSERT_EQ(configured.exit_code, 0) << configured.out << configured.err;
  CommandResult built =
      testing::Run(absl::StrCat(Quote(APICOMPAT_TEST_CMAKE), " --build ", Quote(build)));
  ASSERT_EQ(built.exit_code, 0) << built.out << built.err;
  absl::StatusOr<Snapshot> snapshot = ReadSnapshot(build + "/apicompat/sublib.apisnap");
  ASSERT_TRUE(snapshot.ok()) << snapshot.status();
  EXPECT_THAT(DeclIds(*snapshot), ::testing::Contains("function:sub(int, int)"));
}

}  // namespace
}  // namespace apicompat::testing
