// attributes.h: every mark on every kind of declaration compiles silently
// under -Wall -Wextra -Werror with GCC and Clang, in C and C++, with and
// without the plugin; APICOMPAT_DEPRECATED warns where it is used.
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "apicompat/snapshot.pb.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "snapshot_io.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

struct Mark {
  std::string prefix;  // names the declarations it marks
  std::string macro;
  Tier tier;
};

const std::vector<Mark>& Marks() {
  static const std::vector<Mark> marks = {
      {"internal", "APICOMPAT_INTERNAL_API", INTERNAL},
      {"experimental", "APICOMPAT_EXPERIMENTAL_API", EXPERIMENTAL},
      {"deprecated", "APICOMPAT_DEPRECATED(\"1.0\", \"2.0\", \"replacement\", \"reason\")",
       DEPRECATED},
  };
  return marks;
}

// Declarations that each mark is put on, with the snapshot id of each.
std::vector<std::pair<std::string, std::string>> MarkedDeclarations(const Mark& mark, bool cxx) {
  const std::string& p = mark.prefix;
  const std::string& m = mark.macro;
  std::vector<std::pair<std::string, std::string>> decls = {
      {absl::StrCat(m, " int ", p, "_function(int value);"),
       absl::StrCat("function:", p, "_function(int)")},
      {absl::StrCat(m, " extern int ", p, "_variable;"), absl::StrCat("variable:", p, "_variable")},
      {absl::StrCat("struct ", m, " ", p, "_struct { int x; };"),
       absl::StrCat("record:", p, "_struct")},
      {absl::StrCat("enum ", m, " ", p, "_enum { ", p, "_enumerator };"),
       absl::StrCat("enum:", p, "_enum")},
  };
  if (cxx) {
    decls.push_back({absl::StrCat("class ", m, " ", p, "_class { public: int x; };"),
                     absl::StrCat("record:", p, "_class")});
    decls.push_back({absl::StrCat("class ", m, " ", p, "_empty_class {};"),
                     absl::StrCat("record:", p, "_empty_class")});
    decls.push_back({absl::StrCat("enum class ", m, " ", p, "_scoped_enum { value };"),
                     absl::StrCat("enum:", p, "_scoped_enum")});
  }
  return decls;
}

std::string MarksHeader(bool cxx) {
  std::string header = "#ifndef MARKS_H\n#define MARKS_H\n#include <apicompat/attributes.h>\n";
  for (const Mark& mark : Marks()) {
    for (const auto& [declaration, id] : MarkedDeclarations(mark, cxx)) {
      absl::StrAppend(&header, declaration, "\n");
    }
  }
  return header + "#endif\n";
}

struct Compiler {
  std::string name;
  std::string command;  // compiler and language standard
  bool cxx;
  bool plugin;
};

void PrintTo(const Compiler& compiler, std::ostream* out) { *out << compiler.name; }

std::string AttributesInclude() { return Quote(SourceDir() + "/attributes/include"); }

// Writes the marks header and a source including it into a scratch dir;
// returns the dir (header in inc/, source in src/).
std::string WriteSources(bool cxx, const std::string& body) {
  std::string dir = MakeScratchDir("marks");
  WriteFile(dir + "/inc/marks.h", MarksHeader(cxx));
  WriteFile(dir + (cxx ? "/src/use.cpp" : "/src/use.c"), "#include \"marks.h\"\n" + body);
  return dir;
}

CommandResult Compile(const Compiler& compiler, const std::string& dir,
                      const std::string& warnings) {
  std::string source = dir + (compiler.cxx ? "/src/use.cpp" : "/src/use.c");
  std::string command = absl::StrCat(compiler.command, " ", warnings, " -I", AttributesInclude(),
                                     " -I", Quote(dir + "/inc"), " -c ", Quote(source), " -o ",
                                     Quote(dir + "/use.o"));
  if (compiler.plugin) {
    absl::StrAppend(&command, " -fplugin=", Quote(PluginPath()),
                    " -fplugin-arg-apicompat-public-dir=", Quote(dir + "/inc"),
                    " -fplugin-arg-apicompat-out=", Quote(dir + "/use.apisnap"));
  }
  return Run(command);
}

std::vector<Compiler> AllCompilers() {
  return {
      {"GccC", "gcc -std=c11", false, false},
      {"GxxCxx", "g++ -std=c++17", true, false},
      {"ClangC", Quote(ClangC()) + " -std=c11", false, false},
      {"ClangCxx", Quote(ClangCxx()) + " -std=c++17", true, false},
      {"ClangCWithPlugin", Quote(ClangC()) + " -std=c11", false, true},
      {"ClangCxxWithPlugin", Quote(ClangCxx()) + " -std=c++17", true, true},
  };
}

class AttributesTest : public ::testing::TestWithParam<Compiler> {};

TEST_P(AttributesTest, EveryMarkCompilesSilentlyUnderWerror) {
  const Compiler& compiler = GetParam();
  std::string dir = WriteSources(compiler.cxx, "int internal_variable = 1;\n");
  CommandResult result = Compile(compiler, dir, "-Wall -Wextra -Werror");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_TRUE(fs::is_regular_file(dir + "/use.o"));
  if (!compiler.plugin) return;

  // With the plugin, each mark gives its tier on each kind of declaration.
  absl::StatusOr<Snapshot> snapshot = ReadSnapshot(dir + "/use.apisnap");
  ASSERT_TRUE(snapshot.ok()) << snapshot.status();
  int expected_count = 0;
  for (const Mark& mark : Marks()) {
    for (const auto& [declaration, id] : MarkedDeclarations(mark, compiler.cxx)) {
      ++expected_count;
      const Decl* found = nullptr;
      for (const Decl& decl : snapshot->decls()) {
        if (decl.id() == id) found = &decl;
      }
      ASSERT_NE(found, nullptr) << id;
      EXPECT_EQ(Tier_Name(found->stability().tier()), Tier_Name(mark.tier)) << declaration;
      if (mark.tier == DEPRECATED) {
        EXPECT_EQ(found->stability().since(), "1.0") << declaration;
        EXPECT_EQ(found->stability().removal(), "2.0") << declaration;
        EXPECT_EQ(found->stability().alternative(), "replacement") << declaration;
        EXPECT_EQ(found->stability().reason(), "reason") << declaration;
      }
    }
  }
  EXPECT_EQ(snapshot->decls_size(), expected_count);
}

TEST_P(AttributesTest, UsingADeprecatedFunctionWarns) {
  const Compiler& compiler = GetParam();
  std::string dir =
      WriteSources(compiler.cxx, "int call(void) { return deprecated_function(1); }\n");
  CommandResult result = Compile(compiler, dir, "-Wall -Wextra");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("deprecated since 1.0, removal in 2.0: use replacement (reason)"));
  EXPECT_THAT(result.err, HasSubstr("-Wdeprecated-declarations"));
  EXPECT_TRUE(fs::is_regular_file(dir + "/use.o"));
}

INSTANTIATE_TEST_SUITE_P(Compilers, AttributesTest, ::testing::ValuesIn(AllCompilers()),
                         [](const ::testing::TestParamInfo<Compiler>& info) {
                           return info.param.name;
                         });

}  // namespace
}  // namespace apicompat::testing
