// `apicompat snapshot`: the plugin's snapshot without the user's build, from
// a compilation database (-p) or by compiling each public header on its own.
// What it writes must be what the plugin writes for the same sources.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "apicompat/report.pb.h"
#include "apicompat/snapshot.pb.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "snapshot_io.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

Snapshot ReadOrFail(const std::string& path) {
  absl::StatusOr<Snapshot> snapshot = ReadSnapshot(path);
  EXPECT_TRUE(snapshot.ok()) << snapshot.status();
  return snapshot.ok() ? *snapshot : Snapshot();
}

// The findings of `apicompat diff -v` (exempt changes and info included).
std::vector<std::string> Findings(const std::string& baseline, const std::string& current) {
  CommandResult diff = Apicompat(absl::StrCat("diff -v --format json ", Quote(baseline), " ",
                                              Quote(current)));
  EXPECT_EQ(diff.exit_code, 0) << diff.err;
  Report report;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(diff.out, &report, options).ok())
      << diff.out;
  std::vector<std::string> findings;
  for (const Finding& finding : report.findings()) {
    findings.push_back(absl::StrCat(finding.rule(), " ", finding.decl()));
  }
  return findings;
}

// Exit 2 and exactly one line, the error.
void ExpectOneLineError(const CommandResult& result, const std::string& about) {
  EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
  EXPECT_THAT(result.err, StartsWith("apicompat: error: "));
  EXPECT_THAT(result.err, HasSubstr(about));
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
}

std::string Json(const std::string& text) {
  return absl::StrCat("\"", text, "\"");
}

// One compile_commands.json entry with the "arguments" form.
std::string Entry(const std::string& directory, const std::string& file,
                  const std::vector<std::string>& arguments) {
  std::vector<std::string> quoted;
  for (const std::string& argument : arguments) quoted.push_back(Json(argument));
  return absl::StrCat("{\"directory\": ", Json(directory), ", \"file\": ", Json(file),
                      ", \"arguments\": [", absl::StrJoin(quoted, ", "), "]}");
}

// ---------------------------------------------------------------------------
// examples/libgeo 1.0 built by CMake with the plugin, against both modes.

class LibgeoTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeScratchDir("libgeo");
    library_ = SourceDir() + "/examples/libgeo/1.0";
    CommandResult flags = Apicompat("flags --public-dir " + Quote(library_ + "/include"));
    ASSERT_EQ(flags.exit_code, 0) << flags.err;
    std::string plugin_flags(absl::StripTrailingAsciiWhitespace(flags.out));
    CommandResult configured = testing::Run(absl::StrCat(
        Quote(APICOMPAT_TEST_CMAKE), " -S ", Quote(library_), " -B ", Quote(build()),
        " -G ", Quote(APICOMPAT_TEST_GENERATOR), " -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_CXX_COMPILER=", Quote(ClangCxx()),
        " -DAPICOMPAT_ATTRIBUTES_DIR=", Quote(SourceDir() + "/attributes/include"),
        " -DCMAKE_CXX_FLAGS=", Quote(plugin_flags)));
    ASSERT_EQ(configured.exit_code, 0) << configured.out << configured.err;
    CommandResult built = testing::Run(absl::StrCat(Quote(APICOMPAT_TEST_CMAKE), " --build ",
                                           Quote(build())));
    ASSERT_EQ(built.exit_code, 0) << built.out << built.err;
    CommandResult merged = Apicompat(absl::StrCat("merge -o ", Quote(plugin_snapshot()), " ",
                                                  Quote(build() + "/CMakeFiles/geo.dir")));
    ASSERT_EQ(merged.exit_code, 0) << merged.err;
  }

  std::string build() const { return dir_ + "/build"; }
  std::string plugin_snapshot() const { return dir_ + "/plugin.apisnap"; }

  std::string dir_;
  std::string library_;
};

TEST_F(LibgeoTest, BuildModeAndHeaderModeGiveThePluginBuildsSnapshot) {
  Snapshot plugin = ReadOrFail(plugin_snapshot());
  EXPECT_THAT(plugin.header().translation_units(),
              ElementsAre("src/algorithms.cpp", "src/point.cpp", "src/shapes.cpp",
                          "src/version.cpp"));
  ASSERT_GT(plugin.decls_size(), 20);

  // -p: the same compile commands, the same collector, the same merge.
  std::string from_database = dir_ + "/database.apisnap";
  CommandResult snapshot = Apicompat(absl::StrCat(
      "snapshot -p ", Quote(build()), " -o ", Quote(from_database), " --public-dir ",
      Quote(library_ + "/include")));
  ASSERT_EQ(snapshot.exit_code, 0) << snapshot.err;
  EXPECT_EQ(snapshot.err, "");
  EXPECT_THAT(snapshot.out, HasSubstr("4 translation units"));
  EXPECT_TRUE(ReadFile(from_database) == ReadFile(plugin_snapshot()))
      << "snapshot -p differs from the plugin build's merged snapshot";

  // Header mode: each public header on its own; the translation units are
  // the headers, the declarations the same.
  std::string from_headers = dir_ + "/headers.apisnap";
  snapshot = testing::Run(absl::StrCat("cd ", Quote(library_), " && ", Quote(ApicompatBinary()),
                              " snapshot -o ", Quote(from_headers),
                              " --public-dir include --std=c++17 -I",
                              Quote(SourceDir() + "/attributes/include")));
  ASSERT_EQ(snapshot.exit_code, 0) << snapshot.err;
  EXPECT_EQ(snapshot.err, "");
  EXPECT_THAT(snapshot.out, HasSubstr("4 headers"));
  Snapshot headers = ReadOrFail(from_headers);
  EXPECT_THAT(headers.header().translation_units(),
              ElementsAre("include/geo/algorithms.h", "include/geo/point.h",
                          "include/geo/shapes.h", "include/geo/version.h"));
  EXPECT_EQ(DeclIds(headers), DeclIds(plugin));
  EXPECT_THAT(Findings(plugin_snapshot(), from_headers), ::testing::IsEmpty());
  EXPECT_THAT(Findings(from_headers, plugin_snapshot()), ::testing::IsEmpty());
  headers.clear_header();
  plugin.clear_header();
  EXPECT_EQ(Serialize(headers, SnapshotFormat::kText), Serialize(plugin, SnapshotFormat::kText));
}

TEST_F(LibgeoTest, BuildModeRestrictedToSourcesMatchesTheirObjectsSnapshots) {
  std::string out = dir_ + "/point.apisnap";
  CommandResult snapshot = testing::Run(absl::StrCat(
      "cd ", Quote(library_), " && ", Quote(ApicompatBinary()), " snapshot -p ",
      Quote(build()), " -o ", Quote(out), " --public-dir include src/point.cpp"));
  ASSERT_EQ(snapshot.exit_code, 0) << snapshot.err;
  EXPECT_THAT(snapshot.out, HasSubstr("1 translation units"));
  std::string merged = dir_ + "/point-plugin.apisnap";
  CommandResult merge = Apicompat(absl::StrCat(
      "merge -o ", Quote(merged), " ",
      Quote(build() + "/CMakeFiles/geo.dir/src/point.cpp.o.apisnap")));
  ASSERT_EQ(merge.exit_code, 0) << merge.err;
  EXPECT_TRUE(ReadFile(out) == ReadFile(merged));
  EXPECT_THAT(ReadOrFail(out).header().translation_units(), ElementsAre("src/point.cpp"));
}

// ---------------------------------------------------------------------------
// Small projects with hand-written compilation databases.

class SnapshotToolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    project_ = MakeScratchDir("project");
    WriteFile(project_ + "/include/lib/api.h",
              "#pragma once\n"
              "#include <stddef.h>\n"
              "#include <apicompat/attributes.h>\n"
              "namespace lib {\n"
              "struct Buffer { char* data; size_t size; };\n"
              "size_t fill(Buffer& buffer, char value = 0);\n"
              "[[apicompat::internal_api]] int tune(int level);\n"
              "APICOMPAT_EXPERIMENTAL_API int trial();\n"
              "}  // namespace lib\n");
    WriteFile(project_ + "/include/lib/config.h",
              "#pragma once\n"
              "namespace lib {\n"
              "struct Config {\n"
              "  int level;\n"
              "#ifdef LIB_WIDE\n"
              "  long long extra;\n"
              "#endif\n"
              "};\n"
              "}  // namespace lib\n");
    WriteFile(project_ + "/src/fill.cpp",
              "#include \"lib/api.h\"\n"
              "#include \"lib/config.h\"\n"
              "size_t lib::fill(Buffer& b, char v) { for (size_t i = 0; i < b.size; ++i) "
              "b.data[i] = v; return b.size; }\n");
    WriteFile(project_ + "/src/tune.cpp",
              "#include \"lib/config.h\"\n"
              "#include \"lib/api.h\"\n"
              "int lib::tune(int level) { return level; }\n");
    fs::create_directories(project_ + "/build");
  }

  // A compile command as a CMake build would record it: run in build/,
  // relative paths, the object and dependency file as outputs.
  std::vector<std::string> Command(const std::string& compiler, const std::string& source,
                                   const std::vector<std::string>& flags = {}) const {
    std::vector<std::string> command = {compiler, "-std=c++17", "-I../include",
                                        "-I" + SourceDir() + "/attributes/include"};
    command.insert(command.end(), flags.begin(), flags.end());
    std::string object = "CMakeFiles/lib.dir/" + source + ".o";
    command.insert(command.end(), {"-MD", "-MT", object, "-MF", object + ".d", "-o", object,
                                   "-c", "../" + source});
    return command;
  }

  void WriteDatabase(const std::vector<std::string>& entries) const {
    WriteFile(project_ + "/build/compile_commands.json",
              absl::StrCat("[\n", absl::StrJoin(entries, ",\n"), "\n]\n"));
  }

  // Runs `command` in build/ with the plugin; returns its snapshot.
  std::string CompileWithPluginAsIn(std::vector<std::string> command) const {
    std::string out = project_ + "/plugin/" + fs::path(command.back()).filename().string() +
                      ".apisnap";
    std::vector<std::string> quoted;
    for (const std::string& arg : command) quoted.push_back(Quote(arg));
    fs::create_directories(project_ + "/build/CMakeFiles/lib.dir/src");
    CommandResult compiled = testing::Run(absl::StrCat(
        "cd ", Quote(project_ + "/build"), " && ", absl::StrJoin(quoted, " "), " -fplugin=",
        Quote(PluginPath()), " -fplugin-arg-apicompat-public-dir=",
        Quote(project_ + "/include"), " -fplugin-arg-apicompat-out=", Quote(out)));
    EXPECT_EQ(compiled.exit_code, 0) << compiled.err;
    return out;
  }

  CommandResult RunTool(const std::string& args) const {
    return testing::Run(absl::StrCat("cd ", Quote(project_), " && ", Quote(ApicompatBinary()),
                            " snapshot ", args));
  }

  std::string project_;
};

TEST_F(SnapshotToolTest, GccCompileCommandsDropWhatClangDoesNotKnow) {
  // -fconserve-stack and -fno-lifetime-dse are GCC's only (Clang's driver
  // rejects them); -Wno-maybe-uninitialized and -Wlogical-op are unknown
  // warnings, which -Werror would make errors; ccache wraps the compiler.
  std::vector<std::string> gcc_flags = {"-O2", "-fconserve-stack", "-fno-lifetime-dse",
                                        "-Wall", "-Werror", "-Wno-maybe-uninitialized",
                                        "-Wlogical-op"};
  std::vector<std::string> fill = Command("/usr/bin/g++", "src/fill.cpp", gcc_flags);
  std::vector<std::string> tune = Command("g++", "src/tune.cpp", gcc_flags);
  tune.insert(tune.begin(), "ccache");
  WriteDatabase({Entry(project_ + "/build", "../src/fill.cpp", fill),
                 Entry(project_ + "/build", project_ + "/src/tune.cpp", tune)});
  CommandResult snapshot = RunTool("-p build -o gcc.apisnap --public-dir include");
  ASSERT_EQ(snapshot.exit_code, 0) << snapshot.err;
  EXPECT_EQ(snapshot.err,
            "apicompat: warning: ignoring '-fconserve-stack', which Clang does not know "
            "(first seen compiling src/fill.cpp)\n"
            "apicompat: warning: ignoring '-fno-lifetime-dse', which Clang does not know "
            "(first seen compiling src/fill.cpp)\n");

  // The same sources compiled by Clang with the plugin, then merged.
  std::string fill_snapshot = CompileWithPluginAsIn(Command(ClangCxx(), "src/fill.cpp"));
  std::string tune_snapshot = CompileWithPluginAsIn(Command(ClangCxx(), "src/tune.cpp"));
  std::string merged = project_ + "/plugin.apisnap";
  CommandResult merge = Apicompat(absl::StrCat("merge -o ", Quote(merged), " ",
                                               Quote(fill_snapshot), " ", Quote(tune_snapshot)));
  ASSERT_EQ(merge.exit_code, 0) << merge.err;
  EXPECT_THAT(Findings(merged, project_ + "/gcc.apisnap"), ::testing::IsEmpty());
  Snapshot gcc = ReadOrFail(project_ + "/gcc.apisnap");
  EXPECT_THAT(gcc.header().translation_units(), ElementsAre("src/fill.cpp", "src/tune.cpp"));
  EXPECT_THAT(DeclIds(gcc), ElementsAre("function:lib::fill(lib::Buffer &, char)",
                                        "function:lib::trial()", "function:lib::tune(int)",
                                        "namespace:lib", "record:lib::Buffer",
                                        "record:lib::Config"));
  // [[apicompat::internal_api]] is the plugin's own attribute: the tool
  // registers it too.
  for (const Decl& decl : gcc.decls()) {
    if (decl.id() == "function:lib::tune(int)") EXPECT_EQ(decl.stability().tier(), INTERNAL);
    if (decl.id() == "function:lib::trial()") EXPECT_EQ(decl.stability().tier(), EXPERIMENTAL);
  }
}

TEST_F(SnapshotToolTest, PerFileDefineChangingALayoutIsAConflictNamingBothUnits) {
  WriteDatabase({Entry(project_ + "/build", "../src/fill.cpp",
                       Command(ClangCxx(), "src/fill.cpp")),
                 Entry(project_ + "/build", "../src/tune.cpp",
                       Command(ClangCxx(), "src/tune.cpp", {"-DLIB_WIDE"}))});
  CommandResult conflict = RunTool("-p build -o lib.apisnap --public-dir include");
  ExpectOneLineError(conflict, "lib::Config");
  EXPECT_THAT(conflict.err, HasSubstr("src/fill.cpp"));
  EXPECT_THAT(conflict.err, HasSubstr("src/tune.cpp"));
  EXPECT_FALSE(fs::exists(project_ + "/lib.apisnap"));

  CommandResult kept = RunTool("-p build -o lib.apisnap --public-dir include --keep-first");
  ASSERT_EQ(kept.exit_code, 0) << kept.err;
  EXPECT_THAT(kept.err, HasSubstr("apicompat: warning: kept the first"));
  Snapshot kept_snapshot = ReadOrFail(project_ + "/lib.apisnap");
  for (const Decl& decl : kept_snapshot.decls()) {
    if (decl.id() == "record:lib::Config") EXPECT_EQ(decl.record().size_bytes(), 4u);
  }
}

TEST_F(SnapshotToolTest, FlagsAfterDoubleDashReachEveryCompile) {
  WriteDatabase({Entry(project_ + "/build", "../src/tune.cpp",
                       Command(ClangCxx(), "src/tune.cpp"))});
  CommandResult snapshot = RunTool("-p build -o wide.apisnap --public-dir include -- -DLIB_WIDE");
  ASSERT_EQ(snapshot.exit_code, 0) << snapshot.err;
  Snapshot wide = ReadOrFail(project_ + "/wide.apisnap");
  for (const Decl& decl : wide.decls()) {
    if (decl.id() == "record:lib::Config") EXPECT_EQ(decl.record().size_bytes(), 16u);
  }
}

TEST_F(SnapshotToolTest, ParallelJobsWriteWhatOneJobWrites) {
  // Eight units, GCC flags to warn about, progress shown: -j 3 must write
  // the bytes and the messages of -j 1.
  std::vector<std::string> entries;
  for (int i = 0; i < 8; ++i) {
    std::string source = absl::StrCat("src/unit", i, ".cpp");
    WriteFile(project_ + "/" + source,
              absl::StrCat("#include \"lib/api.h\"\n#include \"lib/config.h\"\n",
                           "int unit", i, "(lib::Config c) { return c.level + ", i, "; }\n"));
    entries.push_back(Entry(project_ + "/build", "../" + source,
                            Command(i % 2 ? "g++" : ClangCxx(), source,
                                    {i % 2 ? "-fconserve-stack" : "-O2"})));
  }
  WriteDatabase(entries);
  CommandResult serial = RunTool("-p build -o serial.apisnap --public-dir include --progress -j 1");
  ASSERT_EQ(serial.exit_code, 0) << serial.err;
  EXPECT_THAT(serial.err, HasSubstr("[8/8] src/unit7.cpp\n"));
  EXPECT_THAT(serial.err, HasSubstr("ignoring '-fconserve-stack'"));
  for (const char* jobs : {"-j 3", "-j3", "--jobs 8", ""}) {
    CommandResult parallel = RunTool(absl::StrCat(
        "-p build -o parallel.apisnap --public-dir include --progress ", jobs));
    ASSERT_EQ(parallel.exit_code, 0) << jobs << parallel.err;
    EXPECT_EQ(parallel.err, serial.err) << jobs;
    EXPECT_EQ(parallel.out, absl::StrReplaceAll(serial.out, {{"serial", "parallel"}})) << jobs;
    EXPECT_TRUE(ReadFile(project_ + "/parallel.apisnap") == ReadFile(project_ + "/serial.apisnap"))
        << jobs;
  }
  // Header mode too.
  ASSERT_EQ(RunTool("-o h1.apisnap --public-dir include -j1 -I" +
                    Quote(SourceDir() + "/attributes/include")).exit_code, 0);
  ASSERT_EQ(RunTool("-o h2.apisnap --public-dir include -j2 -I" +
                    Quote(SourceDir() + "/attributes/include")).exit_code, 0);
  EXPECT_TRUE(ReadFile(project_ + "/h1.apisnap") == ReadFile(project_ + "/h2.apisnap"));
}

TEST_F(SnapshotToolTest, ParallelJobsReportTheFirstUnitThatDoesNotCompile) {
  std::vector<std::string> entries;
  for (int i = 0; i < 6; ++i) {
    std::string source = absl::StrCat("src/unit", i, ".cpp");
    WriteFile(project_ + "/" + source,
              i == 2 || i == 4 ? absl::StrCat("#include \"lib/missing", i, ".h\"\n")
                               : "#include \"lib/api.h\"\n");
    entries.push_back(Entry(project_ + "/build", "../" + source, Command(ClangCxx(), source)));
  }
  WriteDatabase(entries);
  for (const char* jobs : {"-j 1", "-j 4"}) {
    CommandResult failed = RunTool(absl::StrCat("-p build -o out.apisnap --public-dir include ", jobs));
    EXPECT_EQ(failed.exit_code, 2) << jobs;
    // Clang's diagnostics, each line whole, then the first unit that failed.
    EXPECT_THAT(failed.err, HasSubstr("src/unit2.cpp:1:10: fatal error: 'lib/missing2.h' file "
                                      "not found\n"));
    EXPECT_THAT(failed.err, ::testing::EndsWith("apicompat: error: snapshot: src/unit2.cpp does "
                                                "not compile (Clang's errors are above)\n"));
    EXPECT_FALSE(fs::exists(project_ + "/out.apisnap"));
  }
  ExpectOneLineError(RunTool("-p build -o out.apisnap --public-dir include -j 0"),
                     "-j takes a number of jobs (1 or more), not '0'");
  ExpectOneLineError(RunTool("-p build -o out.apisnap --public-dir include --jobs=many"),
                     "not 'many'");
  ExpectOneLineError(RunTool("-p build -o out.apisnap --public-dir include -j 2 -j 3"),
                     "flag '-j' given twice");
}

// Skipping function bodies (the default) records what parsing them records:
// the constructs whose facts could come from a body, compared with
// --parse-function-bodies and with the plugin, which compiles everything.
TEST_F(SnapshotToolTest, SkippedFunctionBodiesChangeNoByte) {
  WriteFile(project_ + "/include/lib/bodies.h",
            "#pragma once\n"
            "#include <vector>\n"
            "#include <string>\n"
            "namespace lib {\n"
            "constexpr int twice(int x) { return 2 * x; }\n"
            "inline auto deduced() { return std::vector<int>{1}; }\n"
            "inline decltype(auto) same(int& x) { return (x); }\n"
            "constexpr int kFour = twice(2);\n"
            "struct Sized { char data[twice(3)]; decltype(deduced()) items; };\n"
            "template <typename T> struct Box { T value; T get() const { return value; } };\n"
            "using IntBox = Box<int>;\n"
            "struct Shape {\n"
            "  virtual ~Shape() {}\n"
            "  virtual double area() const { return 0; }\n"
            "  virtual std::string name() const;\n"
            "  auto perimeter() const { return area() * 2; }\n"
            "};\n"
            "struct Square final : Shape { double side; double area() const override; };\n"
            "inline int uses_lambda(int x, int (*f)(int) = [](int y) { return y; }) {\n"
            "  static Box<long> cache{}; return f(x) + static_cast<int>(cache.get());\n"
            "}\n"
            "template <typename T> T sum(const std::vector<T>& v) { T s{}; for (T x : v) s += x; "
            "return s; }\n"
            "}  // namespace lib\n");
  WriteFile(project_ + "/src/bodies.cpp",
            "#include \"lib/bodies.h\"\n"
            "#include <map>\n"
            "namespace lib {\n"
            "std::string Shape::name() const { std::map<int, Box<double>> m; return \"shape\"; }\n"
            "double Square::area() const { Box<Square*> b{nullptr}; return side * side + "
            "sum(std::vector<double>{b.get() ? 1.0 : 2.0}); }\n"
            "}  // namespace lib\n");
  WriteDatabase({Entry(project_ + "/build", "../src/bodies.cpp",
                       Command(ClangCxx(), "src/bodies.cpp")),
                 Entry(project_ + "/build", "../src/fill.cpp",
                       Command(ClangCxx(), "src/fill.cpp"))});
  CommandResult skipped = RunTool("-p build -o skipped.apisnap --public-dir include");
  ASSERT_EQ(skipped.exit_code, 0) << skipped.err;
  CommandResult parsed =
      RunTool("-p build -o parsed.apisnap --public-dir include --parse-function-bodies");
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  std::string bytes = ReadFile(project_ + "/skipped.apisnap");
  EXPECT_TRUE(bytes == ReadFile(project_ + "/parsed.apisnap"));
  std::string merged = project_ + "/plugin.apisnap";
  CommandResult merge = Apicompat(absl::StrCat(
      "merge -o ", Quote(merged), " ",
      Quote(CompileWithPluginAsIn(Command(ClangCxx(), "src/bodies.cpp"))), " ",
      Quote(CompileWithPluginAsIn(Command(ClangCxx(), "src/fill.cpp")))));
  ASSERT_EQ(merge.exit_code, 0) << merge.err;
  Snapshot plugin = ReadOrFail(merged);
  Snapshot tool = ReadOrFail(project_ + "/skipped.apisnap");
  EXPECT_THAT(DeclIds(tool), ::testing::Contains("record:lib::Sized"));
  plugin.clear_header();
  tool.clear_header();
  EXPECT_EQ(Serialize(tool, SnapshotFormat::kText), Serialize(plugin, SnapshotFormat::kText));
  // Header mode, the same two ways.
  std::string attributes = " -I" + Quote(SourceDir() + "/attributes/include");
  ASSERT_EQ(RunTool("-o h1.apisnap --public-dir include" + attributes).exit_code, 0);
  ASSERT_EQ(RunTool("-o h2.apisnap --public-dir include --parse-function-bodies" + attributes)
                .exit_code, 0);
  EXPECT_TRUE(ReadFile(project_ + "/h1.apisnap") == ReadFile(project_ + "/h2.apisnap"));
}

// The same proof over every rule case: each side's headers, in header mode,
// with and without skipping bodies, give the same bytes (or fail alike).
TEST(SkippedFunctionBodiesTest, EveryRuleCaseGivesTheSameBytes) {
  std::string scratch = MakeScratchDir("rule-cases");
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(SourceDir() + "/tests/cases")) {
    cases.push_back(entry.path());
  }
  std::sort(cases.begin(), cases.end());
  int compared = 0;
  for (const fs::path& dir : cases) {
    std::string config = fs::exists(dir / "case.cfg") ? ReadFile((dir / "case.cfg").string()) : "";
    std::string flags = " -I" + Quote(SourceDir() + "/attributes/include");
    if (absl::StrContains(config, "lang = c") && !absl::StrContains(config, "lang = c++")) {
      absl::StrAppend(&flags, " -x c");
    }
    if (absl::StrContains(config, "std = c++20")) absl::StrAppend(&flags, " --std c++20");
    for (const char* side : {"old", "new"}) {
      std::string headers = (dir / side).string();
      if (!fs::is_directory(headers)) continue;
      std::string base = absl::StrCat(scratch, "/", dir.filename().string(), "-", side);
      CommandResult skipped = Apicompat(absl::StrCat(
          "snapshot --allow-empty -o ", Quote(base + ".skipped"), " --public-dir ",
          Quote(headers), flags));
      CommandResult parsed = Apicompat(absl::StrCat(
          "snapshot --allow-empty --parse-function-bodies -o ", Quote(base + ".parsed"),
          " --public-dir ", Quote(headers), flags));
      ASSERT_EQ(skipped.exit_code, parsed.exit_code) << headers << skipped.err << parsed.err;
      if (skipped.exit_code != 0) continue;
      EXPECT_TRUE(ReadFile(base + ".skipped") == ReadFile(base + ".parsed")) << headers;
      ++compared;
    }
  }
  EXPECT_GT(compared, 150);
}

TEST_F(SnapshotToolTest, HeaderModeTakesDefinesAndIncludeDirs) {
  std::string attributes = Quote(SourceDir() + "/attributes/include");
  CommandResult narrow = RunTool("-o narrow.apisnap --public-dir include -I " + attributes);
  ASSERT_EQ(narrow.exit_code, 0) << narrow.err;
  CommandResult wide = RunTool("-o wide.apisnap --public-dir include -DLIB_WIDE -I" + attributes);
  ASSERT_EQ(wide.exit_code, 0) << wide.err;
  auto config_size = [&](const std::string& file) {
    Snapshot snapshot = ReadOrFail(project_ + "/" + file);
    for (const Decl& decl : snapshot.decls()) {
      if (decl.id() == "record:lib::Config") return decl.record().size_bytes();
    }
    return uint64_t{0};
  };
  EXPECT_EQ(config_size("narrow.apisnap"), 4u);
  EXPECT_EQ(config_size("wide.apisnap"), 16u);
  EXPECT_THAT(ReadOrFail(project_ + "/narrow.apisnap").header().translation_units(),
              ElementsAre("include/lib/api.h", "include/lib/config.h"));
}

TEST_F(SnapshotToolTest, HeaderModeForCHeaders) {
  std::string c_headers = SourceDir() + "/tests/cases/c-functions/new";
  std::string from_headers = project_ + "/c.apisnap";
  CommandResult snapshot = RunTool(absl::StrCat("-o ", Quote(from_headers), " --public-dir ",
                                                 Quote(c_headers), " -x c"));
  ASSERT_EQ(snapshot.exit_code, 0) << snapshot.err;
  // The plugin, compiling a C file that includes every header.
  std::string includes;
  for (const auto& entry : fs::directory_iterator(c_headers)) {
    absl::StrAppend(&includes, "#include \"", entry.path().string(), "\"\n");
  }
  WriteFile(project_ + "/src/all.c", includes);
  std::string from_plugin = project_ + "/plugin.apisnap";
  CommandResult compiled =
      CompileWithPlugin(project_ + "/src/all.c", c_headers, from_plugin, "", "c");
  ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  Snapshot plugin = ReadOrFail(from_plugin);
  ASSERT_GT(plugin.decls_size(), 0);
  EXPECT_EQ(DeclIds(ReadOrFail(from_headers)), DeclIds(plugin));
  EXPECT_THAT(Findings(from_plugin, from_headers), ::testing::IsEmpty());
}

TEST_F(SnapshotToolTest, HeaderThatDoesNotCompileIsAnError) {
  WriteFile(project_ + "/include/lib/broken.h", "int broken(;\n");
  CommandResult snapshot = RunTool("-o out.apisnap --public-dir include -I" +
                                   Quote(SourceDir() + "/attributes/include"));
  EXPECT_EQ(snapshot.exit_code, 2);
  EXPECT_THAT(snapshot.err, HasSubstr("broken.h:1:"));  // Clang's diagnostic
  EXPECT_THAT(snapshot.err, HasSubstr("apicompat: error: snapshot: include/lib/broken.h does "
                                      "not compile (Clang's errors are above)\n"));
  EXPECT_FALSE(fs::exists(project_ + "/out.apisnap"));
}

TEST_F(SnapshotToolTest, TranslationUnitThatDoesNotCompileIsAnError) {
  WriteFile(project_ + "/src/bad.cpp", "#include \"lib/missing.h\"\n");
  WriteDatabase({Entry(project_ + "/build", "../src/bad.cpp", Command(ClangCxx(), "src/bad.cpp"))});
  CommandResult snapshot = RunTool("-p build -o out.apisnap --public-dir include");
  EXPECT_EQ(snapshot.exit_code, 2);
  EXPECT_THAT(snapshot.err, HasSubstr("'lib/missing.h' file not found"));
  EXPECT_THAT(snapshot.err, HasSubstr("apicompat: error: snapshot: src/bad.cpp does not compile"));
}

TEST_F(SnapshotToolTest, BadInputIsOneLineAndExitTwo) {
  ExpectOneLineError(RunTool("-p build -o out.apisnap --public-dir include"),
                     "no compile_commands.json in build");
  ExpectOneLineError(RunTool("-p nowhere -o out.apisnap --public-dir include"),
                     "-p nowhere: no such file or directory");
  WriteFile(project_ + "/build/compile_commands.json", "[{\"directory\": 3");
  ExpectOneLineError(RunTool("-p build -o out.apisnap --public-dir include"), "not valid JSON");
  WriteFile(project_ + "/build/compile_commands.json", "[{\"directory\": \"/\"}]");
  ExpectOneLineError(RunTool("-p build -o out.apisnap --public-dir include"), "cannot read");
  WriteDatabase({Entry(project_ + "/build", "../src/fill.cpp",
                       Command(ClangCxx(), "src/fill.cpp"))});
  ExpectOneLineError(RunTool("-p build -o out.apisnap --public-dir include src/tune.cpp"),
                     "no compile command for src/tune.cpp");
  ExpectOneLineError(RunTool("-p build -o out.apisnap --public-dir include src/gone.cpp"),
                     "src/gone.cpp: no such file");
  ExpectOneLineError(RunTool("-p build --public-dir include"), "-o OUT is required");
  ExpectOneLineError(RunTool("-p build -o out.apisnap"), "--public-dir");
  ExpectOneLineError(RunTool("-o out.apisnap --public-dir nowhere"),
                     "public dir 'nowhere' does not exist");
  ExpectOneLineError(RunTool("-o out.apisnap --public-dir include --frobnicate"),
                     "unknown flag '--frobnicate'");
  ExpectOneLineError(RunTool("-o out.apisnap --public-dir include -x fortran"), "-x takes c");
  ExpectOneLineError(RunTool("-p build -o out.apisnap --public-dir include -DX"),
                     "are for header mode");
  ExpectOneLineError(RunTool("-o out.apisnap --public-dir include src/fill.cpp"),
                     "unexpected argument 'src/fill.cpp'");
  ExpectOneLineError(RunTool("-o out.apisnap --public-dir src"), "no headers");
  EXPECT_FALSE(fs::exists(project_ + "/out.apisnap"));
}

TEST_F(SnapshotToolTest, HelpPrintsUsage) {
  CommandResult help = RunTool("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_THAT(help.out, StartsWith("usage: apicompat snapshot"));
  EXPECT_THAT(help.out, HasSubstr("-p BUILD_DIR"));
  EXPECT_EQ(help.err, "");
}

// ---------------------------------------------------------------------------
// apicompat_snapshot() with EXCLUDE and ALLOW_EMPTY, in both modes, loaded
// from the source tree over this build's executables.

// A C library laid out like cJSON: its source and an internal header beside
// the public header in include/; detail/ holds more internals.
class CMakeFunctionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeScratchDir("cmake");
    WriteFile(dir_ + "/include/lib.h",
              "#pragma once\n#include \"detail/impl.h\"\n#include \"lib_internal.h\"\n"
              "int lib_add(int x, int y);\n");
    WriteFile(dir_ + "/include/detail/impl.h", "int lib_impl(int);\n");
    WriteFile(dir_ + "/include/lib_internal.h", "int lib_internal(int);\n");
    WriteFile(dir_ + "/include/lib.c",
              "#include \"lib.h\"\ntypedef int helper_t;\n"
              "int lib_add(helper_t a, helper_t b) { return a + b; }\n");
    WriteFile(dir_ + "/other/other.c", "int other(void) { return 0; }\n");
    fs::create_directories(dir_ + "/empty_include");
    WriteFile(dir_ + "/CMakeLists.txt", absl::StrCat(CMakeProjectUsingThisBuild("lib"), R"(
add_library(lib STATIC include/lib.c)
target_include_directories(lib PUBLIC include)
apicompat_snapshot(lib PUBLIC_DIRS include EXCLUDE "detail/*" "*_internal.h")
add_library(other STATIC other/other.c)
target_include_directories(other PUBLIC empty_include)
if(OTHER_ALLOW_EMPTY)
  apicompat_snapshot(other PUBLIC_DIRS empty_include ALLOW_EMPTY)
else()
  apicompat_snapshot(other PUBLIC_DIRS empty_include)
endif()
)"));
  }

  // Configures build-`mode` (plugin or headers) and builds `target`.
  CommandResult ConfigureAndBuild(const std::string& mode, const std::string& target,
                                  const std::string& defines = "") {
    std::string build = dir_ + "/build-" + mode;
    CommandResult configured = testing::Run(absl::StrCat(
        Quote(APICOMPAT_TEST_CMAKE), " -S ", Quote(dir_), " -B ", Quote(build), " -G ",
        Quote(APICOMPAT_TEST_GENERATOR), " -DCMAKE_C_COMPILER=", Quote(ClangC()),
        " -DCMAKE_CXX_COMPILER=", Quote(ClangCxx()), " -DAPICOMPAT_SNAPSHOT_MODE=", mode, " ",
        defines));
    EXPECT_EQ(configured.exit_code, 0) << configured.out << configured.err;
    return testing::Run(absl::StrCat(Quote(APICOMPAT_TEST_CMAKE), " --build ", Quote(build),
                                     " --target ", target));
  }

  std::string dir_;
};

TEST_F(CMakeFunctionsTest, ExcludeLeavesOnlyThePublicHeaderInBothModes) {
  for (const char* mode : {"plugin", "headers"}) {
    SCOPED_TRACE(mode);
    CommandResult built = ConfigureAndBuild(mode, "apicompat-snapshot-lib");
    ASSERT_EQ(built.exit_code, 0) << built.out << built.err;
    Snapshot snapshot =
        ReadOrFail(absl::StrCat(dir_, "/build-", mode, "/apicompat/lib.apisnap"));
    EXPECT_THAT(DeclIds(snapshot), ElementsAre("function:lib_add(int, int)"));
    ASSERT_EQ(snapshot.decls_size(), 1);
    EXPECT_EQ(snapshot.decls(0).location().file(), "lib.h");
    EXPECT_EQ(snapshot.decls(0).function().parameters(0).name(), "x");
  }
}

TEST_F(CMakeFunctionsTest, EmptySnapshotFailsTheBuildUnlessAllowEmpty) {
  for (const char* mode : {"plugin", "headers"}) {
    SCOPED_TRACE(mode);
    CommandResult failed = ConfigureAndBuild(mode, "apicompat-snapshot-other");
    EXPECT_NE(failed.exit_code, 0);
    EXPECT_THAT(failed.out + failed.err,
                HasSubstr(std::string(mode) == "plugin"
                              ? "merge: no public declaration recorded (public dirs: "
                                "empty_include)"
                              : "no headers"));
    CommandResult allowed =
        ConfigureAndBuild(mode, "apicompat-snapshot-other", "-DOTHER_ALLOW_EMPTY=ON");
    ASSERT_EQ(allowed.exit_code, 0) << allowed.out << allowed.err;
    EXPECT_EQ(ReadOrFail(absl::StrCat(dir_, "/build-", mode, "/apicompat/other.apisnap"))
                  .decls_size(),
              0);
  }
}

}  // namespace
}  // namespace apicompat::testing
