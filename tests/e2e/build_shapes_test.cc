// The plugin in every shape of compile command a build uses: it writes each
// translation unit's snapshot where `apicompat merge` finds it (next to the
// object file when there is one), with the same content whatever the shape,
// and with only paths relative to the project.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "apicompat/snapshot.pb.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "snapshot_io.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

// A project: include/lib/{api,extra}.h are public, src/private.h is not;
// src/a.cpp includes api.h, src/b.cpp extra.h (which includes api.h) and
// private.h. Compiles run in build/, with TMPDIR=tmp/ (where the driver puts
// its temporaries: nothing of the plugin's may land there).
class BuildShapesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    project_ = MakeScratchDir("project");
    WriteFile(project_ + "/include/lib/api.h",
              "#pragma once\n"
              "namespace lib {\n"
              "struct Point { double x, y; };\n"
              "double norm(Point p);\n"
              "}  // namespace lib\n");
    WriteFile(project_ + "/include/lib/extra.h",
              "#pragma once\n"
              "#include \"lib/api.h\"\n"
              "namespace lib {\n"
              "\n"
              "int scale(Point p, int factor = 2);\n"
              "enum class Mode { kFast, kExact };\n"
              "}  // namespace lib\n");
    WriteFile(project_ + "/src/private.h", "namespace lib { int private_helper(); }\n");
    WriteFile(project_ + "/src/a.cpp",
              "#include \"lib/api.h\"\n"
              "double lib::norm(Point p) { return p.x * p.x + p.y * p.y; }\n");
    WriteFile(project_ + "/src/b.cpp",
              "#include \"lib/extra.h\"\n"
              "#include \"private.h\"\n"
              "int lib::scale(Point p, int factor) { return int(p.x) * factor; }\n"
              "int main() { return lib::scale({1, 2}); }\n");
    fs::create_directories(project_ + "/build");
    fs::create_directories(project_ + "/tmp");
  }

  void TearDown() override {
    // The driver's temporaries are removed; a snapshot there would be lost.
    for (const auto& entry : fs::recursive_directory_iterator(project_ + "/tmp")) {
      ADD_FAILURE() << "left in the temporary directory: " << entry.path();
    }
  }

  std::string PluginFlags(const std::string& out = "") const {
    std::string flags = absl::StrCat("-fplugin=", Quote(PluginPath()),
                                     " -fplugin-arg-apicompat-public-dir=",
                                     Quote(project_ + "/include"));
    if (!out.empty()) absl::StrAppend(&flags, " -fplugin-arg-apicompat-out=", Quote(out));
    return flags;
  }

  // `clang++ -std=c++17 -I../include PLUGIN_FLAGS ARGS` in build/.
  CommandResult Clang(const std::string& args, const std::string& plugin_flags) const {
    return testing::Run(absl::StrCat("cd ", Quote(project_ + "/build"), " && TMPDIR=",
                            Quote(project_ + "/tmp"), " ", Quote(ClangCxx()),
                            " -std=c++17 -I../include ", plugin_flags, " ", args));
  }
  CommandResult Clang(const std::string& args) const { return Clang(args, PluginFlags()); }

  // Compiles and expects success without any output.
  void CompileQuietly(const std::string& args) const {
    CommandResult result = Clang(args);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");
  }

  // The snapshot of `source` as plain `-fsyntax-only` with out= writes it.
  std::string Reference(const std::string& source) const {
    std::string out = absl::StrCat(project_, "/reference/", source, ".apisnap");
    CommandResult result = Clang(absl::StrCat("-fsyntax-only ../src/", source), PluginFlags(out));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return ReadFile(out);
  }

  // The snapshot files under build/, relative to it, sorted.
  std::vector<std::string> SnapshotsInBuild() const {
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(project_ + "/build")) {
      if (entry.path().extension() == ".apisnap") {
        found.push_back(fs::relative(entry.path(), project_ + "/build").string());
      }
    }
    std::sort(found.begin(), found.end());
    return found;
  }

  // The snapshot at build/`path`: as `reference` byte for byte, and free of
  // the project's absolute paths.
  void ExpectSnapshot(const std::string& path, const std::string& reference) const {
    std::string bytes = ReadFile(project_ + "/build/" + path);
    ASSERT_FALSE(bytes.empty()) << path;
    EXPECT_FALSE(absl::StrContains(bytes, project_)) << path << " names the project directory";
    EXPECT_FALSE(absl::StrContains(bytes, fs::temp_directory_path().string()))
        << path << " names the temporary directory";
    EXPECT_TRUE(bytes == reference) << path << " differs from the -fsyntax-only snapshot:\n"
                                    << Dump(bytes) << "\nexpected\n" << Dump(reference);
  }

  static std::string Dump(const std::string& bytes) {
    Snapshot snapshot;
    if (!snapshot.ParseFromString(bytes)) return "<not a snapshot>";
    return Serialize(snapshot, SnapshotFormat::kText);
  }

  Snapshot Read(const std::string& path) const {
    absl::StatusOr<Snapshot> snapshot = ReadSnapshot(project_ + "/build/" + path);
    EXPECT_TRUE(snapshot.ok()) << snapshot.status();
    return snapshot.ok() ? *snapshot : Snapshot();
  }

  std::string project_;
};

TEST_F(BuildShapesTest, ReferenceSnapshotsHoldOnlyTheirTranslationUnitsPublicDeclarations) {
  Snapshot a, b;
  ASSERT_TRUE(a.ParseFromString(Reference("a.cpp")));
  ASSERT_TRUE(b.ParseFromString(Reference("b.cpp")));
  EXPECT_THAT(a.header().translation_units(), ElementsAre("src/a.cpp"));
  EXPECT_THAT(DeclIds(a), ElementsAre("function:lib::norm(lib::Point)", "namespace:lib",
                                      "record:lib::Point"));
  EXPECT_THAT(b.header().translation_units(), ElementsAre("src/b.cpp"));
  EXPECT_THAT(DeclIds(b), ElementsAre("enum:lib::Mode", "function:lib::norm(lib::Point)",
                                      "function:lib::scale(lib::Point, int)", "namespace:lib",
                                      "record:lib::Point"));
  for (const Decl& decl : b.decls()) {
    if (decl.id() == "function:lib::scale(lib::Point, int)") {
      EXPECT_EQ(decl.location().file(), "lib/extra.h");
      EXPECT_EQ(decl.location().line(), 5u);
    }
  }
}

TEST_F(BuildShapesTest, SeveralSourcesInOneCallGetOneSnapshotEach) {
  CompileQuietly("-c ../src/a.cpp ../src/b.cpp");
  EXPECT_THAT(SnapshotsInBuild(), ElementsAre("a.o.apisnap", "b.o.apisnap"));
  ExpectSnapshot("a.o.apisnap", Reference("a.cpp"));
  ExpectSnapshot("b.o.apisnap", Reference("b.cpp"));
}

TEST_F(BuildShapesTest, SyntaxOnlyWritesSourceNameSnapshotInWorkingDirectory) {
  CompileQuietly("-fsyntax-only ../src/b.cpp");
  EXPECT_THAT(SnapshotsInBuild(), ElementsAre("b.cpp.apisnap"));
  ExpectSnapshot("b.cpp.apisnap", Reference("b.cpp"));
}

TEST_F(BuildShapesTest, CompileWithoutOutputNameWritesNextToDefaultObject) {
  CompileQuietly("-c ../src/a.cpp");
  EXPECT_THAT(SnapshotsInBuild(), ElementsAre("a.o.apisnap"));
  ExpectSnapshot("a.o.apisnap", Reference("a.cpp"));
}

TEST_F(BuildShapesTest, CompileWithOutputNameWritesNextToThatObject) {
  fs::create_directories(project_ + "/build/obj");
  CompileQuietly("-c ../src/a.cpp -o obj/geo_a.obj");
  EXPECT_TRUE(fs::is_regular_file(project_ + "/build/obj/geo_a.obj"));
  EXPECT_THAT(SnapshotsInBuild(), ElementsAre("obj/geo_a.obj.apisnap"));
  ExpectSnapshot("obj/geo_a.obj.apisnap", Reference("a.cpp"));
}

TEST_F(BuildShapesTest, CompileAndLinkWritesSourceNameSnapshots) {
  // The objects are driver temporaries, deleted after linking: the
  // snapshots go to the working directory instead, named after the sources.
  CompileQuietly("../src/a.cpp ../src/b.cpp -o prog");
  EXPECT_TRUE(fs::is_regular_file(project_ + "/build/prog"));
  EXPECT_THAT(SnapshotsInBuild(), ElementsAre("a.cpp.apisnap", "b.cpp.apisnap"));
  ExpectSnapshot("a.cpp.apisnap", Reference("a.cpp"));
  ExpectSnapshot("b.cpp.apisnap", Reference("b.cpp"));
}

TEST_F(BuildShapesTest, SaveTempsWritesNextToTheObject) {
  // The front end reads the .ii and writes a .bc; the object comes later.
  CompileQuietly("-c -save-temps ../src/b.cpp");
  EXPECT_TRUE(fs::is_regular_file(project_ + "/build/b.ii"));
  EXPECT_THAT(SnapshotsInBuild(), ElementsAre("b.o.apisnap"));
  ExpectSnapshot("b.o.apisnap", Reference("b.cpp"));
}

TEST_F(BuildShapesTest, SaveTempsObjWritesNextToTheObject) {
  fs::create_directories(project_ + "/build/obj");
  CompileQuietly("-c -save-temps=obj ../src/b.cpp -o obj/b.o");
  EXPECT_TRUE(fs::is_regular_file(project_ + "/build/obj/b.bc"));
  EXPECT_THAT(SnapshotsInBuild(), ElementsAre("obj/b.o.apisnap"));
  ExpectSnapshot("obj/b.o.apisnap", Reference("b.cpp"));
}

TEST_F(BuildShapesTest, LtoWritesNextToTheBitcodeObject) {
  CompileQuietly("-c -flto ../src/a.cpp ../src/b.cpp");
  EXPECT_THAT(SnapshotsInBuild(), ElementsAre("a.o.apisnap", "b.o.apisnap"));
  ExpectSnapshot("a.o.apisnap", Reference("a.cpp"));
  ExpectSnapshot("b.o.apisnap", Reference("b.cpp"));
}

TEST_F(BuildShapesTest, ExternalAssemblerWritesNextToTheObject) {
  // The front end only sees a temporary .s: the object's name comes from
  // the driver's command line.
  fs::create_directories(project_ + "/build/obj");
  CompileQuietly("-c -fno-integrated-as ../src/a.cpp");
  CompileQuietly("-c -fno-integrated-as ../src/b.cpp -o obj/b.o");
  EXPECT_THAT(SnapshotsInBuild(), ElementsAre("a.o.apisnap", "obj/b.o.apisnap"));
  ExpectSnapshot("a.o.apisnap", Reference("a.cpp"));
  ExpectSnapshot("obj/b.o.apisnap", Reference("b.cpp"));
}

TEST_F(BuildShapesTest, ExternalAssemblerWithResponseFileAndSpawnedFrontEnd) {
  fs::create_directories(project_ + "/build/obj");
  WriteFile(project_ + "/build/args.rsp", "-c ../src/b.cpp -o obj/b.o\n");
  CompileQuietly("-fno-integrated-as -fno-integrated-cc1 @args.rsp");
  EXPECT_THAT(SnapshotsInBuild(), ElementsAre("obj/b.o.apisnap"));
  ExpectSnapshot("obj/b.o.apisnap", Reference("b.cpp"));
}

TEST_F(BuildShapesTest, OutDirectoryGetsOneSnapshotPerSource) {
  fs::create_directories(project_ + "/build/existing");
  for (const char* out : {"existing", "created/"}) {
    CommandResult result = Clang("-c ../src/a.cpp ../src/b.cpp", PluginFlags(out));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");
  }
  // Named by the source's path in the project (the parent of the public
  // dir), as the snapshot names its translation unit.
  EXPECT_THAT(SnapshotsInBuild(),
              ElementsAre("created/src/a.cpp.apisnap", "created/src/b.cpp.apisnap",
                          "existing/src/a.cpp.apisnap", "existing/src/b.cpp.apisnap"));
  for (const char* dir : {"created/", "existing/"}) {
    ExpectSnapshot(absl::StrCat(dir, "src/a.cpp.apisnap"), Reference("a.cpp"));
    ExpectSnapshot(absl::StrCat(dir, "src/b.cpp.apisnap"), Reference("b.cpp"));
  }
}

TEST_F(BuildShapesTest, OutDirectoryKeepsSourcesWithTheSameFileNameApart) {
  // src/a/util.cpp and src/b/util.cpp in one call, and a generated source
  // outside the project (its absolute path, below the out dir).
  WriteFile(project_ + "/src/a/util.cpp", "#include \"lib/api.h\"\nint a_util() { return 1; }\n");
  WriteFile(project_ + "/src/b/util.cpp", "#include \"lib/extra.h\"\nint b_util() { return 2; }\n");
  std::string outside = MakeScratchDir("generated");
  WriteFile(outside + "/util.cpp", "#include \"lib/extra.h\"\n");
  std::string out = project_ + "/build/snaps/";
  CommandResult result = Clang(
      absl::StrCat("-c ../src/a/util.cpp ../src/b/util.cpp ", Quote(outside + "/util.cpp")),
      PluginFlags(out));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  std::string outside_name = fs::canonical(outside).string().substr(1) + "/util.cpp.apisnap";
  std::vector<std::string> expected = {"snaps/" + outside_name, "snaps/src/a/util.cpp.apisnap",
                                       "snaps/src/b/util.cpp.apisnap"};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(SnapshotsInBuild(), expected);
  EXPECT_THAT(Read("snaps/src/a/util.cpp.apisnap").header().translation_units(),
              ElementsAre("src/a/util.cpp"));
  EXPECT_THAT(DeclIds(Read("snaps/src/a/util.cpp.apisnap")),
              ElementsAre("function:lib::norm(lib::Point)", "namespace:lib", "record:lib::Point"));
  EXPECT_THAT(Read("snaps/src/b/util.cpp.apisnap").header().translation_units(),
              ElementsAre("src/b/util.cpp"));
  EXPECT_THAT(DeclIds(Read("snaps/src/b/util.cpp.apisnap")),
              ElementsAre("enum:lib::Mode", "function:lib::norm(lib::Point)",
                          "function:lib::scale(lib::Point, int)", "namespace:lib",
                          "record:lib::Point"));
  // The same names whatever the working directory: build/ or the project.
  CommandResult again = testing::Run(absl::StrCat(
      "cd ", Quote(project_), " && ", Quote(ClangCxx()), " -std=c++17 -Iinclude ",
      PluginFlags(project_ + "/again/"), " -fsyntax-only src/a/util.cpp"));
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(fs::is_regular_file(project_ + "/again/src/a/util.cpp.apisnap"));
  EXPECT_EQ(ReadFile(project_ + "/again/src/a/util.cpp.apisnap"),
            ReadFile(project_ + "/build/snaps/src/a/util.cpp.apisnap"));
}

TEST_F(BuildShapesTest, OutFileGivenToSeveralSourcesWarnsAndStillBuilds) {
  CommandResult result = Clang("-c ../src/a.cpp ../src/b.cpp", PluginFlags("one.apisnap"));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(fs::is_regular_file(project_ + "/build/a.o"));
  EXPECT_TRUE(fs::is_regular_file(project_ + "/build/b.o"));
  EXPECT_THAT(result.err, HasSubstr("warning: apicompat: -fplugin-arg-apicompat-out=one.apisnap "
                                    "is given to 2 sources compiled by one command"));
  EXPECT_THAT(result.err, HasSubstr("give out= a directory (ending in '/')"));
  EXPECT_THAT(SnapshotsInBuild(), ElementsAre("one.apisnap"));
}

TEST_F(BuildShapesTest, PreprocessedInputFollowsLineMarkers) {
  // distcc and ccache compile the output of -E: every declaration is in the
  // .ii, and only its line markers say which header it came from.
  CommandResult preprocessed = testing::Run(absl::StrCat(
      "cd ", Quote(project_ + "/build"), " && ", Quote(ClangCxx()),
      " -std=c++17 -I../include -E ../src/b.cpp -o b.ii"));
  ASSERT_EQ(preprocessed.exit_code, 0) << preprocessed.err;
  CompileQuietly("-Qunused-arguments -c b.ii");
  EXPECT_THAT(SnapshotsInBuild(), ElementsAre("b.o.apisnap"));
  // Public declarations at their header lines, src/private.h left out, and
  // the translation unit named after the original source.
  ExpectSnapshot("b.o.apisnap", Reference("b.cpp"));
}

TEST_F(BuildShapesTest, SourcesInsideThePublicDirAreNeverPublic) {
  // Libraries such as cJSON keep their sources beside the public header:
  // neither a source's own declarations nor a definition of a header's
  // function are recorded, whatever the extension (`tool` has none), and
  // preprocessed (the line markers name the source) or not.
  WriteFile(project_ + "/include/lib/impl.cpp",
            "#include \"lib/api.h\"\n"
            "namespace lib {\n"
            "struct Impl { int hidden; };\n"
            "double norm(Point q) { return q.x; }\n"
            "}  // namespace lib\n");
  WriteFile(project_ + "/include/lib/tool",
            "#include \"lib/api.h\"\n"
            "namespace lib { int tool_main(); }\n");
  const std::vector<std::string> kHeaderDecls = {"function:lib::norm(lib::Point)",
                                                 "namespace:lib", "record:lib::Point"};
  CompileQuietly("-c ../include/lib/impl.cpp -o impl.o");
  CompileQuietly("-c -x c++ ../include/lib/tool -o tool.o");
  for (const char* source : {"impl.cpp", "tool"}) {
    std::string ii = absl::StrCat(source, ".ii");
    CommandResult preprocessed = testing::Run(absl::StrCat(
        "cd ", Quote(project_ + "/build"), " && ", Quote(ClangCxx()),
        " -x c++ -std=c++17 -I../include -E ../include/lib/", source, " -o ", ii));
    ASSERT_EQ(preprocessed.exit_code, 0) << preprocessed.err;
    CompileQuietly(absl::StrCat("-Qunused-arguments -c ", ii, " -o ", source, "-ii.o"));
  }
  for (const char* snapshot : {"impl.o.apisnap", "tool.o.apisnap", "impl.cpp-ii.o.apisnap",
                               "tool-ii.o.apisnap"}) {
    SCOPED_TRACE(snapshot);
    Snapshot read = Read(snapshot);
    EXPECT_EQ(DeclIds(read), kHeaderDecls);
    for (const Decl& decl : read.decls()) {
      EXPECT_EQ(decl.location().file(), "lib/api.h") << decl.id();
      if (decl.id() == "function:lib::norm(lib::Point)") {
        EXPECT_EQ(decl.location().line(), 4u);
        ASSERT_EQ(decl.function().parameters_size(), 1);
        EXPECT_EQ(decl.function().parameters(0).name(), "p");
      }
    }
  }
  EXPECT_EQ(ReadFile(project_ + "/build/impl.o.apisnap"),
            ReadFile(project_ + "/build/impl.cpp-ii.o.apisnap"));
}

TEST_F(BuildShapesTest, PreprocessedInputCompiledElsewhereKeepsDeclarations) {
  // A remote distcc compile: the .ii moves to another directory, where its
  // relative source name no longer resolves (the snapshot keeps only the
  // file name); its absolute header paths do.
  fs::create_directories(project_ + "/build/remote");
  CommandResult preprocessed = testing::Run(absl::StrCat(
      "cd ", Quote(project_ + "/build"), " && ", Quote(ClangCxx()), " -std=c++17 -I",
      Quote(project_ + "/include"), " -E ../src/b.cpp -o remote/b.ii"));
  ASSERT_EQ(preprocessed.exit_code, 0) << preprocessed.err;
  CommandResult compiled = testing::Run(absl::StrCat(
      "cd ", Quote(project_ + "/build/remote"), " && ", Quote(ClangCxx()), " ",
      PluginFlags(), " -c b.ii"));
  ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  Snapshot reference;
  ASSERT_TRUE(reference.ParseFromString(Reference("b.cpp")));
  Snapshot remote = Read("remote/b.o.apisnap");
  EXPECT_THAT(remote.header().translation_units(), ElementsAre("b.cpp"));
  reference.clear_header();
  reference.clear_checksum();  // of its bytes: parsed raw, not by ReadSnapshot
  remote.clear_header();
  EXPECT_EQ(Serialize(remote, SnapshotFormat::kText), Serialize(reference, SnapshotFormat::kText));
}

TEST_F(BuildShapesTest, PrecompiledHeaderDeclarationsAreRecordedWithTheirFiles) {
  // Building the PCH writes no snapshot: it is no object of the library.
  CompileQuietly("-x c++-header ../include/lib/extra.h -o extra.h.pch");
  EXPECT_TRUE(fs::is_regular_file(project_ + "/build/extra.h.pch"));
  EXPECT_THAT(SnapshotsInBuild(), IsEmpty());
  // The translation unit using it records the PCH's declarations, at their
  // headers' lines.
  CompileQuietly("-include-pch extra.h.pch -c ../src/b.cpp");
  EXPECT_THAT(SnapshotsInBuild(), ElementsAre("b.o.apisnap"));
  ExpectSnapshot("b.o.apisnap", Reference("b.cpp"));
}

TEST_F(BuildShapesTest, PrecompiledHeaderBuiltWithoutThePlugin) {
  CommandResult pch = Clang("-x c++-header ../include/lib/extra.h -o extra.h.pch", "");
  ASSERT_EQ(pch.exit_code, 0) << pch.err;
  CompileQuietly("-include-pch extra.h.pch -c ../src/b.cpp");
  ExpectSnapshot("b.o.apisnap", Reference("b.cpp"));
}

// ---------------------------------------------------------------------------
// Merging across translation units: a header must mean the same everywhere.

class MergeAcrossTranslationUnitsTest : public BuildShapesTest {
 protected:
  // src/narrow.cpp and src/wide.cpp include config.h, whose layout depends
  // on a -D flag that only wide.cpp is compiled with.
  void CompileBoth() {
    WriteFile(project_ + "/include/lib/config.h",
              "#pragma once\n"
              "namespace lib {\n"
              "struct Config {\n"
              "  int level;\n"
              "#ifdef LIB_WIDE\n"
              "  long long extra;\n"
              "#endif\n"
              "};\n"
              "int apply(const Config& config);\n"
              "}  // namespace lib\n");
    WriteFile(project_ + "/src/narrow.cpp", "#include \"lib/config.h\"\n");
    WriteFile(project_ + "/src/wide.cpp",
              "#include \"lib/config.h\"\n"
              "int lib::apply(const Config& config) { return config.level; }\n");
    CompileQuietly("-c ../src/narrow.cpp");
    CompileQuietly("-c -DLIB_WIDE ../src/wide.cpp");
  }
};

TEST_F(MergeAcrossTranslationUnitsTest, LayoutDependingOnPerFileDefineIsAConflict) {
  CompileBoth();
  std::string build = project_ + "/build";
  CommandResult merged = Apicompat(absl::StrCat("merge -o ", Quote(build + "/lib.apisnap"), " ",
                                                Quote(build)));
  EXPECT_EQ(merged.exit_code, 2) << merged.out;
  EXPECT_EQ(merged.out, "");
  EXPECT_THAT(merged.err, HasSubstr("apicompat: error: "));
  EXPECT_THAT(merged.err, HasSubstr("lib::Config"));
  EXPECT_THAT(merged.err, HasSubstr("src/narrow.cpp"));
  EXPECT_THAT(merged.err, HasSubstr("src/wide.cpp"));
  EXPECT_EQ(std::count(merged.err.begin(), merged.err.end(), '\n'), 1) << merged.err;
  EXPECT_FALSE(fs::exists(build + "/lib.apisnap"));
}

TEST_F(MergeAcrossTranslationUnitsTest, KeepFirstKeepsTheFirstTranslationUnitsLayout) {
  CompileBoth();
  std::string build = project_ + "/build";
  CommandResult merged = Apicompat(absl::StrCat("merge --keep-first -o ",
                                                Quote(build + "/lib.apisnap"), " ",
                                                Quote(build)));
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  EXPECT_THAT(merged.err, HasSubstr("apicompat: warning: "));
  EXPECT_THAT(merged.err, HasSubstr("src/narrow.cpp"));
  EXPECT_THAT(merged.err, HasSubstr("src/wide.cpp"));
  Snapshot snapshot = Read("lib.apisnap");
  EXPECT_THAT(snapshot.header().translation_units(),
              UnorderedElementsAre("src/narrow.cpp", "src/wide.cpp"));
  bool found = false;
  for (const Decl& decl : snapshot.decls()) {
    if (decl.id() != "record:lib::Config") continue;
    found = true;
    // src/narrow.cpp sorts first: its 4-byte Config is kept.
    EXPECT_EQ(decl.record().size_bytes(), 4u);
    EXPECT_EQ(decl.record().fields_size(), 1);
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace apicompat::testing
