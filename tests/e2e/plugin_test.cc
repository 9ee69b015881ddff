// The Clang plugin through the real compiler: it never breaks a build, and
// the snapshot it writes holds exact facts about the public headers.
#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
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
using ::testing::SizeIs;
using ::testing::UnorderedElementsAreArray;

std::string AttributesInclude() { return SourceDir() + "/attributes/include"; }

// The declaration with `id`; a test failure (and an empty Decl) if absent.
const Decl& Get(const Snapshot& snapshot, const std::string& id) {
  for (const Decl& decl : snapshot.decls()) {
    if (decl.id() == id) return decl;
  }
  ADD_FAILURE() << "no declaration " << id << " in\n" << absl::StrJoin(DeclIds(snapshot), "\n");
  static const Decl kEmpty;
  return kEmpty;
}

Snapshot ReadOrFail(const std::string& path) {
  absl::StatusOr<Snapshot> snapshot = ReadSnapshot(path);
  EXPECT_TRUE(snapshot.ok()) << snapshot.status();
  return snapshot.ok() ? *snapshot : Snapshot();
}

// `headers` (path relative to the public dir -> contents) written under
// <scratch>/pub, plus a TU including each; returns the scratch dir.
std::string WritePublicHeaders(const std::map<std::string, std::string>& headers) {
  std::string dir = MakeScratchDir("tu");
  std::string includes;
  for (const auto& [path, contents] : headers) {
    WriteFile(dir + "/pub/" + path, contents);
    absl::StrAppend(&includes, "#include \"", path, "\"\n");
  }
  WriteFile(dir + "/src/tu.cpp", includes);
  return dir;
}

// Compiles headers through the plugin (silently, successfully) and returns
// the snapshot it wrote.
Snapshot SnapshotOfHeaders(const std::map<std::string, std::string>& headers) {
  std::string dir = WritePublicHeaders(headers);
  std::string out = dir + "/tu.apisnap";
  CommandResult compiled =
      CompileWithPlugin(dir + "/src/tu.cpp", dir + "/pub", out, "-I" + Quote(dir + "/pub"));
  EXPECT_EQ(compiled.exit_code, 0) << compiled.err;
  EXPECT_EQ(compiled.err, "");
  return ReadOrFail(out);
}

Snapshot SnapshotOf(const std::string& header) {
  return SnapshotOfHeaders({{"api.h", "#include <apicompat/attributes.h>\n" + header}});
}

// ---------------------------------------------------------------------------
// The plugin never breaks a build.

// A project with one public header and src/a.cpp; obj/ exists.
std::string WriteProject(const std::string& source = "#include \"api.h\"\nint use() { return f(1); }\n") {
  std::string dir = MakeScratchDir("project");
  WriteFile(dir + "/include/api.h", "int f(int);\nstruct S { int x; };\n");
  WriteFile(dir + "/src/a.cpp", source);
  fs::create_directories(dir + "/obj");
  return dir;
}

std::string PluginFlag() { return "-fplugin=" + Quote(PluginPath()); }
std::string PublicDirFlag(const std::string& dir) {
  return "-fplugin-arg-apicompat-public-dir=" + Quote(dir);
}

// `clang++ -c src/a.cpp -o obj/a.o ARGS` from within `project`.
CommandResult CompileObject(const std::string& project, const std::string& args) {
  return Run(absl::StrCat("cd ", Quote(project), " && ", Quote(ClangCxx()),
                          " -std=c++17 -Iinclude -c src/a.cpp -o obj/a.o ", args));
}

std::vector<std::string> PluginWarnings(const std::string& err) {
  std::vector<std::string> warnings;
  for (absl::string_view line : absl::StrSplit(err, '\n', absl::SkipEmpty())) {
    if (absl::StartsWith(line, "warning: apicompat: ")) warnings.emplace_back(line);
  }
  return warnings;
}

// Exit 0, the object produced, and exactly one plugin warning mentioning
// `about`; the plugin's warnings are its only output.
void ExpectBuiltWithOneWarning(const std::string& project, const CommandResult& result,
                               const std::string& about) {
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(fs::is_regular_file(project + "/obj/a.o"));
  std::vector<std::string> warnings = PluginWarnings(result.err);
  ASSERT_THAT(warnings, SizeIs(1)) << result.err;
  EXPECT_THAT(warnings[0], HasSubstr(about));
  EXPECT_EQ(result.err, warnings[0] + "\n");
}

TEST(PluginBuildTest, UnknownArgumentWarnsAndStillBuilds) {
  std::string project = WriteProject();
  CommandResult result =
      CompileObject(project, absl::StrCat(PluginFlag(), " ", PublicDirFlag(project + "/include"),
                                          " -fplugin-arg-apicompat-bogus=1"));
  ExpectBuiltWithOneWarning(project, result, "-fplugin-arg-apicompat-bogus=1");
  EXPECT_TRUE(fs::is_regular_file(project + "/obj/a.o.apisnap"));
}

TEST(PluginBuildTest, UnwritableOutWarnsAndStillBuilds) {
  std::string project = WriteProject();
  WriteFile(project + "/file", "a regular file, not a directory\n");
  std::string out = project + "/file/x.apisnap";
  CommandResult result = CompileObject(
      project, absl::StrCat(PluginFlag(), " ", PublicDirFlag(project + "/include"),
                            " -fplugin-arg-apicompat-out=", Quote(out)));
  ExpectBuiltWithOneWarning(project, result, out);
  EXPECT_FALSE(fs::exists(project + "/obj/a.o.apisnap"));
}


// The plugin links only protobuf's lite runtime (it loads faster), which
// has no text format: a text name would get bytes its readers reject.
TEST(PluginBuildTest, TextOutNameWarnsAndStillBuilds) {
  std::string project = WriteProject();
  std::string out = project + "/a.txtpb";
  CommandResult result = CompileObject(
      project, absl::StrCat(PluginFlag(), " ", PublicDirFlag(project + "/include"),
                            " -fplugin-arg-apicompat-out=", Quote(out)));
  ExpectBuiltWithOneWarning(project, result, "the plugin writes binary snapshots; name it .apisnap");
  EXPECT_FALSE(fs::exists(out));
}
TEST(PluginBuildTest, NoPublicDirWarnsAndStillBuilds) {
  std::string project = WriteProject();
  CommandResult result = CompileObject(project, PluginFlag());
  ExpectBuiltWithOneWarning(project, result, "public-dir");
  EXPECT_FALSE(fs::exists(project + "/obj/a.o.apisnap"));
  EXPECT_FALSE(fs::exists(project + "/a.cpp.apisnap"));
}

TEST(PluginBuildTest, WerrorDoesNotTurnPluginWarningsIntoErrors) {
  std::string project = WriteProject();
  CommandResult result = CompileObject(
      project, absl::StrCat("-Wall -Werror ", PluginFlag(), " ",
                            PublicDirFlag(project + "/include"), " -fplugin-arg-apicompat-bogus"));
  ExpectBuiltWithOneWarning(project, result, "bogus");
  EXPECT_TRUE(fs::is_regular_file(project + "/obj/a.o.apisnap"));
}

TEST(PluginBuildTest, SnapshotIsWrittenNextToTheObject) {
  std::string project = WriteProject();
  CommandResult result =
      CompileObject(project, absl::StrCat(PluginFlag(), " ", PublicDirFlag("include")));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_TRUE(fs::is_regular_file(project + "/obj/a.o"));
  Snapshot snapshot = ReadOrFail(project + "/obj/a.o.apisnap");
  EXPECT_THAT(DeclIds(snapshot), ElementsAre("function:f(int)", "record:S"));
  EXPECT_THAT(snapshot.header().translation_units(), ElementsAre("src/a.cpp"));
}

TEST(PluginBuildTest, SyntaxErrorFailsTheCompileAndWritesNoSnapshot) {
  std::string project = WriteProject("#include \"api.h\"\nint broken = ;\n");
  CommandResult result =
      CompileObject(project, absl::StrCat(PluginFlag(), " ", PublicDirFlag("include")));
  EXPECT_NE(result.exit_code, 0);
  EXPECT_THAT(result.err, HasSubstr("error: expected expression"));
  EXPECT_THAT(PluginWarnings(result.err), IsEmpty());
  EXPECT_FALSE(fs::exists(project + "/obj/a.o"));
  EXPECT_FALSE(fs::exists(project + "/obj/a.o.apisnap"));
  EXPECT_FALSE(fs::exists(project + "/a.cpp.apisnap"));
}

TEST(PluginBuildTest, SameTranslationUnitGivesIdenticalBytes) {
  std::string dir = WritePublicHeaders(
      {{"api.h", "namespace n { struct P { int a; long b; }; int f(P, int = 3); enum E { k }; }\n"}});
  std::vector<std::string> bytes;
  for (const char* name : {"/first.apisnap", "/second.apisnap"}) {
    CommandResult compiled = CompileWithPlugin(dir + "/src/tu.cpp", dir + "/pub", dir + name,
                                               "-I" + Quote(dir + "/pub"));
    ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
    bytes.push_back(ReadFile(dir + name));
  }
  ASSERT_FALSE(bytes[0].empty());
  EXPECT_EQ(bytes[0], bytes[1]);
}

// ---------------------------------------------------------------------------
// Record layout, checked against what Clang itself reports.

struct Layout {
  uint64_t size = 0;
  uint64_t align = 0;
  std::vector<std::pair<std::string, uint64_t>> field_offsets;  // in bits
};

// Parses `-Xclang -fdump-record-layouts` for the record named `name`.
Layout ClangLayout(const std::string& header, const std::string& name) {
  std::string dir = MakeScratchDir("layout");
  WriteFile(dir + "/api.h", header);
  WriteFile(dir + "/tu.cpp", absl::StrCat("#include \"api.h\"\nunsigned long n = sizeof(", name,
                                          ");\n"));
  CommandResult dumped = Run(absl::StrCat(Quote(ClangCxx()), " -std=c++17 -fsyntax-only ",
                                          "-Xclang -fdump-record-layouts ", Quote(dir + "/tu.cpp")));
  EXPECT_EQ(dumped.exit_code, 0) << dumped.err;
  static const std::regex kRecord(R"(^\s*0 \| (struct|class|union) (\S+)$)");
  static const std::regex kField(R"(^\s*(\d+) \|   [^ ].* (\w+)$)");
  static const std::regex kSize(R"(sizeof=(\d+), dsize=\d+, align=(\d+))");
  Layout layout;
  bool in_record = false;
  std::vector<std::string> lines = absl::StrSplit(dumped.out, '\n');
  for (const std::string& line : lines) {
    std::smatch match;
    if (std::regex_search(line, match, kRecord)) {
      in_record = match[2] == name;
    } else if (in_record && std::regex_search(line, match, kSize)) {
      layout.size = std::stoull(match[1]);
      layout.align = std::stoull(match[2]);
      in_record = false;
    } else if (in_record && std::regex_search(line, match, kField)) {
      layout.field_offsets.emplace_back(match[2], 8 * std::stoull(match[1]));
    }
  }
  return layout;
}

Layout SnapshotLayout(const Decl& decl) {
  Layout layout;
  layout.size = decl.record().size_bytes();
  layout.align = decl.record().align_bytes();
  for (const Field& field : decl.record().fields()) {
    layout.field_offsets.emplace_back(field.name(), field.offset_bits());
  }
  return layout;
}

void ExpectSameLayout(const Layout& actual, const Layout& expected) {
  EXPECT_EQ(actual.size, expected.size);
  EXPECT_EQ(actual.align, expected.align);
  EXPECT_EQ(actual.field_offsets, expected.field_offsets);
}

TEST(PluginContentTest, StructLayoutMatchesClang) {
  const std::string header =
      "struct S { char c; int i; double d; };\n"
      "struct T { short s; S inner; char tail; long long ll; };\n";
  Snapshot snapshot = SnapshotOf(header);

  Layout s = SnapshotLayout(Get(snapshot, "record:S"));
  ExpectSameLayout(s, Layout{16, 8, {{"c", 0}, {"i", 32}, {"d", 64}}});
  ExpectSameLayout(s, ClangLayout(header, "S"));

  Layout t = SnapshotLayout(Get(snapshot, "record:T"));
  ExpectSameLayout(t, Layout{40, 8, {{"s", 0}, {"inner", 64}, {"tail", 192}, {"ll", 256}}});
  ExpectSameLayout(t, ClangLayout(header, "T"));
  EXPECT_EQ(Get(snapshot, "record:T").record().fields(1).type().canonical(), "S");
  EXPECT_EQ(Get(snapshot, "record:S").record().record_kind(), STRUCT);
  EXPECT_TRUE(Get(snapshot, "record:S").record().is_complete());
}

// Private members shape the ABI (fields, virtuals) or tell an access change
// from a removal (methods): recorded, marked private. Other private members
// (here a nested type) are not.
TEST(PluginContentTest, PrivateMembersAreRecordedMarkedPrivate) {
  Snapshot snapshot = SnapshotOf(
      "class Account {\n"
      " public:\n"
      "  int balance() const;\n"
      " protected:\n"
      "  void audit();\n"
      " private:\n"
      "  void recompute();\n"
      "  static int instances();\n"
      "  virtual void on_change();\n"
      "  struct Ledger { int entries; };\n"
      "  long cents_;\n"
      "  bool frozen_;\n"
      "};\n");
  EXPECT_THAT(DeclIds(snapshot), ElementsAre("function:Account::audit()",
                                         "function:Account::balance() const",
                                         "function:Account::instances()",
                                         "function:Account::on_change()",
                                         "function:Account::recompute()", "record:Account"));
  EXPECT_EQ(Get(snapshot, "function:Account::recompute()").access(), PRIVATE);
  EXPECT_TRUE(Get(snapshot, "function:Account::instances()").function().is_static());
  const Decl& on_change = Get(snapshot, "function:Account::on_change()");
  EXPECT_EQ(on_change.access(), PRIVATE);
  EXPECT_TRUE(on_change.function().is_virtual());
  EXPECT_EQ(Get(snapshot, "function:Account::audit()").access(), PROTECTED);
  EXPECT_EQ(Get(snapshot, "function:Account::balance() const").access(), PUBLIC);

  const Record& record = Get(snapshot, "record:Account").record();
  EXPECT_EQ(record.record_kind(), CLASS);
  EXPECT_TRUE(record.is_polymorphic());
  EXPECT_EQ(record.size_bytes(), 24u);
  ASSERT_EQ(record.fields_size(), 2);
  EXPECT_EQ(record.fields(0).name(), "cents_");
  EXPECT_EQ(record.fields(0).access(), PRIVATE);
  EXPECT_EQ(record.fields(0).offset_bits(), 64u);
  EXPECT_EQ(record.fields(1).name(), "frozen_");
  EXPECT_EQ(record.fields(1).access(), PRIVATE);
  EXPECT_EQ(record.fields(1).offset_bits(), 128u);
}

std::vector<std::string> Enumerators(const Decl& decl) {
  std::vector<std::string> out;
  for (const Enumerator& e : decl.enum_decl().enumerators()) {
    out.push_back(e.name() + "=" + e.value());
  }
  return out;
}

TEST(PluginContentTest, EnumeratorValuesAreExact) {
  Snapshot snapshot = SnapshotOf(
      "enum class Level : int { kLow = -5, kMid = 0, kHigh = 7 };\n"
      "enum Big : unsigned long long { kZero = 0, kMax = 0xFFFFFFFFFFFFFFFFull };\n"
      "enum Min : long long { kMin = -9223372036854775807LL - 1, kNext };\n"
      "enum Plain { kA, kB = 10, kC };\n");
  const Decl& level = Get(snapshot, "enum:Level");
  EXPECT_THAT(Enumerators(level), ElementsAre("kLow=-5", "kMid=0", "kHigh=7"));
  EXPECT_EQ(level.enum_decl().underlying_type().canonical(), "int");
  EXPECT_TRUE(level.enum_decl().is_scoped());
  EXPECT_TRUE(level.enum_decl().is_fixed());

  const Decl& big = Get(snapshot, "enum:Big");
  EXPECT_THAT(Enumerators(big), ElementsAre("kZero=0", "kMax=18446744073709551615"));
  EXPECT_EQ(big.enum_decl().underlying_type().canonical(), "unsigned long long");
  EXPECT_FALSE(big.enum_decl().is_scoped());

  EXPECT_THAT(Enumerators(Get(snapshot, "enum:Min")),
              ElementsAre("kMin=-9223372036854775808", "kNext=-9223372036854775807"));
  const Decl& plain = Get(snapshot, "enum:Plain");
  EXPECT_THAT(Enumerators(plain), ElementsAre("kA=0", "kB=10", "kC=11"));
  EXPECT_FALSE(plain.enum_decl().is_fixed());
}

TEST(PluginContentTest, TypedefRecordsCanonicalTarget) {
  Snapshot snapshot = SnapshotOf(
      "typedef unsigned long Handle;\n"
      "using Callback = Handle (*)(int);\n"
      "typedef Callback CallbackAlias;\n"
      "namespace ns { struct Item { int v; }; using ItemList = const Item*; }\n");
  auto target = [&](const std::string& id) {
    const Type& type = Get(snapshot, id).typedef_decl().target();
    return type.canonical() + " | " + type.spelling();
  };
  EXPECT_EQ(target("typedef:Handle"), "unsigned long | unsigned long");
  EXPECT_EQ(target("typedef:Callback"), "unsigned long (*)(int) | Handle (*)(int)");
  EXPECT_EQ(target("typedef:CallbackAlias"), "unsigned long (*)(int) | Callback");
  EXPECT_EQ(target("typedef:ns::ItemList"), "const ns::Item * | const Item *");
  EXPECT_EQ(Get(snapshot, "typedef:Handle").kind(), TYPEDEF);
}

// The method flags as one readable string.
std::string Flags(const Function& f) {
  std::vector<std::string> flags;
  if (f.is_const()) flags.push_back("const");
  if (f.ref_qualifier() == REF_LVALUE) flags.push_back("&");
  if (f.ref_qualifier() == REF_RVALUE) flags.push_back("&&");
  if (f.is_static()) flags.push_back("static");
  if (f.is_virtual()) flags.push_back("virtual");
  if (f.is_pure()) flags.push_back("pure");
  if (f.is_explicit()) flags.push_back("explicit");
  if (f.is_deleted()) flags.push_back("deleted");
  if (f.is_noexcept()) flags.push_back("noexcept");
  if (f.is_inline()) flags.push_back("inline");
  return absl::StrJoin(flags, " ");
}

constexpr char kMethods[] =
    "class Methods {\n"
    " public:\n"
    "  explicit Methods(int);\n"
    "  Methods(const Methods&) = delete;\n"
    "  virtual ~Methods();\n"
    "  int get() const &;\n"
    "  void take() &&;\n"
    "  static Methods* make();\n"
    "  virtual void draw() = 0;\n"
    "  virtual void paint();\n"
    "  void fast() noexcept;\n"
    "  void quick() {}\n"
    "  explicit operator bool() const;\n"
    "};\n";

// Headers in Latin-1 are common; a proto3 snapshot must hold UTF-8, or its
// binary form cannot be read back. Invalid bytes become '?'.
TEST(PluginContentTest, SourceTextInAnyEncodingGivesAReadableSnapshot) {
  std::string dir = WritePublicHeaders(
      {{"api.h", "#pragma once\n#define GREETING \"caf\xe9\"\n"
                 "void greet(const char* s = \"caf\xe9\");\n"
                 "[[deprecated(\"old \xff\")]] void old();\n"}});
  std::string out = dir + "/tu.apisnap";
  CommandResult compiled = CompileWithPlugin(dir + "/src/tu.cpp", dir + "/pub", out,
                                             "-Wno-invalid-source-encoding -I" + Quote(dir + "/pub"));
  ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  Snapshot snapshot = ReadOrFail(out);
  EXPECT_EQ(Get(snapshot, "macro:GREETING").macro().replacement(), "\"caf?\"");
  EXPECT_EQ(Get(snapshot, "function:greet(const char *)").function().parameters(0).default_text(),
            "\"caf?\"");
  EXPECT_EQ(Get(snapshot, "function:old()").stability().reason(), "old ?");
}

TEST(PluginContentTest, MethodFlags) {
  Snapshot snapshot = SnapshotOf(kMethods);
  const std::map<std::string, std::string> expected = {
      {"function:Methods::Methods(int)", "explicit"},
      {"function:Methods::Methods(const Methods &)", "deleted inline"},
      {"function:Methods::~Methods()", "virtual noexcept"},
      {"function:Methods::get() const &", "const &"},
      {"function:Methods::take() &&", "&&"},
      {"function:Methods::make()", "static"},
      {"function:Methods::draw()", "virtual pure"},
      {"function:Methods::paint()", "virtual"},
      {"function:Methods::fast()", "noexcept"},
      {"function:Methods::quick()", "inline"},
      {"function:Methods::operator bool() const", "const explicit"},
  };
  for (const auto& [id, flags] : expected) {
    EXPECT_EQ(Flags(Get(snapshot, id).function()), flags) << id;
  }
  EXPECT_EQ(snapshot.decls_size(), static_cast<int>(expected.size()) + 1);  // + the record
}

// snapshot.proto: ROLE_FUNCTION is a free function; static member functions
// are methods.
TEST(PluginContentTest, FunctionRoles) {
  Snapshot snapshot = SnapshotOf(std::string(kMethods) + "int free_function();\n");
  const std::map<std::string, FunctionRole> expected = {
      {"function:free_function()", ROLE_FUNCTION},
      {"function:Methods::make()", ROLE_METHOD},
      {"function:Methods::Methods(int)", ROLE_CONSTRUCTOR},
      {"function:Methods::~Methods()", ROLE_DESTRUCTOR},
      {"function:Methods::get() const &", ROLE_METHOD},
      {"function:Methods::operator bool() const", ROLE_CONVERSION},
  };
  for (const auto& [id, role] : expected) {
    EXPECT_EQ(FunctionRole_Name(Get(snapshot, id).function().role()), FunctionRole_Name(role))
        << id;
  }
}

// ---------------------------------------------------------------------------
// Symbols, checked against the object Clang produces.

std::vector<std::string> DefinedSymbols(const std::string& object) {
  std::string nm = (fs::path(ClangCxx()).parent_path() / "llvm-nm").string();
  CommandResult listed = Run(Quote(nm) + " --defined-only --format=just-symbols " + Quote(object));
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  return absl::StrSplit(listed.out, '\n', absl::SkipEmpty());
}

std::vector<std::string> MangledNames(const Decl& decl) {
  return {decl.mangled_names().begin(), decl.mangled_names().end()};
}

TEST(PluginContentTest, MangledNamesMatchTheObjectFile) {
  const std::string header =
      "namespace api {\n"
      "int compute(int, double);\n"
      "class Widget { public: Widget(int); ~Widget(); void run() const; };\n"
      "extern \"C\" int c_entry(int);\n"
      "inline int helper() { return 1; }\n"
      "}\n";
  std::string dir = MakeScratchDir("symbols");
  WriteFile(dir + "/pub/api.h", header);
  WriteFile(dir + "/a.cpp",
            "#include \"api.h\"\n"
            "namespace api {\n"
            "int compute(int, double) { return 0; }\n"
            "Widget::Widget(int) {}\n"
            "Widget::~Widget() {}\n"
            "void Widget::run() const {}\n"
            "int c_entry(int) { return 0; }\n"
            "}\n");
  CommandResult compiled = apicompat::testing::Run(absl::StrCat(
      "cd ", Quote(dir), " && ", Quote(ClangCxx()), " -std=c++17 -Ipub -c a.cpp -o a.o ",
      PluginFlag(), " ", PublicDirFlag("pub")));
  ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  Snapshot snapshot = ReadOrFail(dir + "/a.o.apisnap");

  EXPECT_THAT(MangledNames(Get(snapshot, "function:api::compute(int, double)")),
              ElementsAre("_ZN3api7computeEid"));
  EXPECT_THAT(MangledNames(Get(snapshot, "function:api::Widget::Widget(int)")),
              ElementsAre("_ZN3api6WidgetC1Ei", "_ZN3api6WidgetC2Ei"));
  EXPECT_THAT(MangledNames(Get(snapshot, "function:api::Widget::~Widget()")),
              ElementsAre("_ZN3api6WidgetD1Ev", "_ZN3api6WidgetD2Ev"));
  EXPECT_THAT(MangledNames(Get(snapshot, "function:api::Widget::run() const")),
              ElementsAre("_ZNK3api6Widget3runEv"));
  EXPECT_THAT(MangledNames(Get(snapshot, "function:api::c_entry(int)")), ElementsAre("c_entry"));
  EXPECT_TRUE(Get(snapshot, "function:api::c_entry(int)").function().is_extern_c());

  // Every symbol the snapshot names for an out-of-line definition is one the
  // object really defines.
  std::vector<std::string> defined = DefinedSymbols(dir + "/a.o");
  std::vector<std::string> recorded;
  for (const Decl& decl : snapshot.decls()) {
    if (decl.has_function() && !decl.function().is_inline()) {
      for (const std::string& name : decl.mangled_names()) recorded.push_back(name);
    }
  }
  EXPECT_THAT(defined, UnorderedElementsAreArray(recorded));
}

// ---------------------------------------------------------------------------
// Which declarations are public, and where they are.

TEST(PluginContentTest, LocationIsRelativeToThePublicDir) {
  Snapshot snapshot = SnapshotOfHeaders({
      {"api.h", "#pragma once\n\nint top();\n"},
      {"sub/dir/nested.h", "#pragma once\n// comment\n\nstruct Nested {\n  int x;\n};\n"},
  });
  const Location& top = Get(snapshot, "function:top()").location();
  EXPECT_EQ(top.file(), "api.h");
  EXPECT_EQ(top.line(), 3u);
  const Location& nested = Get(snapshot, "record:Nested").location();
  EXPECT_EQ(nested.file(), "sub/dir/nested.h");
  EXPECT_EQ(nested.line(), 4u);
}

TEST(PluginContentTest, NonPublicDeclarationsAreAbsent) {
  std::string dir = MakeScratchDir("hidden");
  WriteFile(dir + "/private/impl.h", "#pragma once\nint private_header_function();\n"
                                     "struct PrivateHeaderType { int x; };\n");
  WriteFile(dir + "/pub/api.h",
            "#pragma once\n"
            "#include \"../private/impl.h\"\n"
            "namespace lib {\n"
            "int visible(int);\n"
            "namespace detail { int detail_function(); struct DetailType {}; }\n"
            "namespace { int anonymous_function(); }\n"
            "static int static_function() { return 0; }\n"
            "static int static_variable = 0;\n"
            "int _reserved_function();\n"
            "struct _ReservedType { int x; };\n"
            "int __double_underscore();\n"
            "}\n"
            "namespace detail { int top_level_detail(); }\n"
            "namespace { struct AnonymousType { int x; }; }\n"
            "int global_visible;\n");
  WriteFile(dir + "/src/tu.cpp", "#include \"api.h\"\n");
  std::string out = dir + "/tu.apisnap";
  CommandResult compiled =
      CompileWithPlugin(dir + "/src/tu.cpp", dir + "/pub", out, "-I" + Quote(dir + "/pub"));
  ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  EXPECT_THAT(DeclIds(ReadOrFail(out)),
              ElementsAre("function:lib::visible(int)", "namespace:lib", "variable:global_visible"));
}

// ---------------------------------------------------------------------------
// Stability tiers.

std::string Tier(const Decl& decl) { return Tier_Name(decl.stability().tier()); }

TEST(PluginContentTest, StabilityMarksGiveTheirTier) {
  Snapshot snapshot = SnapshotOf(
      "[[internal_api]] int cxx11_internal();\n"
      "[[apicompat::internal_api]] int scoped_internal();\n"
      "__attribute__((internal_api)) int gnu_internal();\n"
      "[[experimental_api]] int cxx11_experimental();\n"
      "[[apicompat::experimental_api]] int scoped_experimental();\n"
      "APICOMPAT_INTERNAL_API int macro_internal();\n"
      "APICOMPAT_EXPERIMENTAL_API int macro_experimental();\n"
      "APICOMPAT_DEPRECATED(\"1.0\", \"2.0\", \"alt\", \"why\") int macro_deprecated();\n"
      "[[deprecated(\"msg\")]] int plain_deprecated();\n"
      "int stable();\n");
  const std::map<std::string, std::string> expected = {
      {"function:cxx11_internal()", "INTERNAL"},
      {"function:scoped_internal()", "INTERNAL"},
      {"function:gnu_internal()", "INTERNAL"},
      {"function:cxx11_experimental()", "EXPERIMENTAL"},
      {"function:scoped_experimental()", "EXPERIMENTAL"},
      {"function:macro_internal()", "INTERNAL"},
      {"function:macro_experimental()", "EXPERIMENTAL"},
      {"function:macro_deprecated()", "DEPRECATED"},
      {"function:plain_deprecated()", "DEPRECATED"},
      {"function:stable()", "STABLE"},
  };
  for (const auto& [id, tier] : expected) EXPECT_EQ(Tier(Get(snapshot, id)), tier) << id;
  EXPECT_EQ(snapshot.decls_size(), static_cast<int>(expected.size()));

  const Stability& deprecated = Get(snapshot, "function:macro_deprecated()").stability();
  EXPECT_EQ(deprecated.since(), "1.0");
  EXPECT_EQ(deprecated.removal(), "2.0");
  EXPECT_EQ(deprecated.alternative(), "alt");
  EXPECT_EQ(deprecated.reason(), "why");
  const Stability& plain = Get(snapshot, "function:plain_deprecated()").stability();
  EXPECT_EQ(plain.reason(), "msg");
  EXPECT_EQ(plain.since(), "");
  EXPECT_EQ(plain.removal(), "");
  EXPECT_EQ(plain.alternative(), "");
}

TEST(PluginContentTest, MembersOfAnInternalClassAreInternal) {
  Snapshot snapshot = SnapshotOf(
      "class APICOMPAT_INTERNAL_API Cache {\n"
      " public:\n"
      "  Cache();\n"
      "  void get() const;\n"
      "  static int instances;\n"
      "  struct Entry { int key; void touch(); };\n"
      "  enum Mode { kFast };\n"
      "  using Key = int;\n"
      " private:\n"
      "  virtual void evict();\n"
      "};\n"
      "class Neighbour { public: void get() const; };\n");
  for (const std::string& id :
       {"record:Cache", "function:Cache::Cache()", "function:Cache::get() const",
        "variable:Cache::instances", "record:Cache::Entry", "function:Cache::Entry::touch()",
        "enum:Cache::Mode", "typedef:Cache::Key", "function:Cache::evict()"}) {
    EXPECT_EQ(Tier(Get(snapshot, id)), "INTERNAL") << id;
  }
  EXPECT_EQ(Tier(Get(snapshot, "function:Neighbour::get() const")), "STABLE");
  EXPECT_EQ(Tier(Get(snapshot, "record:Neighbour")), "STABLE");
  EXPECT_EQ(snapshot.decls_size(), 11);
}

// ---------------------------------------------------------------------------
// The public surface is the headers under the public dirs.

// Files written under a fresh scratch dir (path -> contents); returns it.
std::string WriteFiles(const std::map<std::string, std::string>& files) {
  std::string dir = MakeScratchDir("surface");
  for (const auto& [path, contents] : files) WriteFile(dir + "/" + path, contents);
  return dir;
}

// `clang++ -std=c++17 -fsyntax-only` of `dir`/src/tu.cpp from `dir` with
// the plugin writing tu.apisnap; `args` come first (public dirs, ...).
CommandResult CompileTu(const std::string& dir, const std::string& args) {
  return Run(absl::StrCat("cd ", Quote(dir), " && ", Quote(ClangCxx()), " -std=c++17 ",
                          PluginFlag(), " -fplugin-arg-apicompat-out=tu.apisnap ", args,
                          " -fsyntax-only src/tu.cpp"));
}

TEST(PublicSurfaceTest, SourceBesideItsHeaderIsNeverRecordedAndMergesWithoutKeepFirst) {
  // The reproducer of issue 9: lib.c sits in the public dir beside lib.h,
  // and defines lib_add with other parameter names and a typedef of its
  // own, which the next release drops.
  const std::string kHeader = "#ifndef LIB_H\n#define LIB_H\nint lib_add(int x, int y);\n#endif\n";
  std::map<std::string, std::string> old_files = {
      {"pub/lib.h", kHeader},
      {"pub/lib.c", "#include \"lib.h\"\ntypedef int helper_t;\n"
                    "int lib_add(helper_t a, helper_t b) { return a + b; }\n"},
      {"pub/other.c", "#include \"lib.h\"\nint twice(int v) { return lib_add(v, v); }\n"}};
  std::map<std::string, std::string> new_files = old_files;
  new_files["pub/lib.c"] =
      "#include \"lib.h\"\nint lib_add(int first, int second) { return first + second; }\n";
  std::vector<std::string> merged;
  for (const auto* files : {&old_files, &new_files}) {
    std::string dir = WriteFiles(*files);
    CommandResult flags = testing::Run(absl::StrCat("cd ", Quote(dir), " && ", Quote(ApicompatBinary()),
                                           " flags --public-dir pub"));
    ASSERT_EQ(flags.exit_code, 0) << flags.err;
    for (const char* source : {"lib", "other"}) {
      CommandResult compiled = testing::Run(absl::StrCat(
          "cd ", Quote(dir), " && ", Quote(ClangC()), " -std=c11 -c pub/", source, ".c -o ",
          source, ".o ", absl::StripTrailingAsciiWhitespace(flags.out)));
      ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
      EXPECT_EQ(compiled.err, "");
    }
    // Without --keep-first: the two translation units agree.
    CommandResult merge = Apicompat(absl::StrCat("merge -o ", Quote(dir + "/lib.apisnap"), " ",
                                                 Quote(dir + "/lib.o.apisnap"), " ",
                                                 Quote(dir + "/other.o.apisnap")));
    ASSERT_EQ(merge.exit_code, 0) << merge.err;
    EXPECT_EQ(merge.err, "");
    Snapshot snapshot = ReadOrFail(dir + "/lib.apisnap");
    EXPECT_THAT(DeclIds(snapshot), ElementsAre("function:lib_add(int, int)"));
    EXPECT_THAT(snapshot.header().translation_units(), ElementsAre("pub/lib.c", "pub/other.c"));
    EXPECT_THAT(snapshot.header().public_dirs(), ElementsAre("pub"));
    const Decl& add = Get(snapshot, "function:lib_add(int, int)");
    EXPECT_EQ(add.location().file(), "lib.h");
    EXPECT_EQ(add.location().line(), 3u);
    ASSERT_EQ(add.function().parameters_size(), 2);
    EXPECT_EQ(add.function().parameters(0).name(), "x");
    EXPECT_EQ(add.function().parameters(1).name(), "y");
    merged.push_back(dir + "/lib.apisnap");
  }
  CommandResult diff = Apicompat(absl::StrCat("diff -v ", Quote(merged[0]), " ", Quote(merged[1])));
  EXPECT_EQ(diff.exit_code, 0) << diff.out << diff.err;
  EXPECT_EQ(diff.out,
            "apicompat: 0 errors, 0 warnings, 0 info; compatible (required version bump: none)\n");
}

TEST(PublicSurfaceTest, IncludedSourcesAreNotHeadersButAnyOtherIncludedFileIs) {
  // A unity build includes a .cc; .inc, .inl, .tcc and extension-less
  // files are headers.
  std::string dir = WriteFiles({
      {"pub/api.h", "#include \"parts.inc\"\n#include \"impl.inl\"\n#include \"algo.tcc\"\n"
                    "#include \"version\"\nint api();\n"},
      {"pub/parts.inc", "int from_inc();\n"},
      {"pub/impl.inl", "inline int from_inl() { return 1; }\n"},
      {"pub/algo.tcc", "template <class T> T from_tcc(T t) { return t; }\n"},
      {"pub/version", "int from_extensionless();\n"},
      {"pub/unity_part.cc", "int from_cc() { return 2; }\n"},
      {"pub/unity_part.C", "int from_upper_c() { return 3; }\n"},
      {"src/tu.cpp", "#include \"api.h\"\n#include \"unity_part.cc\"\n#include \"unity_part.C\"\n"
                     "int own() { return 4; }\n"}});
  CommandResult compiled = CompileTu(dir, "-Ipub -fplugin-arg-apicompat-public-dir=pub");
  ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  EXPECT_EQ(compiled.err, "");
  EXPECT_THAT(DeclIds(ReadOrFail(dir + "/tu.apisnap")),
              ElementsAre("function:api()", "function:from_extensionless()",
                          "function:from_inc()", "function:from_inl()",
                          "function:from_tcc(type-parameter-0-0)"));
}

TEST(PublicSurfaceTest, ExcludedHeadersAreNotRecorded) {
  std::string dir = WriteFiles({
      {"pub/api.h", "#include \"detail/impl.h\"\n#include \"api_internal.h\"\n"
                    "#include \"private/deep/x.h\"\n#include \"sub/kept.h\"\nint api();\n"},
      {"pub/detail/impl.h", "int detail_impl();\n"},
      {"pub/api_internal.h", "int internal_fn();\n#define API_INTERNAL_MACRO 1\n"},
      {"pub/private/deep/x.h", "int private_fn();\n"},
      {"pub/sub/kept.h", "int kept();\n"},
      {"src/tu.cpp", "#include \"api.h\"\n"}});
  // `private` names a directory: everything below it is excluded.
  CommandResult compiled = CompileTu(
      dir, "-Ipub -fplugin-arg-apicompat-public-dir=pub "
           "'-fplugin-arg-apicompat-exclude=detail/*' "
           "'-fplugin-arg-apicompat-exclude=*_internal.h' -fplugin-arg-apicompat-exclude=private");
  ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  EXPECT_EQ(compiled.err, "");
  Snapshot snapshot = ReadOrFail(dir + "/tu.apisnap");
  EXPECT_THAT(DeclIds(snapshot), ElementsAre("function:api()", "function:kept()"));
  EXPECT_EQ(Get(snapshot, "function:kept()").location().file(), "sub/kept.h");
}

TEST(PublicSurfaceTest, InvalidExcludeGlobWarnsAndStillBuilds) {
  std::string project = WriteProject();
  CommandResult result = CompileObject(
      project, absl::StrCat(PluginFlag(), " ", PublicDirFlag("include"),
                            " '-fplugin-arg-apicompat-exclude=[oops'"));
  ExpectBuiltWithOneWarning(project, result,
                            "ignoring -fplugin-arg-apicompat-exclude=[oops: --exclude '[oops' is "
                            "not a valid glob");
  EXPECT_THAT(DeclIds(ReadOrFail(project + "/obj/a.o.apisnap")),
              ElementsAre("function:f(int)", "record:S"));
}

TEST(PublicSurfaceTest, SingleHeaderAsPublicDir) {
  std::string dir = WriteFiles({{"pub/api.h", "#include \"helper.h\"\nint api();\n"},
                                {"pub/helper.h", "int helper();\n"},
                                {"src/tu.cpp", "#include \"api.h\"\n"}});
  CommandResult compiled = CompileTu(dir, "-Ipub -fplugin-arg-apicompat-public-dir=pub/api.h");
  ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  EXPECT_EQ(compiled.err, "");
  Snapshot snapshot = ReadOrFail(dir + "/tu.apisnap");
  EXPECT_THAT(DeclIds(snapshot), ElementsAre("function:api()"));
  EXPECT_EQ(Get(snapshot, "function:api()").location().file(), "api.h");
  EXPECT_EQ(Get(snapshot, "function:api()").location().line(), 2u);
  EXPECT_THAT(snapshot.header().public_dirs(), ElementsAre("api.h"));
  EXPECT_THAT(snapshot.header().translation_units(), ElementsAre("tu.cpp"));
}

TEST(PublicSurfaceTest, PublicDirReachedThroughIsystemIsRecorded) {
  // -isystem makes Clang treat the headers as system headers, which the
  // collector otherwise skips whole (namespaces, extern "C", macros).
  std::string dir = WriteFiles({
      {"include/lib/api.h", "#pragma once\n#define LIB_VERSION 3\n"
                            "namespace lib { int f(int); struct Point { int x, y; }; }\n"
                            "extern \"C\" { int lib_c(void); }\n"},
      {"src/tu.cpp", "#include <lib/api.h>\n#include <vector>\n#include <cstdio>\n"
                     "int use() { return lib::f(1); }\n"}});
  std::vector<std::string> expected = {"function:lib::f(int)", "function:lib_c()",
                                       "macro:LIB_VERSION", "namespace:lib",
                                       "record:lib::Point"};
  for (const char* include : {"-isystem include", "-Iinclude"}) {
    SCOPED_TRACE(include);
    CommandResult compiled =
        CompileTu(dir, absl::StrCat(include, " -fplugin-arg-apicompat-public-dir=include"));
    ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
    EXPECT_EQ(compiled.err, "");
    Snapshot snapshot = ReadOrFail(dir + "/tu.apisnap");
    EXPECT_EQ(DeclIds(snapshot), expected);
    EXPECT_EQ(Get(snapshot, "function:lib::f(int)").location().file(), "lib/api.h");
  }
}

TEST(PublicSurfaceTest, MissingPublicDirWarnsAndStillBuilds) {
  std::string project = WriteProject();
  CommandResult result = CompileObject(
      project, absl::StrCat(PluginFlag(), " ", PublicDirFlag("incldue")));
  ExpectBuiltWithOneWarning(project, result,
                            "warning: apicompat: public dir 'incldue' does not exist: no "
                            "declaration of it is recorded");
  Snapshot snapshot = ReadOrFail(project + "/obj/a.o.apisnap");
  EXPECT_THAT(DeclIds(snapshot), IsEmpty());
  EXPECT_THAT(snapshot.header().public_dirs(), ElementsAre("incldue"));
}

}  // namespace
}  // namespace apicompat::testing
