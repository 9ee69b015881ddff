// Snapshots embedded in object files (-fplugin-arg-apicompat-embed): read
// back from objects, archives, shared libraries and executables by merge
// and diff; sidecars a cache made stale refused; a CMake project built twice
// from scratch through ccache merges the same snapshot.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

class EmbeddedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeScratchDir("embedded");
    WriteFile(dir_ + "/include/geo.h",
              "#pragma once\n"
              "namespace geo {\n"
              "struct Point { double x, y; };\n"
              "double norm(Point p);\n"
              "int scale(Point p, int factor = 2);\n"
              "}  // namespace geo\n");
    WriteFile(dir_ + "/src/a.cpp",
              "#include \"geo.h\"\n"
              "double geo::norm(Point p) { return p.x * p.x + p.y * p.y; }\n");
    WriteFile(dir_ + "/src/b.cpp",
              "#include \"geo.h\"\n"
              "int geo::scale(Point p, int factor) { return int(p.x) * factor; }\n");
  }

  std::string Flags(bool embed) const {
    return absl::StrCat("-fplugin=", Quote(PluginPath()), " -fplugin-arg-apicompat-public-dir=",
                        Quote(dir_ + "/include"), embed ? " -fplugin-arg-apicompat-embed" : "");
  }

  // clang++ -I include FLAGS ARGS, run in the scratch dir.
  CommandResult Clang(const std::string& args, bool embed = true) const {
    return testing::Run(absl::StrCat("cd ", Quote(dir_), " && ", Quote(ClangCxx()),
                            " -std=c++17 -fPIC -Iinclude ", Flags(embed), " ", args));
  }

  void Compile(const std::string& args, bool embed = true) const {
    CommandResult compiled = Clang(args, embed);
    ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
    EXPECT_THAT(compiled.err, Not(HasSubstr("apicompat"))) << "no warning expected";
  }

  // `apicompat ARGS` in the scratch dir.
  CommandResult Cli(const std::string& args) const {
    return testing::Run(absl::StrCat("cd ", Quote(dir_), " && ", Quote(ApicompatBinary()), " ", args));
  }

  // The text of `merge INPUTS` (the merged snapshot dumped).
  std::string Merged(const std::string& inputs) const {
    CommandResult merged = Cli("merge -o merged.apisnap " + inputs);
    EXPECT_EQ(merged.exit_code, 0) << merged.err;
    CommandResult dumped = Cli("dump merged.apisnap");
    EXPECT_EQ(dumped.exit_code, 0) << dumped.err;
    return dumped.out;
  }

  // The merged snapshot of the sidecars, as the plugin writes them without
  // embed: what every embedded form must equal.
  std::string SidecarReference() const {
    fs::create_directories(dir_ + "/ref");
    Compile("-c src/a.cpp -o ref/a.o", false);
    Compile("-c src/b.cpp -o ref/b.o", false);
    return Merged("ref/a.o.apisnap ref/b.o.apisnap");
  }

  std::string dir_;
};

TEST_F(EmbeddedTest, ObjectCarriesItsSnapshotAndNoSidecar) {
  std::string reference = SidecarReference();
  ASSERT_THAT(reference, HasSubstr("geo::scale"));
  Compile("-c src/a.cpp -o a.o");
  Compile("-c src/b.cpp -o b.o");
  EXPECT_FALSE(fs::exists(dir_ + "/a.o.apisnap"));
  EXPECT_EQ(Merged("a.o b.o"), reference);
  // A directory holds objects: they are searched too.
  fs::create_directories(dir_ + "/objs");
  fs::copy(dir_ + "/a.o", dir_ + "/objs/a.o");
  fs::copy(dir_ + "/b.o", dir_ + "/objs/b.o");
  EXPECT_EQ(Merged("objs"), reference);
  CommandResult flags = Cli("flags --public-dir include --embed");
  EXPECT_EQ(flags.exit_code, 0) << flags.err;
  EXPECT_THAT(flags.out, HasSubstr(" -fplugin-arg-apicompat-embed"));
  // -S: the assembly carries the section, and so its object.
  Compile("-S src/a.cpp -o a.s");
  EXPECT_THAT(ReadFile(dir_ + "/a.s"), HasSubstr(".section\t.apicompat,\"\",@progbits"));
}

TEST_F(EmbeddedTest, ArchiveSharedLibraryAndExecutable) {
  std::string reference = SidecarReference();
  Compile("-c src/a.cpp -o a.o");
  Compile("-c src/b.cpp -o b.o");
  ASSERT_EQ(testing::Run(absl::StrCat("cd ", Quote(dir_), " && ar rcs libgeo.a a.o b.o")).exit_code, 0);
  EXPECT_EQ(Merged("libgeo.a"), reference);
  // Compiled and linked in one command; --gc-sections and strip keep it.
  Compile("-shared -Wl,--gc-sections src/a.cpp src/b.cpp -o libgeo.so");
  EXPECT_EQ(Merged("libgeo.so"), reference);
  // update and check read them like merge.
  CommandResult updated = Cli("update --api-file api.txtpb libgeo.so");
  EXPECT_EQ(updated.exit_code, 0) << updated.err;
  CommandResult checked = Cli("check --api-file api.txtpb --baseline api.txtpb libgeo.a");
  EXPECT_EQ(checked.exit_code, 0) << checked.out << checked.err;
  ASSERT_EQ(testing::Run(absl::StrCat("cd ", Quote(dir_), " && strip libgeo.so")).exit_code, 0);
  EXPECT_EQ(Merged("libgeo.so"), reference);
  WriteFile(dir_ + "/main.cpp", "int main() { return 0; }\n");
  Compile("main.cpp a.o b.o -o app", false);
  EXPECT_EQ(Merged("app"), reference);
  // How release binaries drop it (docs/build.md).
  ASSERT_EQ(testing::Run(absl::StrCat("cd ", Quote(dir_),
                             " && objcopy --remove-section .apicompat libgeo.so"))
                .exit_code,
            0);
  CommandResult stripped = Cli("merge -o out.apisnap libgeo.so");
  EXPECT_EQ(stripped.exit_code, 2);
  EXPECT_THAT(stripped.err, HasSubstr("libgeo.so: no apicompat snapshot inside"));
}

TEST_F(EmbeddedTest, DiffOfTwoSharedLibraries) {
  Compile("-shared src/a.cpp src/b.cpp -o libgeo.so.1");
  WriteFile(dir_ + "/include/geo.h",
            "#pragma once\nnamespace geo {\nstruct Point { double x, y; };\n"
            "double norm(Point p);\n}  // namespace geo\n");
  Compile("-shared src/a.cpp -o libgeo.so.2");
  CommandResult diff = Cli("diff libgeo.so.1 libgeo.so.2");
  EXPECT_EQ(diff.exit_code, 1) << diff.out << diff.err;
  EXPECT_THAT(diff.out, HasSubstr("function-removed"));
  EXPECT_THAT(diff.out, HasSubstr("geo::scale"));
  EXPECT_EQ(Cli("diff libgeo.so.1 libgeo.so.1").exit_code, 0);
}

// A ccache hit restores an object compiled earlier and leaves the sidecar of
// the last compile beside it: merging it would record an API the object
// does not have.
TEST_F(EmbeddedTest, StaleSidecarIsRefused) {
  Compile("-c src/b.cpp -o b.o", false);
  fs::copy(dir_ + "/b.o", dir_ + "/b.o.cached");
  WriteFile(dir_ + "/src/b.cpp", ReadFile(dir_ + "/src/b.cpp") + "int geo_extra() { return 1; }\n");
  WriteFile(dir_ + "/include/geo.h", ReadFile(dir_ + "/include/geo.h") + "int geo_extra();\n");
  Compile("-c src/b.cpp -o b.o", false);
  EXPECT_THAT(Merged("b.o.apisnap"), HasSubstr("geo_extra"));
  fs::copy(dir_ + "/b.o.cached", dir_ + "/b.o", fs::copy_options::overwrite_existing);
  for (const std::string& input : {"b.o.apisnap", "b.o", "."}) {
    CommandResult merged = Cli("merge -o out.apisnap " + input);
    EXPECT_EQ(merged.exit_code, 2) << input;
    EXPECT_THAT(merged.err, HasSubstr("b.o.apisnap is stale: "));
    EXPECT_THAT(merged.err, HasSubstr("b.o was not compiled with it"));
    EXPECT_EQ(std::count(merged.err.begin(), merged.err.end(), '\n'), 1) << merged.err;
  }
  // An embedding object disowns any sidecar left beside it.
  Compile("-c src/b.cpp -o b.o");
  CommandResult merged = Cli("merge -o out.apisnap b.o.apisnap");
  EXPECT_EQ(merged.exit_code, 2);
  EXPECT_THAT(merged.err, HasSubstr("b.o carries its own embedded snapshot"));
  EXPECT_THAT(Merged("b.o"), HasSubstr("geo_extra"));
}

// A partial ccache hit in a fresh build directory: the object is restored,
// its sidecar is not. Merging the directory must not drop that TU silently.
TEST_F(EmbeddedTest, MissingSidecarOfAPluginObjectIsRefused) {
  fs::create_directories(dir_ + "/objs");
  Compile("-c src/a.cpp -o objs/a.o", false);
  Compile("-c src/b.cpp -o objs/b.o", false);
  fs::remove(dir_ + "/objs/b.o.apisnap");
  for (const std::string& input : {"objs", "objs/b.o"}) {
    CommandResult merged = Cli("merge -o out.apisnap " + input);
    EXPECT_EQ(merged.exit_code, 2) << input;
    EXPECT_THAT(merged.err, HasSubstr("objs/b.o was compiled with the plugin, but its snapshot "
                                      "objs/b.o.apisnap is missing"))
        << input;
    EXPECT_EQ(std::count(merged.err.begin(), merged.err.end(), '\n'), 1) << merged.err;
  }
  // An object compiled without the plugin, found in a directory, is skipped.
  CommandResult plain = testing::Run(absl::StrCat("cd ", Quote(dir_), " && ", Quote(ClangCxx()),
                                                  " -std=c++17 -Iinclude -c src/b.cpp -o objs/b.o"));
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(Cli("merge -o out.apisnap objs").exit_code, 0);
}

// A CUDA device compile (PTX assembly) must not get the section assembly,
// which its assembler does not take, with or without --embed.
TEST_F(EmbeddedTest, GpuDeviceCompilesGetNoSectionAssembly) {
  for (bool embed : {false, true}) {
    CommandResult compiled =
        Clang("-target nvptx64-nvidia-cuda -S src/a.cpp -o a.ptx", embed);
    ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
    EXPECT_THAT(ReadFile(dir_ + "/a.ptx"), Not(HasSubstr("apicompat"))) << embed;
    EXPECT_TRUE(fs::exists(dir_ + "/a.ptx.apisnap")) << "the sidecar serves instead";
    fs::remove(dir_ + "/a.ptx.apisnap");
  }
}

TEST_F(EmbeddedTest, SyntaxOnlyAndLtoWriteSidecars) {
  Compile("-fsyntax-only src/a.cpp");
  EXPECT_TRUE(fs::exists(dir_ + "/a.cpp.apisnap"));
  // Bitcode objects cannot be read without LLVM: the sidecar, with a warning.
  CommandResult lto = Clang("-flto -c src/a.cpp -o a.o");
  ASSERT_EQ(lto.exit_code, 0) << lto.err;
  EXPECT_THAT(lto.err, HasSubstr("with -flto objects are LLVM bitcode"));
  EXPECT_THAT(Merged("a.o"), HasSubstr("geo::norm"));
}

TEST_F(EmbeddedTest, MalformedInputsFailWithOneLine) {
  Compile("-c src/a.cpp -o a.o");
  std::string object = ReadFile(dir_ + "/a.o");
  WriteFile(dir_ + "/truncated.o", object.substr(0, object.size() / 2));
  WriteFile(dir_ + "/bad.a", "!<arch>\nthis is no member header\n");
  WriteFile(dir_ + "/thin.a", "!<thin>\n");
  std::string frame = object.substr(object.find("\x7f" "APISNP"));
  WriteFile(dir_ + "/garbage.o", object.substr(0, 64) + std::string(64, 'x'));
  for (const std::string& input : {"truncated.o", "bad.a", "thin.a", "garbage.o"}) {
    CommandResult merged = Cli("merge -o out.apisnap " + input);
    EXPECT_EQ(merged.exit_code, 2) << input;
    EXPECT_EQ(std::count(merged.err.begin(), merged.err.end(), '\n'), 1) << merged.err;
    EXPECT_THAT(merged.err, HasSubstr(input)) << merged.err;
  }
}

// The CMake functions in a project whose library is defined in a
// subdirectory, built twice from scratch through ccache: the second build's
// compiles are all cache hits (which restore objects, never sidecars) and
// merge the same snapshot, which its objects, archive and shared library
// also carry.
TEST_F(EmbeddedTest, CMakeProjectThroughCcache) {
  CommandResult ccache = testing::Run("command -v ccache");
  if (ccache.exit_code != 0) GTEST_SKIP() << "ccache is not installed (scripts/install-deps)";
  std::string project = dir_ + "/project";
  fs::create_directories(project + "/geo/src");
  fs::rename(dir_ + "/include", project + "/geo/include");
  fs::rename(dir_ + "/src/a.cpp", project + "/geo/src/a.cpp");
  fs::rename(dir_ + "/src/b.cpp", project + "/geo/src/b.cpp");
  WriteFile(project + "/CMakeLists.txt",
            CMakeProjectUsingThisBuild("geo") + "add_subdirectory(geo)\n");
  WriteFile(project + "/geo/CMakeLists.txt", R"(
add_library(geo STATIC src/a.cpp src/b.cpp)
target_include_directories(geo PUBLIC include)
apicompat_snapshot(geo PUBLIC_DIRS include)
add_library(geo_shared SHARED src/a.cpp src/b.cpp)
target_include_directories(geo_shared PUBLIC include)
apicompat_snapshot(geo_shared PUBLIC_DIRS include)
)");
  std::string env = absl::StrCat("CCACHE_DIR=", Quote(dir_ + "/ccache"), " CCACHE_BASEDIR=",
                                 Quote(project), " CCACHE_NOHASHDIR=true ");
  auto build = [&](const std::string& name) {
    std::string build_dir = project + "/" + name;
    CommandResult configured = testing::Run(absl::StrCat(
        env, Quote(APICOMPAT_TEST_CMAKE), " -S ", Quote(project), " -B ", Quote(build_dir),
        " -G ", Quote(APICOMPAT_TEST_GENERATOR), " -DCMAKE_C_COMPILER=", Quote(ClangC()),
        " -DCMAKE_CXX_COMPILER=", Quote(ClangCxx()), " -DCMAKE_CXX_COMPILER_LAUNCHER=ccache"));
    EXPECT_EQ(configured.exit_code, 0) << configured.out << configured.err;
    CommandResult built =
        testing::Run(absl::StrCat(env, Quote(APICOMPAT_TEST_CMAKE), " --build ", Quote(build_dir)));
    EXPECT_EQ(built.exit_code, 0) << built.out << built.err;
    return build_dir;
  };
  auto stats = [&] { return testing::Run(env + "ccache --print-stats").out; };
  std::string first = build("build1");
  ASSERT_EQ(testing::Run(env + "ccache --zero-stats").exit_code, 0);
  std::string second = build("build2");
  std::string counters = stats();
  EXPECT_THAT(counters, HasSubstr("cache_miss\t0\n")) << counters;
  EXPECT_THAT(counters, Not(HasSubstr("direct_cache_hit\t0\n"))) << counters;
  EXPECT_FALSE(fs::exists(second + "/geo/CMakeFiles/geo.dir/src/a.cpp.o.apisnap"));
  // distccd refuses plugin compiles: through distcc the API is recorded in
  // headers mode.
  CommandResult distcc = testing::Run(absl::StrCat(
      Quote(APICOMPAT_TEST_CMAKE), " -S ", Quote(project), " -B ", Quote(project + "/build3"),
      " -G ", Quote(APICOMPAT_TEST_GENERATOR), " -DCMAKE_C_COMPILER=", Quote(ClangC()),
      " -DCMAKE_CXX_COMPILER=", Quote(ClangCxx()), " -DCMAKE_CXX_COMPILER_LAUNCHER=distcc"));
  EXPECT_EQ(distcc.exit_code, 0) << distcc.err;
  EXPECT_THAT(distcc.out, HasSubstr("geo is compiled through distcc, which cannot run the "
                                    "plugin: recording its API in headers mode"));
  for (const std::string& target : {"geo", "geo_shared"}) {
    std::string snapshot = "/geo/apicompat/" + target + ".apisnap";
    ASSERT_TRUE(fs::exists(first + snapshot));
    EXPECT_EQ(ReadFile(first + snapshot), ReadFile(second + snapshot)) << target;
  }
  std::string reference = ReadFile(second + "/geo/apicompat/geo.apisnap");
  for (const std::string& input :
       {second + "/geo/libgeo.a", second + "/geo/libgeo_shared.so",
        second + "/geo/CMakeFiles/geo.dir"}) {
    CommandResult merged = Cli(absl::StrCat("merge -o ", Quote(dir_ + "/m.apisnap"), " ",
                                            Quote(input)));
    EXPECT_EQ(merged.exit_code, 0) << merged.err;
    EXPECT_EQ(ReadFile(dir_ + "/m.apisnap"), reference) << input;
  }
}

}  // namespace
}  // namespace apicompat::testing
