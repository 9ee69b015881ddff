// What the collector records, construct by construct, through the real
// plugin and the real Clang. Layouts and vtables are checked against Clang's
// own -fdump-record-layouts / -fdump-vtable-layouts output for the same
// headers; copy and call properties against Clang's type traits and the IR
// it emits.
#include <cstdint>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "apicompat/snapshot.pb.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "snapshot_io.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

// ---------------------------------------------------------------------------
// Helpers

using Headers = std::map<std::string, std::string>;  // path in pub/ -> contents

struct Project {
  std::string dir;     // scratch root: pub/ (public), private/, src/
  std::string source;  // the TU
};

// Writes `headers` under pub/ and a TU including them in map order, then
// `tail`.
Project WriteProject(const Headers& headers, const std::string& lang = "c++",
                     const std::string& tail = "") {
  Project project{MakeScratchDir("tu"), ""};
  std::string includes;
  for (const auto& [path, contents] : headers) {
    WriteFile(project.dir + "/pub/" + path, contents);
    absl::StrAppend(&includes, "#include \"", path, "\"\n");
  }
  project.source = project.dir + (lang == "c" ? "/src/tu.c" : "/src/tu.cpp");
  WriteFile(project.source, includes + tail);
  return project;
}

Snapshot ReadOrFail(const std::string& path) {
  absl::StatusOr<Snapshot> snapshot = ReadSnapshot(path);
  EXPECT_TRUE(snapshot.ok()) << snapshot.status();
  return snapshot.ok() ? *snapshot : Snapshot();
}

// The snapshot of `project`'s TU; the compile must succeed silently.
Snapshot SnapshotOf(const Project& project, const std::string& flags = "",
                    const std::string& lang = "c++", const std::string& name = "tu") {
  std::string out = absl::StrCat(project.dir, "/", name, ".apisnap");
  CommandResult compiled = CompileWithPlugin(
      project.source, project.dir + "/pub", out,
      absl::StrCat("-I", Quote(project.dir + "/pub"), " ", flags), lang);
  EXPECT_EQ(compiled.exit_code, 0) << compiled.err;
  EXPECT_EQ(compiled.err, "");
  return ReadOrFail(out);
}

Snapshot SnapshotOfHeaders(const Headers& headers, const std::string& flags = "",
                           const std::string& lang = "c++") {
  return SnapshotOf(WriteProject(headers, lang), flags, lang);
}

// One api.h including the marks header.
Snapshot SnapshotOfHeader(const std::string& header, const std::string& flags = "") {
  return SnapshotOfHeaders({{"api.h", "#include <apicompat/attributes.h>\n" + header}}, flags);
}

const Decl& Get(const Snapshot& snapshot, const std::string& id) {
  for (const Decl& decl : snapshot.decls()) {
    if (decl.id() == id) return decl;
  }
  ADD_FAILURE() << "no declaration " << id << " in\n"
                << absl::StrJoin(DeclIds(snapshot), "\n");
  static const Decl kEmpty;
  return kEmpty;
}

bool Has(const Snapshot& snapshot, const std::string& id) {
  for (const Decl& decl : snapshot.decls()) {
    if (decl.id() == id) return true;
  }
  return false;
}

// The ids of one kind, in snapshot order.
std::vector<std::string> IdsOfKind(const Snapshot& snapshot, DeclKind kind) {
  std::vector<std::string> ids;
  for (const Decl& decl : snapshot.decls()) {
    if (decl.kind() == kind) ids.push_back(decl.id());
  }
  return ids;
}

// clang (no plugin) compiling a TU that includes `headers` and ends with
// `tail`, to an object thrown away; returns stdout (where Clang dumps).
std::string ClangOutput(const Headers& headers, const std::string& tail,
                        const std::string& flags, const std::string& lang = "c++") {
  Project project = WriteProject(headers, lang, tail);
  std::string compiler = lang == "c" ? ClangC() + " -std=c11" : ClangCxx() + " -std=c++20";
  CommandResult result =
      Run(absl::StrCat(compiler, " -c -o /dev/null -I", Quote(project.dir + "/pub"), " -I",
                       Quote(SourceDir() + "/attributes/include"), " ", flags, " ",
                       Quote(project.source)));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return result.out;
}

// ---------------------------------------------------------------------------
// Record layout against -fdump-record-layouts

struct Layout {
  uint64_t size = 0;
  uint64_t dsize = 0;
  uint64_t align = 0;
  // Fields in order, members of anonymous structs and unions flattened, as
  // "name@offset_bits".
  std::vector<std::string> fields;
};

// Clang's layout of the record named `name` (as Clang prints it, e.g.
// "lib::Shape") from a -fdump-record-layouts dump. C dumps have no dsize:
// it is then reported as `size`.
Layout ParseClangLayout(const std::string& dump, const std::string& name) {
  static const std::regex kEntry(R"(^\s*(\d+)(?::(\d+)-\d+|:-)? \| ( *)(.*?)\s*$)");
  static const std::regex kSizes(R"(\[sizeof=(\d+),(?: dsize=(\d+),)? align=(\d+))");
  Layout layout;
  bool in_record = false;
  // include[d]: whether entries at depth d+1 are fields of the record (the
  // record's own members, or members of an anonymous struct/union in it).
  std::vector<bool> include;
  for (const std::string& line : std::vector<std::string>(absl::StrSplit(dump, '\n'))) {
    std::smatch match;
    if (absl::StrContains(line, "*** Dumping AST Record Layout")) {
      in_record = false;
    } else if (!in_record && std::regex_search(line, match, kEntry) && match[3].length() == 0) {
      std::string text = match[4];
      in_record = text == "struct " + name || text == "class " + name || text == "union " + name;
      include.assign(1, true);
    } else if (in_record && std::regex_search(line, match, kSizes)) {
      layout.size = std::stoull(match[1]);
      layout.dsize = match[2].matched ? std::stoull(match[2]) : layout.size;
      layout.align = std::stoull(match[3]);
      in_record = false;
    } else if (in_record && std::regex_search(line, match, kEntry)) {
      size_t depth = match[3].length() / 2;
      include.resize(depth + 1, false);
      std::string text = match[4];
      include[depth] = false;
      if (!include[depth - 1]) continue;
      if (absl::StrContains(text, "(anonymous at ")) {
        include[depth] = true;  // an anonymous struct/union member
        continue;
      }
      if (absl::StrContains(text, "vtable pointer") || absl::EndsWith(text, "base)")) continue;
      uint64_t offset = 8 * std::stoull(match[1]) + (match[2].matched ? std::stoull(match[2]) : 0);
      // "unsigned int bits"; an unnamed bit-field is its type and a space.
      std::string field_name = absl::EndsWith(line, " ") ? "" : text.substr(text.rfind(' ') + 1);
      layout.fields.push_back(absl::StrCat(field_name, "@", offset));
    }
  }
  return layout;
}

Layout SnapshotLayout(const Decl& decl) {
  Layout layout;
  layout.size = decl.record().size_bytes();
  layout.dsize = decl.record().data_size_bytes();
  layout.align = decl.record().align_bytes();
  for (const Field& field : decl.record().fields()) {
    layout.fields.push_back(absl::StrCat(field.name(), "@", field.offset_bits()));
  }
  return layout;
}

void ExpectLayout(const Layout& actual, const Layout& expected, const std::string& name) {
  EXPECT_EQ(actual.size, expected.size) << name;
  EXPECT_EQ(actual.dsize, expected.dsize) << name;
  EXPECT_EQ(actual.align, expected.align) << name;
  EXPECT_EQ(actual.fields, expected.fields) << name;
}

// A TU tail making Clang lay out (and dump) each named record.
std::string SizeofEach(const std::vector<std::string>& names) {
  std::string tail;
  for (size_t i = 0; i < names.size(); ++i) {
    absl::StrAppend(&tail, "unsigned long size_", i, " = sizeof(", names[i], ");\n");
  }
  return tail;
}

constexpr char kHierarchy[] =
    "struct Base {\n"
    "  virtual ~Base();\n"
    "  virtual void f();\n"
    "  virtual int g() const = 0;\n"
    "  int b;\n"
    "};\n"
    "struct Left : virtual Base {\n"
    "  void f() override;\n"
    "  virtual void h();\n"
    "  int l;\n"
    "};\n"
    "struct Right : virtual Base {\n"
    "  virtual void r() = delete;\n"
    "  char rr;\n"
    "};\n"
    "struct Derived final : Left, Right {\n"
    "  void f() final;\n"
    "  int g() const override;\n"
    "  void h() override;\n"
    "  int d;\n"
    "};\n";

constexpr char kLayouts[] =
    "struct Plain { char c; int i; double d; };\n"
    "struct Bits { unsigned a : 3; unsigned b : 7; unsigned : 0; unsigned c : 4; char tail;\n"
    "              long long wide : 40; };\n"
    "struct Anon {\n"
    "  int kind;\n"
    "  union { int i; float f; struct { short lo, hi; }; };\n"
    "  const int c;\n"
    "  mutable long m;\n"
    "  struct { int q; } named_unnamed;\n"
    "};\n"
    "struct Reuse { Reuse(); int i; char c; };\n"
    "class Private { public: int get() const; private: union { long l; double d; }; char x_; };\n";

TEST(SnapshotRecordTest, LayoutsMatchClangsDump) {
  const std::string header = std::string(kLayouts) + kHierarchy;
  Snapshot snapshot = SnapshotOfHeaders({{"api.h", header}});
  const std::vector<std::string> names = {"Plain", "Bits",  "Anon",  "Reuse",  "Private",
                                          "Base",  "Left",  "Right", "Derived"};
  std::string dump = ClangOutput({{"api.h", header}}, SizeofEach(names),
                                 "-Xclang -fdump-record-layouts");
  for (const std::string& name : names) {
    Layout expected = ParseClangLayout(dump, name);
    ASSERT_NE(expected.size, 0u) << name << " not in Clang's dump";
    ExpectLayout(SnapshotLayout(Get(snapshot, "record:" + name)), expected, name);
  }
  // The same facts, spelled out for the interesting ones.
  ExpectLayout(SnapshotLayout(Get(snapshot, "record:Anon")),
               Layout{32, 32, 8, {"kind@0", "i@32", "f@32", "lo@32", "hi@48", "c@64", "m@128",
                                  "named_unnamed@192"}},
               "Anon");
  ExpectLayout(SnapshotLayout(Get(snapshot, "record:Bits")),
               Layout{16, 16, 8, {"a@0", "b@3", "@32", "c@32", "tail@40", "wide@64"}}, "Bits");
  EXPECT_EQ(Get(snapshot, "record:Reuse").record().data_size_bytes(), 5u);  // tail padding reusable
  EXPECT_EQ(Get(snapshot, "record:Left").record().data_size_bytes(), 28u);
}

TEST(SnapshotRecordTest, FieldFacts) {
  Snapshot snapshot = SnapshotOfHeaders({{"api.h", kLayouts}});
  const Record& anon = Get(snapshot, "record:Anon").record();
  ASSERT_EQ(anon.fields_size(), 8);
  auto describe = [](const Field& field) {
    return absl::StrCat(field.name(), " | ", field.type().canonical(), " | ",
                        field.anonymous_parent(), " | ", field.is_mutable() ? "mutable" : "",
                        " | ", Access_Name(field.access()));
  };
  std::vector<std::string> fields;
  for (const Field& field : anon.fields()) fields.push_back(describe(field));
  EXPECT_THAT(fields, ElementsAre("kind | int |  |  | PUBLIC",
                                  "i | int | (anonymous union) |  | PUBLIC",
                                  "f | float | (anonymous union) |  | PUBLIC",
                                  "lo | short | (anonymous union)::(anonymous struct) |  | PUBLIC",
                                  "hi | short | (anonymous union)::(anonymous struct) |  | PUBLIC",
                                  "c | const int |  |  | PUBLIC",
                                  "m | long |  | mutable | PUBLIC",
                                  "named_unnamed | Anon::(unnamed) |  |  | PUBLIC"));
  // Members of a private anonymous union are private.
  const Record& hidden = Get(snapshot, "record:Private").record();
  ASSERT_EQ(hidden.fields_size(), 3);
  EXPECT_EQ(describe(hidden.fields(0)), "l | long | (anonymous union) |  | PRIVATE");
  EXPECT_EQ(describe(hidden.fields(1)), "d | double | (anonymous union) |  | PRIVATE");
  // Bit-fields.
  const Record& bits = Get(snapshot, "record:Bits").record();
  std::vector<std::string> widths;
  for (const Field& field : bits.fields()) {
    widths.push_back(absl::StrCat(field.name(), ":", field.is_bitfield() ? field.bit_width() : 0));
  }
  EXPECT_THAT(widths, ElementsAre("a:3", "b:7", ":0", "c:4", "tail:0", "wide:40"));
  // No "(anonymous ... at file:line)" anywhere: ids and names stay stable.
  for (const Decl& decl : snapshot.decls()) {
    EXPECT_FALSE(absl::StrContains(decl.DebugString(), " at ")) << decl.DebugString();
  }
}

// ---------------------------------------------------------------------------
// Copy and call properties against Clang's own answers

constexpr char kCallKinds[] =
    "struct Pod { int a; int b; };\n"
    "struct WithDtor { ~WithDtor(); int a; };\n"
    "struct WithCopy { WithCopy(const WithCopy&); int a; };\n"
    "struct DefaultedCopy { DefaultedCopy(const DefaultedCopy&) = default; int a; };\n"
    "struct MoveOnly { MoveOnly(MoveOnly&&) = default; int a; };\n"
    "struct Dynamic { virtual void f(); int a; };\n"
    "struct HasMember { WithDtor inner; };\n";

TEST(SnapshotRecordTest, TriviallyCopyableAndPassedInRegistersMatchClang) {
  Snapshot snapshot = SnapshotOfHeaders({{"api.h", kCallKinds}});
  const std::map<std::string, std::pair<bool, bool>> expected = {
      // name: {trivially copyable, passed in registers}
      {"Pod", {true, true}},          {"WithDtor", {false, false}},
      {"WithCopy", {false, false}},   {"DefaultedCopy", {true, true}},
      {"MoveOnly", {true, true}},     {"Dynamic", {false, false}},
      {"HasMember", {false, false}},
  };
  std::string checks;
  for (const auto& [name, facts] : expected) {
    const Record& record = Get(snapshot, "record:" + name).record();
    EXPECT_EQ(record.is_trivially_copyable(), facts.first) << name;
    EXPECT_EQ(record.passed_in_registers(), facts.second) << name;
    absl::StrAppend(&checks, "static_assert(__is_trivially_copyable(", name,
                    ") == ", record.is_trivially_copyable() ? "true" : "false", ");\n",
                    "extern \"C\" void take_", name, "(", name, ") {}\n");
  }
  // Clang agrees: the trait, and how the IR receives a by-value argument
  // (a pointer when passed by invisible reference; every member is int).
  std::string ir = ClangOutput({{"api.h", kCallKinds}}, checks, "-S -emit-llvm -O0 -o -");
  for (const auto& [name, facts] : expected) {
    std::smatch match;
    std::regex definition(absl::StrCat(R"(define dso_local void @take_)", name, R"(\(([^)]*)\))"));
    std::string text = ir;
    ASSERT_TRUE(std::regex_search(text, match, definition)) << name << "\n" << ir;
    // Opaque `ptr` from Clang 15, `%struct.X*` before.
    bool by_reference = absl::StartsWith(match[1].str(), "ptr") ||
                        match[1].str().find('*') != std::string::npos;
    EXPECT_EQ(!by_reference,
              Get(snapshot, "record:" + name).record().passed_in_registers())
        << name << ": " << match[1];
  }
}

TEST(SnapshotRecordTest, CStructsAreTriviallyCopyableAndPassedInRegisters) {
  const std::string header =
      "struct point { int x, y; };\n"
      "struct tagged { int kind; union { long l; double d; }; unsigned flag : 1; char tail; };\n"
      "struct opaque;\n";
  Snapshot snapshot = SnapshotOfHeaders({{"c.h", header}}, "", "c");
  for (const std::string& name : {"point", "tagged"}) {
    const Record& record = Get(snapshot, "record:" + name).record();
    EXPECT_TRUE(record.is_trivially_copyable()) << name;
    EXPECT_TRUE(record.passed_in_registers()) << name;
    EXPECT_EQ(record.vtable_size(), 0) << name;
  }
  std::string dump = ClangOutput({{"c.h", header}}, SizeofEach({"struct point", "struct tagged"}),
                                 "-Xclang -fdump-record-layouts", "c");
  for (const std::string& name : {"point", "tagged"}) {
    ExpectLayout(SnapshotLayout(Get(snapshot, "record:" + name)), ParseClangLayout(dump, name),
                 name);
  }
  EXPECT_THAT(SnapshotLayout(Get(snapshot, "record:tagged")).fields,
              ElementsAre("kind@0", "l@64", "d@64", "flag@128", "tail@136"));
  EXPECT_EQ(Get(snapshot, "record:tagged").record().fields(1).anonymous_parent(),
            "(anonymous union)");
  const Record& opaque = Get(snapshot, "record:opaque").record();
  EXPECT_FALSE(opaque.is_complete());
  EXPECT_EQ(opaque.size_bytes(), 0u);
  EXPECT_FALSE(opaque.passed_in_registers());
}

// ---------------------------------------------------------------------------
// Special members against Clang's type traits

constexpr char kSpecialMembers[] =
    "struct Pod { int a; };\n"
    "struct MoveOnly { MoveOnly() = default; MoveOnly(MoveOnly&&) = default;\n"
    "  MoveOnly& operator=(MoveOnly&&) = default; };\n"
    "struct HoldsMoveOnly { MoveOnly m; };\n"
    "struct ConstMember { const int c; };\n"
    "struct RefMember { int& r; };\n"
    "struct RvalueRefMember { int&& r; };\n"
    "class PrivateCopy { public: PrivateCopy(); private: PrivateCopy(const PrivateCopy&); };\n"
    "struct DerivedPrivateCopy : PrivateCopy {};\n"
    "struct NoDefault { NoDefault(int); };\n"
    "struct HoldsNoDefault { NoDefault n; };\n"
    "struct InitializedNoDefault { NoDefault n{1}; };\n"
    "struct Polymorphic { virtual ~Polymorphic(); };\n"
    "class ProtectedDtor { protected: ~ProtectedDtor(); };\n"
    "struct DerivedProtectedDtor : ProtectedDtor {};\n"
    "struct HoldsDeletedDtor { struct D { ~D() = delete; }; D* p; };\n"
    "union NonTrivialVariant { int i; Polymorphic p; };\n"
    "struct TemplateDefault { template <class T = int> TemplateDefault(); };\n"
    "struct UserCopyOnly { UserCopyOnly(const UserCopyOnly&); };\n"
    "struct ConstStructMember { const Pod p; };\n";

constexpr const char* kSpecialMemberNames[] = {
    "Pod", "MoveOnly", "HoldsMoveOnly", "ConstMember", "RefMember", "RvalueRefMember",
    "PrivateCopy", "DerivedPrivateCopy", "NoDefault", "HoldsNoDefault", "InitializedNoDefault",
    "Polymorphic", "ProtectedDtor", "DerivedProtectedDtor", "NonTrivialVariant",
    "TemplateDefault", "UserCopyOnly", "ConstStructMember"};

// Whether users can perform the operation `member` does (a move falls back
// to the copy when the move member is not a candidate), and how trivially.
struct Usable {
  bool usable;
  bool trivial;
};

Usable UsableThrough(const SpecialMember& member, const SpecialMember* fallback) {
  bool candidate = member.origin() == SPECIAL_USER_DECLARED ||
                   (member.origin() == SPECIAL_IMPLICIT && !member.is_deleted());
  if (!candidate && fallback != nullptr) return UsableThrough(*fallback, nullptr);
  return {candidate && !member.is_deleted() && member.access() == PUBLIC, member.is_trivial()};
}

TEST(SnapshotRecordTest, SpecialMembersMatchClangsTypeTraits) {
  Snapshot snapshot = SnapshotOfHeaders({{"api.h", kSpecialMembers}});
  std::string checks;
  for (const std::string name : kSpecialMemberNames) {
    const SpecialMembers& members = Get(snapshot, "record:" + name).record().special_members();
    // Clang's construction traits also need the destructor, as a variable
    // definition does.
    Usable destroy = UsableThrough(members.destructor(), nullptr);
    auto construct = [&](Usable usable) {
      return Usable{usable.usable && destroy.usable, usable.trivial && destroy.trivial};
    };
    const std::pair<std::string, Usable> operations[] = {
        {"__is_constructible(T)", construct(UsableThrough(members.default_constructor(), nullptr))},
        {"__is_constructible(T, const T&)",
         construct(UsableThrough(members.copy_constructor(), nullptr))},
        {"__is_constructible(T, T&&)",
         construct(UsableThrough(members.move_constructor(), &members.copy_constructor()))},
        {"__is_assignable(T&, const T&)", UsableThrough(members.copy_assignment(), nullptr)},
        {"__is_assignable(T&, T&&)",
         UsableThrough(members.move_assignment(), &members.copy_assignment())},
        {"__is_destructible(T)", UsableThrough(members.destructor(), nullptr)},
    };
    absl::StrAppend(&checks, "namespace check_", name, " { using T = ::", name, ";\n");
    for (const auto& [trait, usable] : operations) {
      absl::StrAppend(&checks, "static_assert(", trait, " == ", usable.usable, ", \"", name,
                      ": ", trait, "\");\n");
      if (!usable.usable) continue;
      std::string trivial = absl::StrReplaceAll(
          trait, {{"__is_constructible", "__is_trivially_constructible"},
                  {"__is_assignable", "__is_trivially_assignable"},
                  {"__is_destructible", "__is_trivially_destructible"}});
      absl::StrAppend(&checks, "static_assert(", trivial, " == ", usable.trivial, ", \"", name,
                      ": ", trivial, "\");\n");
    }
    absl::StrAppend(&checks, "}\n");
  }
  // Clang's own answers: every assertion holds.
  ClangOutput({{"api.h", kSpecialMembers}}, checks, "-fsyntax-only");
}

TEST(SnapshotRecordTest, SpecialMembersDoNotDependOnUse) {
  // Clang declares implicit members only where they are used: a TU that
  // copies, moves and destroys every type records what one that never does
  // records.
  std::string uses =
      "template <class T> void use(T& a, T& b) {\n"
      "  if constexpr (__is_constructible(T, const T&)) { T c(a); }\n"
      "  if constexpr (__is_constructible(T, T&&)) { T c(static_cast<T&&>(a)); }\n"
      "  if constexpr (__is_assignable(T&, const T&)) { a = b; }\n"
      "  if constexpr (__is_assignable(T&, T&&)) { a = static_cast<T&&>(b); }\n"
      "}\n";
  for (const std::string name : kSpecialMemberNames) {
    absl::StrAppend(&uses, "template void use<", name, ">(", name, "&, ", name, "&);\n");
  }
  Snapshot unused = SnapshotOf(WriteProject({{"api.h", kSpecialMembers}}));
  Snapshot used = SnapshotOf(WriteProject({{"api.h", kSpecialMembers}}, "c++", uses), "-std=c++17");
  for (const std::string name : kSpecialMemberNames) {
    EXPECT_EQ(Get(used, "record:" + name).record().special_members().SerializeAsString(),
              Get(unused, "record:" + name).record().special_members().SerializeAsString())
        << name;
  }
  // A C header compiled as C records what a C++ TU does.
  const std::string header = "struct point { int x, y; };\n"
                             "struct cfg { const int version; struct point origin; };\n"
                             "struct holder { struct cfg c; union { int i; float f; } u; };\n";
  Snapshot as_c = SnapshotOfHeaders({{"c.h", header}}, "", "c");
  Snapshot as_cxx = SnapshotOfHeaders({{"c.h", header}});
  for (const std::string name : {"point", "cfg", "holder"}) {
    EXPECT_EQ(Get(as_c, "record:" + name).record().special_members().DebugString(),
              Get(as_cxx, "record:" + name).record().special_members().DebugString())
        << name;
  }
  EXPECT_TRUE(Get(as_c, "record:cfg").record().special_members().copy_assignment().is_deleted());
}

// ---------------------------------------------------------------------------
// Lines of members, static constants, exposed detail types

TEST(SnapshotRecordTest, FieldsAndEnumeratorsHaveTheirLines) {
  Snapshot snapshot = SnapshotOfHeaders({{"api.h",
                                          "struct S {\n"         // 1
                                          "  int a;\n"           // 2
                                          "\n"                   // 3
                                          "  union { int b; };\n"  // 4
                                          "};\n"                 // 5
                                          "enum E {\n"           // 6
                                          "  E0,\n"              // 7
                                          "  E1 = 4,\n"          // 8
                                          "};\n"}});
  const Record& record = Get(snapshot, "record:S").record();
  ASSERT_EQ(record.fields_size(), 2);
  EXPECT_EQ(record.fields(0).line(), 2u);
  EXPECT_EQ(record.fields(1).line(), 4u);
  const Enum& enumeration = Get(snapshot, "enum:E").enum_decl();
  ASSERT_EQ(enumeration.enumerators_size(), 2);
  EXPECT_EQ(enumeration.enumerators(0).line(), 7u);
  EXPECT_EQ(enumeration.enumerators(1).line(), 8u);
}

TEST(SnapshotVariableTest, StaticConstantsAreApiStaticVariablesAreNot) {
  Snapshot snapshot = SnapshotOfHeaders({{"api.h",
                                          "namespace lib {\n"
                                          "static constexpr int kA = 1;\n"
                                          "static const double kB = 2.5;\n"
                                          "static int counter = 0;\n"
                                          "static const char* name = \"x\";\n"
                                          "}\n"
                                          "static const long LIB_C = 3;\n"}});
  EXPECT_EQ(Get(snapshot, "variable:lib::kA").variable().value(), "1");
  EXPECT_EQ(Get(snapshot, "variable:lib::kB").variable().value(), "2.5");
  EXPECT_EQ(Get(snapshot, "variable:LIB_C").variable().value(), "3");
  EXPECT_FALSE(Has(snapshot, "variable:lib::counter"));
  EXPECT_FALSE(Has(snapshot, "variable:lib::name"));  // the pointer is not const
  EXPECT_TRUE(Get(snapshot, "variable:lib::kA").mangled_names().empty());  // internal linkage
}

constexpr char kDetailTypes[] =
    "#include \"impl_def.h\"\n"
    "namespace lib {\n"
    "namespace detail {\n"
    "struct Aliased { int a; };\n"
    "struct Param { int p; };\n"
    "struct Ret { int r; };\n"
    "struct Inner { int i; };\n"
    "struct Member { Inner inner; };\n"
    "struct Base { int b; };\n"
    "enum class Mode { on, off };\n"
    "struct ByPointer { int x; };\n"
    "struct Unused { int u; };\n"
    "struct PrivateUse { int v; };\n"
    "}\n"
    "using Handle = detail::Aliased;\n"
    "void take(detail::Param);\n"
    "detail::Ret make();\n"
    "void point(detail::ByPointer*);\n"
    "struct Widget : detail::Base { detail::Member member; detail::Mode mode; };\n"
    "class Quiet { void hidden(detail::PrivateUse); };\n"
    "using Opaque = internal_impl::Hidden;\n"
    "}\n";

TEST(SnapshotRecordTest, DetailTypesThatPublicDeclarationsExposeAreRecorded) {
  Project project = WriteProject({{"api.h", kDetailTypes}});
  // Defined outside the public headers: users cannot see its layout.
  WriteFile(project.dir + "/private/impl_def.h",
            "namespace lib { namespace internal_impl { struct Hidden { int h; }; } }\n");
  Snapshot snapshot = SnapshotOf(project, "-I" + Quote(project.dir + "/private"));
  for (const std::string id :
       {"record:lib::detail::Aliased", "record:lib::detail::Param", "record:lib::detail::Ret",
        "record:lib::detail::Member", "record:lib::detail::Inner", "record:lib::detail::Base",
        "enum:lib::detail::Mode"}) {
    EXPECT_TRUE(Get(snapshot, id).exposed_detail()) << id;
  }
  EXPECT_EQ(Get(snapshot, "record:lib::detail::Aliased").record().size_bytes(), 4u);
  for (const std::string id :
       {"record:lib::detail::ByPointer", "record:lib::detail::Unused",
        "record:lib::detail::PrivateUse", "record:lib::internal_impl::Hidden"}) {
    EXPECT_FALSE(Has(snapshot, id)) << id;
  }
  EXPECT_FALSE(Get(snapshot, "record:lib::Widget").exposed_detail());
}

// ---------------------------------------------------------------------------
// Vtables against -fdump-vtable-layouts

// A vtable component as one line: kind, then the offset or name, then flags.
std::string ComponentText(const VtableComponent& component) {
  std::string text = VtableComponentKind_Name(component.kind());
  switch (component.kind()) {
    case VTABLE_VCALL_OFFSET:
    case VTABLE_VBASE_OFFSET:
    case VTABLE_OFFSET_TO_TOP:
      absl::StrAppend(&text, " ", component.offset());
      break;
    default:
      absl::StrAppend(&text, " ", component.name());
  }
  if (component.is_pure()) absl::StrAppend(&text, " pure");
  if (component.is_deleted()) absl::StrAppend(&text, " deleted");
  return text;
}

std::vector<std::string> SnapshotVtable(const Decl& decl) {
  std::vector<std::string> lines;
  for (const VtableComponent& component : decl.record().vtable()) {
    lines.push_back(ComponentText(component));
  }
  return lines;
}

// Clang's "Vtable for 'name'" in the same form. Clang prints functions with
// their return type ("void Derived::f()"); the snapshot names them as the
// function's decl id does ("Derived::f()"): the return type is dropped.
std::vector<std::string> ParseClangVtable(const std::string& dump, const std::string& name) {
  static const std::regex kEntry(R"(^\s*\d+ \| (.*)$)");
  static const std::regex kOffset(R"(^(vcall_offset|vbase_offset|offset_to_top) \((-?\d+)\)$)");
  std::vector<std::string> lines;
  bool in_vtable = false;
  for (const std::string& line : std::vector<std::string>(absl::StrSplit(dump, '\n'))) {
    std::smatch match;
    if (absl::StartsWith(line, "Vtable for '")) {
      in_vtable = absl::StartsWith(line, absl::StrCat("Vtable for '", name, "' ("));
      continue;
    }
    if (!in_vtable) continue;
    if (line.empty()) break;
    if (!std::regex_search(line, match, kEntry)) continue;  // address points, thunks
    std::string text = match[1];
    if (std::regex_search(text, match, kOffset)) {
      std::string kind = match[1] == "vcall_offset"   ? "VTABLE_VCALL_OFFSET"
                         : match[1] == "vbase_offset" ? "VTABLE_VBASE_OFFSET"
                                                      : "VTABLE_OFFSET_TO_TOP";
      lines.push_back(absl::StrCat(kind, " ", match[2].str()));
      continue;
    }
    if (absl::EndsWith(text, " RTTI")) {
      lines.push_back("VTABLE_RTTI " + text.substr(0, text.size() - 5));
      continue;
    }
    std::string kind = "VTABLE_FUNCTION", flags;
    if (absl::StartsWith(text, "[unused] ")) {
      kind = "VTABLE_UNUSED_FUNCTION";
      text = text.substr(9);
    }
    for (const auto& [suffix, meaning] :
         std::vector<std::pair<std::string, std::string>>{{" [complete]", "VTABLE_COMPLETE_DTOR"},
                                                          {" [deleting]", "VTABLE_DELETING_DTOR"},
                                                          {" [pure]", " pure"},
                                                          {" [deleted]", " deleted"}}) {
      if (!absl::EndsWith(text, suffix)) continue;
      text = text.substr(0, text.size() - suffix.size());
      if (meaning[0] == ' ') flags += meaning; else kind = meaning;
    }
    // Drop the return type: the qualified name starts after the last space
    // before the parameter list.
    size_t paren = text.find('(');
    size_t space = text.rfind(' ', paren);
    if (space != std::string::npos) text = text.substr(space + 1);
    lines.push_back(absl::StrCat(kind, " ", text, flags));
  }
  return lines;
}

TEST(SnapshotVtableTest, VirtualBasesPureDeletedFinalOverride) {
  Snapshot snapshot = SnapshotOfHeaders({{"api.h", kHierarchy}});
  // `delete p` needs the deleting destructor's slot: Clang lays out (and
  // dumps) the vtable.
  std::string tail;
  for (const char* name : {"Base", "Left", "Right", "Derived"}) {
    absl::StrAppend(&tail, "void destroy(", name, "* p) { delete p; }\n");
  }
  std::string dump =
      ClangOutput({{"api.h", kHierarchy}}, tail, "-Xclang -fdump-vtable-layouts");
  for (const char* name : {"Base", "Left", "Right", "Derived"}) {
    std::vector<std::string> expected = ParseClangVtable(dump, name);
    ASSERT_FALSE(expected.empty()) << name << " not in Clang's dump:\n" << dump;
    EXPECT_THAT(SnapshotVtable(Get(snapshot, absl::StrCat("record:", name))),
                ElementsAreArray(expected))
        << name;
  }
  EXPECT_THAT(SnapshotVtable(Get(snapshot, "record:Base")),
              ElementsAre("VTABLE_OFFSET_TO_TOP 0", "VTABLE_RTTI Base",
                          "VTABLE_COMPLETE_DTOR Base::~Base()",
                          "VTABLE_DELETING_DTOR Base::~Base()", "VTABLE_FUNCTION Base::f()",
                          "VTABLE_FUNCTION Base::g() const pure"));
  EXPECT_THAT(SnapshotVtable(Get(snapshot, "record:Right")),
              ElementsAre("VTABLE_VBASE_OFFSET 16", "VTABLE_OFFSET_TO_TOP 0", "VTABLE_RTTI Right",
                          "VTABLE_FUNCTION Right::r() deleted",
                          "VTABLE_COMPLETE_DTOR Right::~Right()",
                          "VTABLE_DELETING_DTOR Right::~Right()", "VTABLE_VCALL_OFFSET 0",
                          "VTABLE_VCALL_OFFSET 0", "VTABLE_VCALL_OFFSET -16",
                          "VTABLE_OFFSET_TO_TOP -16", "VTABLE_RTTI Right",
                          "VTABLE_COMPLETE_DTOR Right::~Right()",
                          "VTABLE_DELETING_DTOR Right::~Right()", "VTABLE_FUNCTION Base::f()",
                          "VTABLE_FUNCTION Base::g() const pure"));
  // Function entries are named exactly as the functions' decl ids.
  for (const VtableComponent& component : Get(snapshot, "record:Derived").record().vtable()) {
    if (component.kind() != VTABLE_FUNCTION) continue;
    EXPECT_TRUE(Has(snapshot, "function:" + component.name())) << component.name();
  }
  const Record& derived = Get(snapshot, "record:Derived").record();
  EXPECT_TRUE(derived.is_polymorphic());
  EXPECT_TRUE(derived.is_final());
  EXPECT_FALSE(derived.is_abstract());
  EXPECT_FALSE(derived.passed_in_registers());
  EXPECT_TRUE(Get(snapshot, "record:Base").record().is_abstract());
}

TEST(SnapshotVtableTest, NamespacedAndTemplateBases) {
  const std::string header =
      "namespace lib { inline namespace v2 {\n"
      "template <class T> struct Sink { virtual ~Sink(); virtual void put(const T&, int = 0); };\n"
      "struct Log : Sink<int> { void put(const int&, int) override; virtual Log& self() &&; };\n"
      "} }\n";
  Snapshot snapshot = SnapshotOfHeaders({{"api.h", header}});
  EXPECT_THAT(SnapshotVtable(Get(snapshot, "record:lib::Log")),
              ElementsAre("VTABLE_OFFSET_TO_TOP 0", "VTABLE_RTTI lib::Log",
                          "VTABLE_COMPLETE_DTOR lib::Log::~Log()",
                          "VTABLE_DELETING_DTOR lib::Log::~Log()",
                          "VTABLE_FUNCTION lib::Log::put(const int &, int)",
                          "VTABLE_FUNCTION lib::Log::self() &&"));
  EXPECT_TRUE(Has(snapshot, "function:lib::Log::put(const int &, int)"));
  EXPECT_TRUE(Has(snapshot, "function:lib::Log::self() &&"));
  // The class template itself: no layout, no vtable.
  const Record& sink = Get(snapshot, "record:lib::Sink").record();
  EXPECT_TRUE(sink.is_template());
  EXPECT_EQ(sink.size_bytes(), 0u);
  EXPECT_EQ(sink.vtable_size(), 0);
}

// ---------------------------------------------------------------------------
// Functions

// The function flags of interest here, as one string.
std::string Flags(const Function& f) {
  std::vector<std::string> flags;
  if (f.is_static()) flags.push_back("static");
  if (f.is_virtual()) flags.push_back("virtual");
  if (f.is_pure()) flags.push_back("pure");
  if (f.is_override()) flags.push_back("override");
  if (f.is_final()) flags.push_back("final");
  if (f.is_deleted()) flags.push_back("deleted");
  if (f.is_defaulted()) flags.push_back("defaulted");
  if (f.is_constexpr()) flags.push_back("constexpr");
  if (f.is_consteval()) flags.push_back("consteval");
  if (f.is_extern_c()) flags.push_back("extern_c");
  if (f.is_template()) flags.push_back("template");
  return absl::StrJoin(flags, " ");
}

TEST(SnapshotFunctionTest, OverrideFinalConstevalDefaultedDeleted) {
  Snapshot snapshot = SnapshotOfHeader(
      "struct Shape {\n"
      "  Shape() = default;\n"
      "  virtual ~Shape();\n"
      "  virtual double area() const = 0;\n"
      "  virtual void draw();\n"
      "  virtual void gone() = delete;\n"
      "};\n"
      "struct Square final : Shape {\n"
      "  Square() = default;\n"
      "  Square(const Square&) = delete;\n"
      "  ~Square() override;\n"
      "  double area() const override;\n"
      "  void draw() final;\n"
      "  static consteval int sides() { return 4; }\n"
      "};\n"
      "consteval int thrice(int x) { return 3 * x; }\n"
      "constexpr int twice(int x) { return 2 * x; }\n"
      "extern \"C\" int c_entry(int);\n"
      "extern \"C\" { int c_block(void); }\n",
      "-std=c++20");
  const std::map<std::string, std::string> expected = {
      // Implicitly constexpr (C++20), but not written so: not recorded.
      {"function:Shape::Shape()", "defaulted"},
      {"function:Shape::~Shape()", "virtual"},
      {"function:Shape::area() const", "virtual pure"},
      {"function:Shape::draw()", "virtual"},
      {"function:Shape::gone()", "virtual deleted"},
      {"function:Square::Square()", "defaulted"},
      {"function:Square::Square(const Square &)", "deleted"},
      {"function:Square::~Square()", "virtual override"},
      {"function:Square::area() const", "virtual override"},
      {"function:Square::draw()", "virtual override final"},
      {"function:Square::sides()", "static constexpr consteval"},
      {"function:thrice(int)", "constexpr consteval"},
      {"function:twice(int)", "constexpr"},
      {"function:c_entry(int)", "extern_c"},
      {"function:c_block()", "extern_c"},
  };
  for (const auto& [id, flags] : expected) EXPECT_EQ(Flags(Get(snapshot, id).function()), flags) << id;
  EXPECT_THAT(IdsOfKind(snapshot, FUNCTION), ::testing::SizeIs(expected.size()));
  // consteval functions have no symbol; extern "C" ones are unmangled.
  EXPECT_EQ(Get(snapshot, "function:thrice(int)").mangled_names_size(), 0);
  EXPECT_THAT(Get(snapshot, "function:c_entry(int)").mangled_names(), ElementsAre("c_entry"));
}

TEST(SnapshotFunctionTest, OutOfLineMemberDefinitionsDoNotReplaceTheirDeclaration) {
  // a_impl.h sorts before widget.h, and its definitions come first in no
  // order: the declarations inside the class are what is recorded.
  Snapshot snapshot = SnapshotOfHeaders({
      {"widget.h",
       "#pragma once\n"
       "struct Widget {\n"
       "  virtual double area() const = 0;\n"
       "  void resize(int factor = 2);\n"
       "  static const int kSides;\n"
       "};\n"},
      {"a_impl.h",
       "#pragma once\n#include \"widget.h\"\n"
       "inline double Widget::area() const { return 0; }\n"
       "inline void Widget::resize(int factor) { (void)factor; }\n"
       "inline const int Widget::kSides = 4;\n"},
  });
  const Decl& area = Get(snapshot, "function:Widget::area() const");
  EXPECT_EQ(area.location().file(), "widget.h");
  EXPECT_EQ(area.location().line(), 3u);
  EXPECT_TRUE(area.function().is_pure());
  const Decl& resize = Get(snapshot, "function:Widget::resize(int)");
  EXPECT_EQ(resize.location().file(), "widget.h");
  EXPECT_EQ(resize.function().parameters(0).default_text(), "2");
  EXPECT_EQ(Get(snapshot, "variable:Widget::kSides").location().file(), "widget.h");
}

// ---------------------------------------------------------------------------
// Enums, typedefs, variables

TEST(SnapshotEnumTest, ScopedFixedAnonymousAndValues) {
  Snapshot snapshot = SnapshotOfHeader(
      "namespace lib {\n"
      "enum class Level : short { kLow = -2, kHigh = 9 };\n"
      "enum Plain { kA, kB = 4, kC };\n"
      "enum { kFirstFlag = 1, kSecondFlag = 2 };\n"
      "typedef enum { kRed, kBlue } Color;\n"
      "struct Holder { enum { kInner = 7 }; };\n"
      "}\n");
  EXPECT_THAT(IdsOfKind(snapshot, ENUM),
              ElementsAre("enum:lib::(anonymous enum kFirstFlag)", "enum:lib::Color",
                          "enum:lib::Holder::(anonymous enum kInner)", "enum:lib::Level",
                          "enum:lib::Plain"));
  const Enum& level = Get(snapshot, "enum:lib::Level").enum_decl();
  EXPECT_TRUE(level.is_scoped());
  EXPECT_TRUE(level.is_fixed());
  EXPECT_EQ(level.underlying_type().canonical(), "short");
  ASSERT_EQ(level.enumerators_size(), 2);
  EXPECT_EQ(level.enumerators(0).value(), "-2");
  const Enum& plain = Get(snapshot, "enum:lib::Plain").enum_decl();
  EXPECT_FALSE(plain.is_scoped());
  EXPECT_FALSE(plain.is_fixed());
  EXPECT_EQ(plain.underlying_type().canonical(), "unsigned int");
  ASSERT_EQ(plain.enumerators_size(), 3);
  EXPECT_EQ(plain.enumerators(2).name(), "kC");
  EXPECT_EQ(plain.enumerators(2).value(), "5");
  EXPECT_EQ(Get(snapshot, "enum:lib::(anonymous enum kFirstFlag)").qualified_name(),
            "lib::(anonymous enum kFirstFlag)");
}

TEST(SnapshotVariableTest, TypesAndConstantValues) {
  Snapshot snapshot = SnapshotOfHeader(
      "namespace lib {\n"
      "enum class Mode { kOff, kOn = 3 };\n"
      "constexpr int kAnswer = 6 * 7;\n"
      "constexpr unsigned long long kBig = ~0ull;\n"
      "constexpr long kNegative = -5;\n"
      "constexpr double kPi = 3.25;\n"
      "constexpr float kTenth = 0.1f;\n"
      "constexpr bool kEnabled = true;\n"
      "const bool kDisabled = false;\n"
      "constexpr Mode kMode = Mode::kOn;\n"
      "constexpr char kLetter = 'A';\n"
      "constexpr const char* kName = \"lib\";\n"
      "extern int counter;\n"
      "extern const int kExternal;\n"
      "struct Config { static constexpr int kLimit = 10; static int instances; };\n"
      "}\n");
  const std::map<std::string, std::string> expected = {
      {"variable:lib::kAnswer", "const int = 42"},
      {"variable:lib::kBig", "const unsigned long long = 18446744073709551615"},
      {"variable:lib::kNegative", "const long = -5"},
      {"variable:lib::kPi", "const double = 3.25"},
      {"variable:lib::kTenth", "const float = 0.100000001"},
      {"variable:lib::kEnabled", "const bool = true"},
      {"variable:lib::kDisabled", "const bool = false"},
      {"variable:lib::kMode", "const lib::Mode = 3"},
      {"variable:lib::kLetter", "const char = 65"},
      {"variable:lib::kName", "const char *const = \"lib\""},
      {"variable:lib::counter", "int = "},
      {"variable:lib::kExternal", "const int = "},
      {"variable:lib::Config::kLimit", "const int = 10"},
      {"variable:lib::Config::instances", "int = "},
  };
  for (const auto& [id, text] : expected) {
    const Variable& variable = Get(snapshot, id).variable();
    EXPECT_EQ(absl::StrCat(variable.type().canonical(), " = ", variable.value()), text) << id;
  }
  EXPECT_TRUE(Get(snapshot, "variable:lib::Config::kLimit").variable().is_static_member());
  EXPECT_THAT(Get(snapshot, "variable:lib::counter").mangled_names(),
              ElementsAre("_ZN3lib7counterE"));
}

TEST(SnapshotTypedefTest, CanonicalTargets) {
  Snapshot snapshot = SnapshotOfHeader(
      "namespace lib { struct Item {}; typedef Item* ItemPtr; using Items = const ItemPtr*; }\n");
  EXPECT_EQ(Get(snapshot, "typedef:lib::ItemPtr").typedef_decl().target().canonical(),
            "lib::Item *");
  EXPECT_EQ(Get(snapshot, "typedef:lib::Items").typedef_decl().target().canonical(),
            "lib::Item *const *");
}

// ---------------------------------------------------------------------------
// Templates

// A template parameter as one line.
std::string ParameterText(const TemplateParameter& p) {
  std::string text = absl::StrCat(TemplateParameterKind_Name(p.kind()), " ", p.name());
  if (p.kind() == TEMPLATE_NON_TYPE) absl::StrAppend(&text, " : ", p.type().canonical());
  if (p.is_pack()) absl::StrAppend(&text, " pack");
  if (p.has_default()) absl::StrAppend(&text, " = ", p.default_text());
  if (!p.constraint().empty()) absl::StrAppend(&text, " constrained by ", p.constraint());
  return text;
}

std::vector<std::string> Parameters(const Decl& decl) {
  std::vector<std::string> lines;
  for (const TemplateParameter& p : decl.template_parameters()) lines.push_back(ParameterText(p));
  return lines;
}

constexpr char kTemplates[] =
    "#include <concepts>\n"
    "namespace tpl {\n"
    "template <class T> concept Small = sizeof(T) <= 8;\n"
    "template <class T> struct Alloc {};\n"
    "template <class T, int N = 4, template <class> class A = Alloc, typename... Extra>\n"
    "class Buffer {\n"
    " public:\n"
    "  Buffer();\n"
    "  T& at(int i);\n"
    "  static constexpr int kCapacity = N;\n"
    "  template <class U> void push(U&& value);\n"
    "  void clear() requires std::default_initializable<T>;\n"
    "  struct Cursor { T* pos; void advance(); };\n"
    " private:\n"
    "  T items_[N];\n"
    "  virtual void on_full();\n"
    "};\n"
    "template <Small T, class U = T>\n"
    "  requires (!std::same_as<T, bool>)\n"
    "U convert(T value) noexcept;\n"
    "template <class T> using Ref = const T&;\n"
    "template <std::integral T = int> constexpr T kZero = T(0);\n"
    "template <std::integral auto N, Small auto... Ms> struct Fixed {};\n"
    // Explicit and partial specializations are not recorded.
    "template <> class Buffer<bool> { public: void special(); };\n"
    "template <class T> class Buffer<T*> { public: void partial(); };\n"
    "template <> inline constexpr int kZero<int> = 0;\n"
    "template <> long convert<int, long>(int) noexcept;\n"
    // Internal linkage: not API.
    "template <class T> static T hidden_function(T);\n"
    "template <class T> static T hidden_variable = T();\n"
    "}\n";

TEST(SnapshotTemplateTest, ClassTemplateAndItsMembers) {
  Snapshot snapshot = SnapshotOfHeaders({{"tpl.h", kTemplates}}, "-std=c++20");
  const Decl& buffer = Get(snapshot, "record:tpl::Buffer");
  EXPECT_TRUE(buffer.record().is_template());
  EXPECT_TRUE(buffer.record().is_complete());
  EXPECT_EQ(buffer.record().size_bytes(), 0u);
  EXPECT_EQ(buffer.record().vtable_size(), 0);
  EXPECT_THAT(Parameters(buffer),
              ElementsAre("TEMPLATE_TYPE T", "TEMPLATE_NON_TYPE N : int = 4",
                          "TEMPLATE_TEMPLATE A = Alloc", "TEMPLATE_TYPE Extra pack"));
  ASSERT_EQ(buffer.record().fields_size(), 1);
  EXPECT_EQ(buffer.record().fields(0).name(), "items_");
  EXPECT_EQ(buffer.record().fields(0).access(), PRIVATE);
  // Members come from the template itself: no symbols, no layout.
  const std::vector<std::string> members = {
      "function:tpl::Buffer::Buffer<T, N, A, Extra...>()",
      "function:tpl::Buffer::at(int)",
      "function:tpl::Buffer::clear()",
      "function:tpl::Buffer::on_full()",
      "function:tpl::Buffer::push(type-parameter-1-0 &&)",
      "record:tpl::Buffer::Cursor",
      "function:tpl::Buffer::Cursor::advance()",
      "variable:tpl::Buffer::kCapacity",
  };
  for (const std::string& id : members) {
    const Decl& decl = Get(snapshot, id);
    EXPECT_EQ(decl.mangled_names_size(), 0) << id;
    EXPECT_EQ(decl.record().size_bytes(), 0u) << id;
  }
  EXPECT_EQ(Get(snapshot, "function:tpl::Buffer::clear()").requires_clause(),
            "std::default_initializable<T>");
  const Decl& push = Get(snapshot, "function:tpl::Buffer::push(type-parameter-1-0 &&)");
  EXPECT_TRUE(push.function().is_template());
  EXPECT_THAT(Parameters(push), ElementsAre("TEMPLATE_TYPE U"));
  EXPECT_EQ(Get(snapshot, "variable:tpl::Buffer::kCapacity").variable().value(), "");
  EXPECT_EQ(Get(snapshot, "function:tpl::Buffer::on_full()").access(), PRIVATE);
  // Specializations are absent.
  for (const Decl& decl : snapshot.decls()) {
    EXPECT_FALSE(absl::StrContains(decl.id(), "special")) << decl.id();
    EXPECT_FALSE(absl::StrContains(decl.id(), "partial")) << decl.id();
    EXPECT_FALSE(absl::StrContains(decl.id(), "long")) << decl.id();
    EXPECT_FALSE(absl::StrContains(decl.id(), "hidden")) << decl.id();
  }
}

TEST(SnapshotTemplateTest, FunctionAliasAndVariableTemplatesWithConstraints) {
  Snapshot snapshot = SnapshotOfHeaders({{"tpl.h", kTemplates}}, "-std=c++20");
  const Decl& convert = Get(snapshot, "function:tpl::convert(type-parameter-0-0)");
  EXPECT_TRUE(convert.function().is_template());
  EXPECT_TRUE(convert.function().is_noexcept());
  EXPECT_EQ(convert.mangled_names_size(), 0);
  EXPECT_THAT(Parameters(convert),
              ElementsAre("TEMPLATE_TYPE T constrained by Small", "TEMPLATE_TYPE U = T"));
  EXPECT_EQ(convert.requires_clause(), "(!std::same_as<T, bool>)");

  const Decl& ref = Get(snapshot, "typedef:tpl::Ref");
  EXPECT_THAT(Parameters(ref), ElementsAre("TEMPLATE_TYPE T"));
  EXPECT_EQ(ref.typedef_decl().target().canonical(), "const type-parameter-0-0 &");

  const Decl& zero = Get(snapshot, "variable:tpl::kZero");
  EXPECT_THAT(Parameters(zero),
              ElementsAre("TEMPLATE_TYPE T = int constrained by std::integral"));
  EXPECT_EQ(zero.variable().value(), "");
  EXPECT_EQ(zero.mangled_names_size(), 0);

  const Decl& fixed = Get(snapshot, "record:tpl::Fixed");
  ASSERT_EQ(fixed.template_parameters_size(), 2);
  EXPECT_EQ(fixed.template_parameters(0).kind(), TEMPLATE_NON_TYPE);
  EXPECT_EQ(fixed.template_parameters(0).constraint(), "std::integral");
  EXPECT_TRUE(fixed.template_parameters(1).is_pack());
  EXPECT_EQ(fixed.template_parameters(1).constraint(), "Small");
  // Concepts are not declarations of the snapshot.
  EXPECT_FALSE(Has(snapshot, "record:tpl::Small"));
}

// ---------------------------------------------------------------------------
// Namespaces

// Dependent names get one spelling with every Clang major: Clang 19's, which
// stored baselines hold (scripts/test-cross-clang checks that the other
// majors agree; this pins the spelling itself).
constexpr char kDependentTypes[] =
    "#include <type_traits>\n"
    "namespace lib {\n"
    "struct Item {};\n"
    "template <typename T> struct Box {\n"
    "  template <typename U,\n"
    "            typename std::enable_if<!std::is_same<U, T>::value, int>::type = 0>\n"
    "  Box(U) {}\n"
    "};\n"
    "template <typename T> typename T::value_type first(const T&);\n"
    "template <typename T> typename T::template rebind<int>::other rebound(T);\n"
    "template <int N> void constant(std::integral_constant<int, N>);\n"
    "template <typename T> struct Outer {\n"
    "  template <typename U> struct Inner { using type = U; };\n"
    "};\n"
    "template <typename T> typename Outer<Item>::template Inner<T>::type known(T);\n"
    "template <typename T> struct Derived : T::base {};\n"
    "}\n";

TEST(SnapshotTemplateTest, DependentTypesAreSpelledAsClang19Does) {
  Snapshot snapshot = SnapshotOfHeaders({{"dep.h", kDependentTypes}});
  // The qualifier's template without its scope, `typename` kept.
  const Decl& box = Get(snapshot, "function:lib::Box::Box<T>(type-parameter-1-0)");
  ASSERT_EQ(box.template_parameters_size(), 2);
  EXPECT_EQ(box.template_parameters(1).type().canonical(),
            "typename enable_if<!std::is_same<type-parameter-1-0, type-parameter-0-0>::value, "
            "int>::type");
  EXPECT_EQ(Get(snapshot, "function:lib::first(const type-parameter-0-0 &)")
                .function().return_type().canonical(),
            "typename type-parameter-0-0::value_type");
  EXPECT_EQ(Get(snapshot, "function:lib::rebound(type-parameter-0-0)")
                .function().return_type().canonical(),
            "typename type-parameter-0-0::template rebind<int>::other");
  // A non-type template parameter by its name (Clang 21+: value-parameter-0-0).
  EXPECT_TRUE(Has(snapshot, "function:lib::constant(std::integral_constant<int, N>)"));
  // Written once `template` (Clang 19 wrote it twice).
  const Type& known = Get(snapshot, "function:lib::known(type-parameter-0-0)").function().return_type();
  EXPECT_EQ(known.canonical(), "typename Inner<type-parameter-0-0>::type");
  EXPECT_EQ(known.spelling(), "typename Outer<Item>::template Inner<T>::type");
  // A base class is named without `typename`.
  const Decl& derived = Get(snapshot, "record:lib::Derived");
  ASSERT_EQ(derived.record().bases_size(), 1);
  EXPECT_EQ(derived.record().bases(0).type().canonical(), "type-parameter-0-0::base");
  EXPECT_EQ(derived.record().bases(0).type().spelling(), "T::base");
}

// Spellings are shown, never compared: a baseline written while Clang 19's
// printer doubled the `template` keyword diffs clean against a new snapshot.
TEST(SnapshotTemplateTest, BaselineWithTheDoubledTemplateKeywordDiffsClean) {
  Project project = WriteProject({{"dep.h", kDependentTypes}});
  Snapshot current = SnapshotOf(project);
  Snapshot baseline = current;
  for (Decl& decl : *baseline.mutable_decls()) {
    if (decl.id() == "function:lib::known(type-parameter-0-0)") {
      decl.mutable_function()->mutable_return_type()->set_spelling(
          "typename Outer<Item>::template template Inner<T>::type");
    }
  }
  std::string old_path = project.dir + "/old.apisnap", new_path = project.dir + "/new.apisnap";
  ASSERT_TRUE(WriteSnapshot(baseline, old_path).ok());
  ASSERT_TRUE(WriteSnapshot(current, new_path).ok());
  CommandResult diff = Apicompat(absl::StrCat("diff -v ", Quote(old_path), " ", Quote(new_path)));
  EXPECT_EQ(diff.exit_code, 0) << diff.out << diff.err;
  EXPECT_THAT(diff.out, ::testing::HasSubstr("0 errors, 0 warnings, 0 info;"));
}

// Collector revision 3 prints a prefix `*` or `&` in a type's expression
// without a space, which Clang prints when an overload of the operator is
// visible, and an enum-typed template argument of a canonical type as its
// value, which Clang prints as the enumerator only where the enum's
// definition is visible. A baseline of revision 2 written the old way is
// respelled by the differ: no finding; the same baseline claiming revision
// 3 would have findings.
TEST(SnapshotTemplateTest, Revision2BaselineSpelledTheOldWayDiffsClean) {
  Project project = WriteProject(
      {{"api.h",
        "#pragma once\n#include <memory>\nnamespace lib {\n"
        "enum class CharSet : unsigned long { c = 1, p = 1ul << 18 };\n"
        "template <CharSet C> struct Result {};\n"
        "Result<CharSet::p> Convert(Result<CharSet::c>);\n"
        "template <typename T> auto RawPtr(T&& ptr) -> decltype(std::addressof(*ptr));\n"
        "template <typename T> auto Address(T&& value) -> decltype(&value.x);\n}\n"}});
  Snapshot current = SnapshotOf(project);
  ASSERT_EQ(current.header().collector_revision(), 3u);
  EXPECT_EQ(Get(current, "function:lib::RawPtr(type-parameter-0-0 &&)")
                .function().return_type().canonical(),
            "decltype(std::addressof(*ptr))");
  EXPECT_EQ(Get(current, "function:lib::Convert(lib::Result<1>)")
                .function().return_type().canonical(),
            "lib::Result<262144>");
  Snapshot baseline = current;
  auto old_way = [](const std::string& text) {
    return absl::StrReplaceAll(text, {{"(*", "(* "},
                                      {"(&", "(& "},
                                      {"Result<1>", "Result<lib::CharSet::c>"},
                                      {"Result<262144>", "Result<lib::CharSet::p>"}});
  };
  for (Decl& decl : *baseline.mutable_decls()) {
    decl.set_id(old_way(decl.id()));
    if (!decl.has_function()) continue;
    Type& type = *decl.mutable_function()->mutable_return_type();
    type.set_canonical(old_way(type.canonical()));
    for (Parameter& parameter : *decl.mutable_function()->mutable_parameters()) {
      parameter.mutable_type()->set_canonical(old_way(parameter.type().canonical()));
    }
  }
  std::string new_path = project.dir + "/new.apisnap";
  ASSERT_TRUE(WriteSnapshot(current, new_path).ok());
  for (uint32_t revision : {2u, 3u}) {
    baseline.mutable_header()->set_collector_revision(revision);
    std::string old_path = absl::StrCat(project.dir, "/old", revision, ".apisnap");
    ASSERT_TRUE(WriteSnapshot(baseline, old_path).ok());
    CommandResult diff =
        Apicompat(absl::StrCat("diff -v ", Quote(old_path), " ", Quote(new_path)));
    if (revision == 2) {
      EXPECT_EQ(diff.exit_code, 0) << diff.out << diff.err;
      EXPECT_THAT(diff.out, ::testing::HasSubstr("0 errors, 0 warnings, 0 info;"));
    } else {
      EXPECT_EQ(diff.exit_code, 1) << diff.out << diff.err;
    }
  }
}

TEST(SnapshotNamespaceTest, NamedNamespacesWithInlineOnesOnce) {
  Snapshot snapshot = SnapshotOfHeaders({
      {"a.h",
       "#pragma once\n"
       "namespace lib {\n"
       "inline namespace v2 {\n"
       "int f();\n"
       "namespace io { struct File {}; }\n"
       "}\n"
       "namespace detail { int hidden(); }\n"
       "namespace { int internal_linkage(); }\n"
       "}\n"},
      {"b.h", "#pragma once\nnamespace lib { int g(); }\nnamespace lib { inline namespace v2 { namespace io { int h(); } } }\n"},
  });
  EXPECT_THAT(IdsOfKind(snapshot, NAMESPACE),
              ElementsAre("namespace:lib", "namespace:lib::v2", "namespace:lib::v2::io"));
  const Decl& v2 = Get(snapshot, "namespace:lib::v2");
  EXPECT_EQ(v2.qualified_name(), "lib::v2");
  EXPECT_TRUE(v2.namespace_decl().is_inline());
  EXPECT_EQ(v2.location().file(), "a.h");
  EXPECT_EQ(v2.location().line(), 3u);
  EXPECT_FALSE(Get(snapshot, "namespace:lib").namespace_decl().is_inline());
  EXPECT_EQ(Get(snapshot, "namespace:lib").location().line(), 2u);
  // Everything else is named without the inline namespace.
  EXPECT_TRUE(Has(snapshot, "function:lib::f()"));
  EXPECT_TRUE(Has(snapshot, "record:lib::io::File"));
  EXPECT_TRUE(Has(snapshot, "function:lib::io::h()"));
}

// ---------------------------------------------------------------------------
// Macros

TEST(SnapshotMacroTest, PublicMacrosWithoutGuards) {
  Project project = WriteProject(
      {
          {"macros.h",
           "#ifndef LIB_MACROS_H\n"
           "#define LIB_MACROS_H\n"
           "#include \"../private/impl.h\"\n"
           "#define LIB_VERSION_MAJOR 2\n"
           "#define LIB_NAME   \"lib\"  \n"
           "#define LIB_EMPTY\n"
           "#define LIB_MAX(a,   b) ((a)>(b) ? \\\n   (a) : (b))\n"
           "#define LIB_LOG(fmt, ...) lib_log(fmt, __VA_ARGS__)\n"
           "#define LIB_TRACE(args...) lib_trace(args)\n"
           "#define LIB_NOARGS() lib_do()\n"
           "#define LIB_STR(x) #x\n"
           "#define _LIB_RESERVED 1\n"
           "#define LIB_TEMPORARY 1\n"
           "#undef LIB_TEMPORARY\n"
           "#define LIB_REDEFINED 1\n"
           "#undef LIB_REDEFINED\n"
           "#define LIB_REDEFINED (1 + 1)\n"
           "#endif  // LIB_MACROS_H\n"},
          {"pragma_guarded.h",
           "#pragma once\n#ifndef PRAGMA_GUARDED_H\n#define PRAGMA_GUARDED_H\n"
           "#define LIB_FROM_PRAGMA 1\n#endif\n"},
          {"trailing.h",
           "/* licence */\n#if !defined(TRAILING_GUARD)\n#define TRAILING_GUARD 1\n#endif\n"
           "#define LIB_AFTER_ENDIF 1\n"},
      },
      "c++", "#define MAIN_FILE_MACRO 1\n");
  WriteFile(project.dir + "/private/impl.h", "#pragma once\n#define IMPL_MACRO 1\n");
  Snapshot snapshot = SnapshotOf(project, "-DCOMMAND_LINE_MACRO=1");
  EXPECT_THAT(IdsOfKind(snapshot, MACRO),
              ElementsAre("macro:LIB_AFTER_ENDIF", "macro:LIB_EMPTY", "macro:LIB_FROM_PRAGMA",
                          "macro:LIB_LOG", "macro:LIB_MAX", "macro:LIB_NAME", "macro:LIB_NOARGS",
                          "macro:LIB_REDEFINED", "macro:LIB_STR", "macro:LIB_TRACE",
                          "macro:LIB_VERSION_MAJOR"));
  auto text = [&](const std::string& name) {
    const Decl& decl = Get(snapshot, "macro:" + name);
    const Macro& macro = decl.macro();
    std::string params = macro.is_function_like()
                             ? absl::StrCat("(", absl::StrJoin(macro.parameters(), ","),
                                            macro.is_variadic() ? ",..." : "", ")")
                             : "";
    return absl::StrCat(decl.qualified_name(), params, " -> ", macro.replacement());
  };
  EXPECT_EQ(text("LIB_VERSION_MAJOR"), "LIB_VERSION_MAJOR -> 2");
  EXPECT_EQ(text("LIB_NAME"), "LIB_NAME -> \"lib\"");
  EXPECT_EQ(text("LIB_EMPTY"), "LIB_EMPTY -> ");
  EXPECT_EQ(text("LIB_MAX"), "LIB_MAX(a,b) -> ( ( a ) > ( b ) ? ( a ) : ( b ) )");
  EXPECT_EQ(text("LIB_LOG"), "LIB_LOG(fmt,...) -> lib_log ( fmt , __VA_ARGS__ )");
  EXPECT_EQ(text("LIB_TRACE"), "LIB_TRACE(args,...) -> lib_trace ( args )");
  EXPECT_EQ(text("LIB_NOARGS"), "LIB_NOARGS() -> lib_do ( )");
  EXPECT_EQ(text("LIB_STR"), "LIB_STR(x) -> # x");
  EXPECT_EQ(text("LIB_REDEFINED"), "LIB_REDEFINED -> ( 1 + 1 )");
  const Decl& max = Get(snapshot, "macro:LIB_MAX");
  EXPECT_EQ(max.kind(), MACRO);
  EXPECT_EQ(max.location().file(), "macros.h");
  EXPECT_EQ(max.location().line(), 7u);
  EXPECT_EQ(Get(snapshot, "macro:LIB_REDEFINED").location().line(), 18u);
}

TEST(SnapshotMacroTest, MacrosOfCHeaders) {
  Snapshot snapshot = SnapshotOfHeaders(
      {{"c.h", "#ifndef C_API_H\n#define C_API_H 1\n#define C_API_VERSION 3\n#endif\n"}}, "", "c");
  EXPECT_THAT(IdsOfKind(snapshot, MACRO), ElementsAre("macro:C_API_VERSION"));
}

// ---------------------------------------------------------------------------
// C headers compiled as C

TEST(SnapshotCTest, CHeaderCompiledAsC) {
  Snapshot snapshot = SnapshotOfHeaders(
      {{"c.h",
        "#ifndef C_H\n#define C_H\n"
        "#include <stddef.h>\n"
        "typedef struct point { int x, y; } point_t;\n"
        "typedef struct handle* handle_t;\n"
        "enum mode { MODE_A, MODE_B = 4 };\n"
        "int c_draw(const point_t* p, size_t n, enum mode m);\n"
        "int c_printf(const char* fmt, ...);\n"
        "extern const int c_limit;\n"
        "static inline int c_helper(void) { return 0; }\n"
        "#endif\n"}},
      "", "c");
  EXPECT_THAT(DeclIds(snapshot),
              ElementsAre("enum:mode", "function:c_draw(const point *, unsigned long, mode)",
                          "function:c_printf(const char *, ...)", "record:handle",
                          "record:point", "typedef:handle_t", "typedef:point_t",
                          "variable:c_limit"));
  const Decl& draw = Get(snapshot, "function:c_draw(const point *, unsigned long, mode)");
  EXPECT_TRUE(draw.function().is_extern_c());
  EXPECT_THAT(draw.mangled_names(), ElementsAre("c_draw"));
  EXPECT_TRUE(Get(snapshot, "function:c_printf(const char *, ...)").function().is_variadic());
  EXPECT_FALSE(Get(snapshot, "record:handle").record().is_complete());
  EXPECT_EQ(Get(snapshot, "record:point").record().size_bytes(), 8u);
  EXPECT_TRUE(Get(snapshot, "variable:c_limit").variable().is_extern_c());
}

// ---------------------------------------------------------------------------
// Stability marks on namespaces and classes

std::string Tier(const Snapshot& snapshot, const std::string& id) {
  return Tier_Name(Get(snapshot, id).stability().tier());
}

TEST(SnapshotStabilityTest, NamespaceAndClassMarksApplyToEverythingInside) {
  Snapshot snapshot = SnapshotOfHeader(
      // The portable spelling (Clang 14 too): the mark after the name.
      "namespace hidden APICOMPAT_INTERNAL_API {\n"
      "int f();\n"
      "struct S { void m(); };\n"
      "inline namespace v1 { int g(); }\n"
      "APICOMPAT_DEPRECATED(\"1.0\", \"2.0\", \"g\", \"old\") int old();\n"
      "}\n"
      "namespace hidden { int reopened(); }\n"
      // Before the name: Clang 16+ for the macro, C++17 for [[...]].
      "namespace APICOMPAT_EXPERIMENTAL_API preview { int p(); }\n"
      "namespace [[apicompat::internal_api]] scoped { int s(); }\n"
      "namespace [[experimental_api]] plain { int q(); }\n"
      "namespace gnu __attribute__((internal_api)) { int n(); }\n"
      "class APICOMPAT_EXPERIMENTAL_API Widget {\n"
      " public:\n"
      "  void draw();\n"
      "  struct Part { int x; void fit(); };\n"
      "  enum Kind { kA };\n"
      "  static int count;\n"
      "};\n"
      "namespace open { int stable(); }\n");
  const std::map<std::string, std::string> expected = {
      {"namespace:hidden", "INTERNAL"},        {"function:hidden::f()", "INTERNAL"},
      {"record:hidden::S", "INTERNAL"},        {"function:hidden::S::m()", "INTERNAL"},
      {"namespace:hidden::v1", "INTERNAL"},    {"function:hidden::g()", "INTERNAL"},
      {"function:hidden::old()", "DEPRECATED"}, {"function:hidden::reopened()", "INTERNAL"},
      {"namespace:preview", "EXPERIMENTAL"},   {"function:preview::p()", "EXPERIMENTAL"},
      {"namespace:scoped", "INTERNAL"},        {"function:scoped::s()", "INTERNAL"},
      {"namespace:plain", "EXPERIMENTAL"},     {"function:plain::q()", "EXPERIMENTAL"},
      {"namespace:gnu", "INTERNAL"},           {"function:gnu::n()", "INTERNAL"},
      {"record:Widget", "EXPERIMENTAL"},       {"function:Widget::draw()", "EXPERIMENTAL"},
      {"record:Widget::Part", "EXPERIMENTAL"}, {"function:Widget::Part::fit()", "EXPERIMENTAL"},
      {"enum:Widget::Kind", "EXPERIMENTAL"},   {"variable:Widget::count", "EXPERIMENTAL"},
      {"namespace:open", "STABLE"},            {"function:open::stable()", "STABLE"},
  };
  for (const auto& [id, tier] : expected) EXPECT_EQ(Tier(snapshot, id), tier) << id;
  EXPECT_EQ(snapshot.decls_size(), static_cast<int>(expected.size()));
}

// ---------------------------------------------------------------------------
// Determinism

constexpr char kHeaderA[] =
    "#pragma once\n"
    "#define LIB_A 1\n"
    "namespace lib { struct A { int x; virtual ~A(); }; int fa(A); enum { kA = 1 };\n"
    "struct { int anonymous_struct_variable; } instance; }\n";
constexpr char kHeaderB[] =
    "#pragma once\n"
    "#define LIB_B(x) (x)\n"
    "namespace lib { struct B { union { int i; float f; }; }; int fb(B); enum { kB = 2 }; }\n"
    "namespace lib { inline namespace v1 { template <class T> T fb(T); } }\n";

// The decls, header aside (it names the TU).
std::string DeclsText(const Snapshot& snapshot) {
  std::string text;
  for (const Decl& decl : snapshot.decls()) absl::StrAppend(&text, decl.DebugString());
  return text;
}

TEST(SnapshotDeterminismTest, SameTranslationUnitGivesIdenticalBytes) {
  Project project = WriteProject({{"a.h", kHeaderA}, {"b.h", kHeaderB}});
  SnapshotOf(project, "", "c++", "first");
  SnapshotOf(project, "", "c++", "second");
  std::string first = ReadFile(project.dir + "/first.apisnap");
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(first, ReadFile(project.dir + "/second.apisnap"));
}

TEST(SnapshotDeterminismTest, IncludeOrderDoesNotMatter) {
  Project project = WriteProject({{"a.h", kHeaderA}, {"b.h", kHeaderB}});
  WriteFile(project.dir + "/src/reversed.cpp", "#include \"b.h\"\n#include \"a.h\"\n");
  Snapshot forward = SnapshotOf(project);
  Snapshot reversed = SnapshotOf(Project{project.dir, project.dir + "/src/reversed.cpp"}, "",
                                 "c++", "reversed");
  EXPECT_EQ(DeclsText(forward), DeclsText(reversed));
  EXPECT_EQ(Get(forward, "namespace:lib").location().file(), "a.h");
  EXPECT_TRUE(Has(forward, "macro:LIB_B"));
  EXPECT_TRUE(Has(forward, "enum:lib::(anonymous enum kB)"));
}

}  // namespace
}  // namespace apicompat::testing
