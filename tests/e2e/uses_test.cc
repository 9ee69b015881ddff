// A consumer's uses of a dependency (`apicompat flags --uses-of DIR`):
// recorded by the real plugin in real Clang compiles, with the ids of the
// dependency's own snapshot; merged; recorded by `apicompat snapshot`
// without the build; and by the CMake function apicompat_uses().
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "snapshot_io.h"
#include "support/test_support.h"

namespace apicompat {
namespace {

namespace fs = std::filesystem;
using testing::Apicompat;
using testing::ClangCxx;
using testing::CommandResult;
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::IsEmpty;
using testing::MakeScratchDir;
using testing::Quote;
using testing::WriteFile;

// The dependency: every kind of declaration a consumer can use.
constexpr char kDependencyHeader[] = R"(#ifndef DEP_DEP_H_
#define DEP_DEP_H_
#define DEP_VERSION 3
#define DEP_SQUARE(x) ((x) * (x))
#define DEP_CALL_HELPER() dep::helper()
namespace dep {
int add(int a, int b);
int helper();
inline int twice(int x) { return add(x, x); }
enum Color { kRed, kGreen };
enum class Mode : int { kFast = 1, kSafe = 2 };
constexpr int kLimit = 10;
extern int counter;
struct Point { int x; int y; };
using PointAlias = Point;
class Shape {
 public:
  Shape();
  virtual ~Shape();
  virtual double area() const = 0;
  int sides() const;
  static Shape* make(int sides);
};
class Timer {
 public:
  explicit Timer(int ms);
};
template <typename T>
struct Box {
  T value;
  T get() const { return value; }
};
template <typename T> T max_of(T a, T b) { return a < b ? b : a; }
}  // namespace dep
#endif
)";

// A system header of the consumer's build that uses the dependency: not the
// consumer's code.
constexpr char kSystemHeader[] = R"(#include "dep/dep.h"
inline int wrapped() { return dep::add(1, dep::kLimit); }
)";

// The consumer's own header: its uses are the consumer's.
constexpr char kConsumerHeader[] = R"(#include "dep/dep.h"
inline bool is_red(dep::Color c) { return c == dep::kRed; }  // @header
)";

// Each use is on a line marked `// @name`.
constexpr char kConsumerSource[] = R"(#include <wrapper.h>
#include "dep/dep.h"
#include "app/helper.h"
#define APP_ADD(a, b) dep::add(a, b)

class Square : public dep::Shape {  // @base
 public:
  double area() const override { return 1.0; }  // @override
};

int use(dep::Point* p, const dep::Shape& s) {  // @params
  dep::Point local{1, 2};  // @local
  dep::Point copy = local;  // @copy
  dep::PointAlias alias{};  // @alias
  int sum = dep::add(local.x, p->y) + APP_ADD(copy.x, 1);  // @call
  int (*fn)(int, int) = &dep::add;  // @address
  dep::Color c = dep::kGreen;  // @enum
  dep::Mode m = dep::Mode::kSafe;  // @scoped
  dep::Box<int> box{3};  // @box
  int top = dep::max_of(box.get(), dep::kLimit);  // @template
  dep::Shape* made = dep::Shape::make(s.sides());  // @static
  dep::Timer timer(5);  // @timer
  int* where = &dep::counter;  // @counter
  return sum + fn(1, 2) + c + static_cast<int>(m) + top + (made != nullptr) +
         DEP_SQUARE(2) + DEP_VERSION + *where + DEP_CALL_HELPER() + wrapped();  // @macros
}
)";

// The line of `text` holding `// @marker`.
int LineOf(const std::string& text, const std::string& marker) {
  std::vector<std::string> lines = absl::StrSplit(text, '\n');
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find("// @" + marker) != std::string::npos) return static_cast<int>(i + 1);
  }
  ADD_FAILURE() << "no marker " << marker;
  return 0;
}

Snapshot ReadOrFail(const std::string& path) {
  absl::StatusOr<Snapshot> snapshot = ReadSnapshot(path);
  EXPECT_TRUE(snapshot.ok()) << snapshot.status();
  return snapshot.ok() ? *snapshot : Snapshot();
}

// "KIND id[.member] file:line", one per use, in the snapshot's order.
std::vector<std::string> Uses(const Snapshot& snapshot) {
  std::vector<std::string> uses;
  for (const Use& use : snapshot.uses()) {
    uses.push_back(absl::StrCat(UseKind_Name(use.kind()), " ", use.decl_id(),
                                use.member().empty() ? "" : "." + use.member(), " ",
                                use.site().file(), ":", use.site().line()));
  }
  return uses;
}

// A dependency (dep/include), a consumer project (app/) using it, and a
// system header dir (sys/).
class UsesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeScratchDir("uses");
    WriteFile(dir_ + "/dep/include/dep/dep.h", kDependencyHeader);
    WriteFile(dir_ + "/sys/wrapper.h", kSystemHeader);
    WriteFile(dir_ + "/app/include/app/helper.h", kConsumerHeader);
    WriteFile(dir_ + "/app/src/main.cc", kConsumerSource);
    WriteFile(dir_ + "/app/src/other.cc",
              "#include \"app/helper.h\"\nint other() { return dep::helper(); }  // @other\n");
  }

  std::string Flags(const std::string& args) {
    CommandResult flags = Apicompat(absl::StrCat("flags ", args));
    EXPECT_EQ(flags.exit_code, 0) << flags.err;
    return std::string(absl::StripTrailingAsciiWhitespace(flags.out));
  }

  // Compiles app/src/`source` from app/ with `flags`, writing `snapshot`.
  CommandResult Compile(const std::string& source, const std::string& flags,
                        const std::string& snapshot) {
    return testing::Run(absl::StrCat(
        "cd ", Quote(dir_ + "/app"), " && ", ClangCxx(), " -std=c++17 -c -I ../dep/include",
        " -I include -isystem ../sys ", flags, " -fplugin-arg-apicompat-out=", Quote(snapshot),
        " -o ", Quote(snapshot + ".o"), " src/", source));
  }

  // The consumer's uses of main.cc, compiled with the flags of `apicompat
  // flags --uses-of dep/include` run in app/.
  Snapshot MainUses() {
    std::string flags = Flags(absl::StrCat("--uses-of ", Quote(dir_ + "/dep/include"),
                                           " --project-root ", Quote(dir_ + "/app")));
    CommandResult compiled = Compile("main.cc", flags, dir_ + "/main.apisnap");
    EXPECT_EQ(compiled.exit_code, 0) << compiled.err;
    EXPECT_EQ(compiled.err, "");
    return ReadOrFail(dir_ + "/main.apisnap");
  }

  std::string dir_;
};

std::string At(const std::string& marker) {
  return absl::StrCat("src/main.cc:", LineOf(kConsumerSource, marker));
}

TEST_F(UsesTest, RecordsEveryKindOfUseWithTheUsedDeclarationAndTheConsumersLine) {
  Snapshot snapshot = MainUses();
  EXPECT_THAT(snapshot.decls(), IsEmpty());
  EXPECT_THAT(snapshot.header().uses_of(), ElementsAre("include"));
  EXPECT_THAT(snapshot.header().public_dirs(), IsEmpty());
  EXPECT_THAT(snapshot.header().translation_units(), ElementsAre("src/main.cc"));
  std::string header = absl::StrCat("include/app/helper.h:", LineOf(kConsumerHeader, "header"));
  EXPECT_THAT(
      Uses(snapshot),
      ElementsAreArray({
          "TYPE_BY_VALUE enum:dep::Color " + header,
          "TYPE_BY_VALUE enum:dep::Color " + At("enum"),
          "ENUMERATOR enum:dep::Color.kGreen " + At("enum"),
          "ENUMERATOR enum:dep::Color.kRed " + header,
          "TYPE_BY_VALUE enum:dep::Mode " + At("scoped"),
          "ENUMERATOR enum:dep::Mode.kSafe " + At("scoped"),
          "CALL function:dep::Box::get() const " + At("template"),
          "OVERRIDE function:dep::Shape::area() const " + At("override"),
          "CALL function:dep::Shape::make(int) " + At("static"),
          "CALL function:dep::Shape::sides() const " + At("static"),
          "CONSTRUCTION function:dep::Timer::Timer(int) " + At("timer"),
          "CALL function:dep::add(int, int) " + At("call"),  // directly and through APP_ADD
          "ADDRESS_TAKEN function:dep::add(int, int) " + At("address"),
          "CALL function:dep::max_of(type-parameter-0-0, type-parameter-0-0) " + At("template"),
          "TEMPLATE_INSTANTIATION function:dep::max_of(type-parameter-0-0, type-parameter-0-0) " +
              At("template"),
          "MACRO_EXPANSION macro:DEP_CALL_HELPER " + At("macros"),
          "MACRO_EXPANSION macro:DEP_SQUARE " + At("macros"),
          "MACRO_EXPANSION macro:DEP_VERSION " + At("macros"),
          "TYPE_BY_VALUE record:dep::Box " + At("box"),
          "TEMPLATE_INSTANTIATION record:dep::Box " + At("box"),
          "TYPE_BY_REFERENCE record:dep::Point " + At("params"),
          "TYPE_BY_VALUE record:dep::Point " + At("local"),
          "CONSTRUCTION record:dep::Point " + At("copy"),  // the implicit copy constructor's
          "TYPE_BY_VALUE record:dep::Point " + At("copy"),
          "MEMBER_ACCESS record:dep::Point.x " + At("call"),
          "MEMBER_ACCESS record:dep::Point.y " + At("call"),
          "BASE record:dep::Shape " + At("base"),
          "TYPE_BY_REFERENCE record:dep::Shape " + At("params"),
          "TYPE_BY_REFERENCE record:dep::Shape " + At("static"),
          "TYPE_BY_VALUE record:dep::Timer " + At("timer"),
          "TYPE_BY_VALUE typedef:dep::PointAlias " + At("alias"),
          "ADDRESS_TAKEN variable:dep::counter " + At("counter"),
          "CONSTANT variable:dep::kLimit " + At("template"),
      }));
}

TEST_F(UsesTest, UsedIdsAreThoseOfTheDependencysOwnSnapshot) {
  Snapshot uses = MainUses();
  ASSERT_GT(uses.uses_size(), 0);
  CommandResult dependency =
      Apicompat(absl::StrCat("snapshot -o ", Quote(dir_ + "/dep.apisnap"), " --public-dir ",
                             Quote(dir_ + "/dep/include")));
  ASSERT_EQ(dependency.exit_code, 0) << dependency.err;
  std::set<std::string> ids;
  Snapshot snapshot = ReadOrFail(dir_ + "/dep.apisnap");
  for (const Decl& decl : snapshot.decls()) ids.insert(decl.id());
  for (const Use& use : uses.uses()) {
    EXPECT_TRUE(ids.count(use.decl_id()))
        << use.decl_id() << " is not in the dependency's snapshot";
  }
}

TEST_F(UsesTest, UsesInTheDependencysOwnHeadersAndInSystemHeadersAreNotTheConsumers) {
  Snapshot snapshot = MainUses();
  for (const Use& use : snapshot.uses()) {
    EXPECT_THAT(use.site().file(), ::testing::AnyOf("src/main.cc", "include/app/helper.h"))
        << use.decl_id();
    // dep::twice's call of add, wrapped()'s (sys/), DEP_CALL_HELPER's of
    // helper (the macro's expansion is the use).
    EXPECT_NE(use.decl_id(), "function:dep::helper()");
    EXPECT_NE(use.decl_id(), "function:dep::twice(int)");
  }
}

TEST_F(UsesTest, WithAPublicDirTooTheSnapshotHasBothItsDeclarationsAndItsUses) {
  WriteFile(dir_ + "/app/include/app/api.h",
            "#include \"dep/dep.h\"\nnamespace app { dep::Point origin(); }  // @api\n");
  WriteFile(dir_ + "/app/src/api.cc",
            "#include \"app/api.h\"\ndep::Point app::origin() { return dep::Point{0, 0}; }\n");
  std::string flags = Flags(absl::StrCat("--public-dir ", Quote(dir_ + "/app/include"),
                                         " --uses-of ", Quote(dir_ + "/dep/include")));
  CommandResult compiled = Compile("api.cc", flags, dir_ + "/api.apisnap");
  ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  Snapshot snapshot = ReadOrFail(dir_ + "/api.apisnap");
  EXPECT_THAT(testing::DeclIds(snapshot), ElementsAre("function:app::origin()", "namespace:app"));
  EXPECT_THAT(snapshot.header().public_dirs(), ElementsAre("include"));
  EXPECT_THAT(snapshot.header().uses_of(), ElementsAre("include"));
  // Named relative to the project root, the parent of the public dir.
  EXPECT_THAT(Uses(snapshot), ElementsAre("TYPE_BY_VALUE record:dep::Point include/app/api.h:2",
                                          "TYPE_BY_VALUE record:dep::Point src/api.cc:2"));
}

TEST_F(UsesTest, WithoutUsesOfNoUseIsRecorded) {
  std::string flags = Flags(absl::StrCat("--public-dir ", Quote(dir_ + "/app/include")));
  CommandResult compiled = Compile("main.cc", flags, dir_ + "/main.apisnap");
  ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  Snapshot snapshot = ReadOrFail(dir_ + "/main.apisnap");
  EXPECT_THAT(snapshot.uses(), IsEmpty());
  EXPECT_THAT(snapshot.header().uses_of(), IsEmpty());
}

TEST_F(UsesTest, MergeUnitesTheUsesOfEveryTranslationUnitOnce) {
  std::string flags = Flags(absl::StrCat("--uses-of ", Quote(dir_ + "/dep/include"),
                                         " --project-root ", Quote(dir_ + "/app")));
  for (const char* source : {"main.cc", "other.cc"}) {
    CommandResult compiled = Compile(source, flags, absl::StrCat(dir_, "/", source, ".apisnap"));
    ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  }
  Snapshot main = ReadOrFail(dir_ + "/main.cc.apisnap");
  CommandResult merged = Apicompat(absl::StrCat("merge -o ", Quote(dir_ + "/merged.apisnap.txtpb"),
                                                " ", Quote(dir_ + "/other.cc.apisnap"), " ",
                                                Quote(dir_ + "/main.cc.apisnap")));
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  Snapshot snapshot = ReadOrFail(dir_ + "/merged.apisnap.txtpb");
  EXPECT_THAT(snapshot.header().translation_units(), ElementsAre("src/main.cc", "src/other.cc"));
  EXPECT_THAT(snapshot.header().uses_of(), ElementsAre("include"));
  // helper.h's uses, seen by both, once; other.cc's call added.
  std::vector<std::string> uses = Uses(snapshot);
  EXPECT_EQ(uses.size(), main.uses_size() + 1);
  EXPECT_THAT(uses, ::testing::Contains("CALL function:dep::helper() src/other.cc:2"));
  for (const std::string& use : Uses(main)) EXPECT_THAT(uses, ::testing::Contains(use));
  EXPECT_TRUE(std::is_sorted(snapshot.uses().begin(), snapshot.uses().end(),
                             [](const Use& a, const Use& b) { return a.decl_id() < b.decl_id(); }));
}

TEST_F(UsesTest, TheSnapshotToolRecordsTheSameUsesWithoutTheBuild) {
  Snapshot plugin = MainUses();
  WriteFile(dir_ + "/app/build/compile_commands.json",
            absl::StrCat(R"([{"directory": ")", dir_, R"(/app", "file": "src/main.cc",
               "command": "c++ -std=c++17 -I ../dep/include -I include -isystem ../sys -c src/main.cc"}])"));
  CommandResult tool = testing::Run(absl::StrCat(
      "cd ", Quote(dir_ + "/app"), " && ", Quote(testing::ApicompatBinary()), " snapshot -o ",
      Quote(dir_ + "/tool.apisnap"), " --uses-of ../dep/include -p build"));
  ASSERT_EQ(tool.exit_code, 0) << tool.err;
  Snapshot snapshot = ReadOrFail(dir_ + "/tool.apisnap");
  EXPECT_THAT(Uses(snapshot), ElementsAreArray(Uses(plugin)));
  EXPECT_THAT(snapshot.header().uses_of(), ElementsAre("include"));
}

TEST_F(UsesTest, FlagsNeedAPublicDirOrAUsesOfDirThatExists) {
  CommandResult none = Apicompat("flags");
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_THAT(none.err, ::testing::HasSubstr("--uses-of DIR"));
  CommandResult missing = Apicompat(absl::StrCat("flags --uses-of ", Quote(dir_ + "/nowhere")));
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_THAT(missing.err, ::testing::HasSubstr("uses-of dir"));
  std::string flags = Flags(absl::StrCat("--uses-of ", Quote(dir_ + "/dep/include")));
  EXPECT_THAT(flags, ::testing::HasSubstr(
                         absl::StrCat("-fplugin-arg-apicompat-uses-of=", dir_, "/dep/include")));
  EXPECT_THAT(flags, ::testing::HasSubstr("-fplugin-arg-apicompat-project-root="));
}

TEST_F(UsesTest, CMakeFunctionMergesTheUsesOfATarget) {
  WriteFile(dir_ + "/app/CMakeLists.txt",
            absl::StrCat(testing::CMakeProjectUsingThisBuild("app"), R"(
set(CMAKE_CXX_STANDARD 17)
add_library(app STATIC src/main.cc src/other.cc)
target_include_directories(app PRIVATE include ../dep/include)
target_include_directories(app SYSTEM PRIVATE ../sys)
apicompat_uses(app USES_OF ../dep/include)
)"));
  std::string build = dir_ + "/app/build";
  CommandResult configured = testing::Run(absl::StrCat(
      Quote(APICOMPAT_TEST_CMAKE), " -S ", Quote(dir_ + "/app"), " -B ", Quote(build), " -G ",
      Quote(APICOMPAT_TEST_GENERATOR), " -DCMAKE_CXX_COMPILER=", Quote(ClangCxx()),
      " -DCMAKE_C_COMPILER=", Quote(testing::ClangC())));
  ASSERT_EQ(configured.exit_code, 0) << configured.out << configured.err;
  CommandResult built = testing::Run(absl::StrCat(Quote(APICOMPAT_TEST_CMAKE), " --build ",
                                                  Quote(build), " --target apicompat-uses-app"));
  ASSERT_EQ(built.exit_code, 0) << built.out << built.err;
  Snapshot snapshot = ReadOrFail(build + "/apicompat/app.uses.apisnap");
  EXPECT_THAT(snapshot.header().translation_units(), ElementsAre("src/main.cc", "src/other.cc"));
  EXPECT_THAT(snapshot.header().uses_of(), ElementsAre("include"));
  std::vector<std::string> uses = Uses(snapshot);
  for (const std::string& use : Uses(MainUses())) EXPECT_THAT(uses, ::testing::Contains(use));
  EXPECT_THAT(uses, ::testing::Contains("CALL function:dep::helper() src/other.cc:2"));
}

}  // namespace
}  // namespace apicompat
