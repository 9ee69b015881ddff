// Helpers shared by the tests: run commands, make scratch directories and
// compile sources through the real plugin with the real Clang.
#ifndef APICOMPAT_TESTS_SUPPORT_TEST_SUPPORT_H_
#define APICOMPAT_TESTS_SUPPORT_TEST_SUPPORT_H_

#include <string>
#include <vector>

#include "apicompat/snapshot.pb.h"

namespace apicompat::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `command` through /bin/sh, capturing both streams.
CommandResult Run(const std::string& command);
std::string Quote(const std::string& word);

// A fresh, empty directory under the test's temporary root.
std::string MakeScratchDir(const std::string& name);
std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& contents);

// Paths of what is being tested, from the build.
std::string ApicompatBinary();   // the apicompat CLI
std::string PluginPath();
std::string ClangC();            // clang for C sources
std::string ClangCxx();          // clang++ for C++ sources
std::string SourceDir();         // repository root

// `clang++ -std=c++17 -c` (or clang for lang "c") of `source` with the
// plugin flags for `public_dir` writing `snapshot`, plus `extra` flags.
CommandResult CompileWithPlugin(const std::string& source,
                                const std::string& public_dir,
                                const std::string& snapshot,
                                const std::string& extra = "",
                                const std::string& lang = "c++");

// `git -C dir <args>`; a failure is a test failure.
CommandResult Git(const std::string& dir, const std::string& args);
// A fresh repository on branch main with a local identity and no signing.
void InitGitRepository(const std::string& dir);

// The ids of a snapshot's declarations, in order.
std::vector<std::string> DeclIds(const Snapshot& snapshot);

// The head of a CMakeLists.txt for project `name` (C and C++) that uses
// this build's apicompat without installing it: the imported targets that
// find_package(apicompat) gives, and the CMake functions.
std::string CMakeProjectUsingThisBuild(const std::string& name);

// `apicompat <args>`.
CommandResult Apicompat(const std::string& args);

}  // namespace apicompat::testing

#endif  // APICOMPAT_TESTS_SUPPORT_TEST_SUPPORT_H_
