// Compiler-verified witnesses end to end: headers through the real plugin,
// `apicompat diff --witnesses` compiling each error's witness with the real
// compiler against both versions' headers. One test per kind of witness,
// and a wrong finding (from a hand-edited snapshot) that must be refuted.
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "apicompat/report.pb.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "language_standard.h"
#include "rule_catalog.h"
#include "support/libgeo_repo.h"
#include "support/test_support.h"
#include "witness/generators.h"

namespace apicompat::testing {
namespace {

using ::testing::HasSubstr;

class WitnessTest : public ::testing::Test {
 protected:
  // Writes old/lib.h and new/lib.h and snapshots both through the plugin.
  void Headers(const std::string& old_text, const std::string& new_text,
               const std::string& lang = "c++") {
    scratch_ = MakeScratchDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    for (const auto& [side, text] : {std::pair{"old", old_text}, std::pair{"new", new_text}}) {
      std::string dir = absl::StrCat(scratch_, "/", side);
      WriteFile(dir + "/lib.h", text);
      std::string source = absl::StrCat(scratch_, "/", side, lang == "c" ? ".c" : ".cc");
      WriteFile(source, "#include \"lib.h\"\n");
      CommandResult compiled = CompileWithPlugin(source, dir, Snapshot(side), "-I" + Quote(dir), lang);
      ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
    }
  }

  std::string Snapshot(const std::string& side) const {
    return absl::StrCat(scratch_, "/", side, ".apisnap");
  }

  CommandResult Diff(const std::string& format, const std::string& extra = "",
                     const std::string& current = "") {
    return Apicompat(absl::StrCat(
        "diff ", Quote(Snapshot("old")), " ", Quote(current.empty() ? Snapshot("new") : current),
        " --format ", format, " --witnesses --baseline-include ", Quote(scratch_ + "/old"),
        " --current-include ", Quote(scratch_ + "/new"), " --witness-cache ",
        Quote(scratch_ + "/cache"), " ", extra));
  }

  Report JsonReport(const std::string& extra = "", const std::string& current = "") {
    CommandResult diff = Diff("json", extra, current);
    Report report;
    EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(diff.out, &report).ok())
        << diff.out << diff.err;
    return report;
  }

  // The one finding of `rule`; its witness must have `status`.
  Finding Only(const Report& report, const std::string& rule, const std::string& status) {
    Finding found;
    int count = 0;
    for (const Finding& finding : report.findings()) {
      if (finding.rule() == rule) {
        found = finding;
        ++count;
      }
    }
    EXPECT_EQ(count, 1) << rule << " in " << report.DebugString();
    EXPECT_EQ(found.witness().status(), status)
        << found.witness().reason() << "\n" << found.witness().code();
    return found;
  }

  std::string scratch_;
};

TEST_F(WitnessTest, ParameterChangeIsProvenByTheAddressAsTheOldType) {
  Headers("namespace lib { int area(int w, int h); }\n",
          "namespace lib { int area(int w, long h); }\n");
  Finding finding = Only(JsonReport(), "parameter-type-changed", "proven");
  EXPECT_THAT(finding.witness().code(), HasSubstr("typedef int witness_type(int, int);"));
  EXPECT_THAT(finding.witness().code(), HasSubstr("witness_type* witness = &lib::area;"));
  EXPECT_EQ(finding.severity(), "error");
}

TEST_F(WitnessTest, MethodQualifierChangeIsProvenByAMemberPointer) {
  Headers("struct S { int get() const; };\n", "struct S { int get(); };\n");
  Finding finding = Only(JsonReport(), "method-qualifiers-changed", "proven");
  EXPECT_THAT(finding.witness().code(), HasSubstr("typedef int witness_type() const;"));
  EXPECT_THAT(finding.witness().code(), HasSubstr("witness_type S::* witness = &S::get;"));
}

TEST_F(WitnessTest, SizeChangeIsProvenByAStaticAssert) {
  // P grows because a member's type grew.
  Headers("struct In { int a; };\nstruct P { In i; int y; };\n",
          "struct In { int a; int b; };\nstruct P { In i; int y; };\n");
  Finding finding = Only(JsonReport(), "record-size-changed", "proven");
  EXPECT_THAT(finding.witness().code(), HasSubstr("static_assert(sizeof(P) == 8, \"\");"));
}

TEST_F(WitnessTest, CStructOffsetIsProvenWithStaticAssertOfC) {
  // b moves because the struct before it grew; the size stays 8.
  Headers("struct in { char x; };\nstruct p { struct in i; char b; int c; };\n",
          "struct in { char x; char y; };\nstruct p { struct in i; char b; int c; };\n", "c");
  Report report = JsonReport();
  Finding finding = Only(report, "field-offset-changed", "proven");
  EXPECT_THAT(finding.witness().code(), HasSubstr("_Static_assert(offsetof(struct p, b) == 1"));
}

TEST_F(WitnessTest, EnumeratorValueAndRemovalAreProven) {
  Headers("enum class Color { Red = 1, Green = 2, Blue = 3 };\n",
          "enum class Color { Red = 1, Green = 5 };\n");
  Report report = JsonReport();
  Finding changed = Only(report, "enumerator-value-changed", "proven");
  EXPECT_THAT(changed.witness().code(), HasSubstr("static_assert((long long)Color::Green == (long long)2"));
  Only(report, "enumerator-removed", "proven");
}

TEST_F(WitnessTest, MacroRemovalIsProven) {
  Headers("#define LIB_FEATURE 1\nint f(void);\n", "int f(void);\n", "c");
  Finding finding = Only(JsonReport(), "macro-removed", "proven");
  EXPECT_THAT(finding.witness().code(), HasSubstr("#ifndef LIB_FEATURE"));
}

TEST_F(WitnessTest, RemovedVirtualIsProvenByAnOverride) {
  Headers("struct Shape { virtual ~Shape(); virtual double area() const; virtual int sides() const; };\n",
          "struct Shape { virtual ~Shape(); virtual double area() const; };\n");
  Finding finding = Only(JsonReport(), "virtual-method-removed", "proven");
  EXPECT_THAT(finding.witness().code(), HasSubstr("int sides() const override;"));
}

TEST_F(WitnessTest, AddedVirtualIsProvenByTheCompilersVtableLayout) {
  Headers("struct Shape { virtual ~Shape(); virtual double area() const; };\n",
          "struct Shape { virtual ~Shape(); virtual int id() const; virtual double area() const; };\n");
  Finding finding = Only(JsonReport(), "virtual-method-added", "proven");
  EXPECT_THAT(finding.witness().reason(), HasSubstr("-fdump-vtable-layouts"));
}

TEST_F(WitnessTest, LostCopyIsProvenByATypeTrait) {
  Headers("struct Handle { int fd; };\n",
          "struct Handle { Handle(); Handle(Handle&&); int fd; };\n");
  Report report = JsonReport();
  Finding finding = Only(report, "special-member-lost", "proven");
  EXPECT_THAT(finding.witness().code(), HasSubstr("std::is_copy_constructible<Handle>::value"));
}

TEST_F(WitnessTest, ExplicitConstructorIsProvenByCopyInitialization) {
  Headers("struct Meters { Meters(double v); double v; };\n",
          "struct Meters { explicit Meters(double v); double v; };\n");
  Finding finding = Only(JsonReport(), "constructor-became-explicit", "proven");
  EXPECT_THAT(finding.witness().code(), HasSubstr("Meters object = {"));
}

TEST_F(WitnessTest, RemovedTypeIsProvenByAUse) {
  Headers("namespace lib { struct Old { int x; }; struct Kept {}; }\n",
          "namespace lib { struct Kept {}; }\n");
  Finding finding = Only(JsonReport(), "type-removed", "proven");
  EXPECT_THAT(finding.witness().code(), HasSubstr("typedef lib::Old witness_type;"));
}

// The headers did not change; the current snapshot was edited to claim an
// enumerator's value did. The compiler disagrees: the finding is refuted,
// downgraded to info, and the check passes.
TEST_F(WitnessTest, AWrongFindingIsRefuted) {
  Headers("enum Mode { kFast = 1, kSafe = 2 };\n", "enum Mode { kFast = 1, kSafe = 2 };\n");
  CommandResult dumped = Apicompat("dump " + Quote(Snapshot("new")));
  ASSERT_EQ(dumped.exit_code, 0) << dumped.err;
  std::string edited = absl::StrReplaceAll(dumped.out, {{"value: \"2\"", "value: \"7\""}});
  ASSERT_NE(edited, dumped.out) << dumped.out;
  std::string forged = scratch_ + "/forged.apisnap.txtpb";
  WriteFile(forged, edited);
  Report report = JsonReport("", forged);
  Finding finding = Only(report, "enumerator-value-changed", "refuted");
  EXPECT_EQ(finding.severity(), "info");
  EXPECT_THAT(finding.message(), HasSubstr("refuted"));
  EXPECT_EQ(report.verdict(), "compatible");
  EXPECT_EQ(Diff("text", "", forged).exit_code, 0);
}

TEST_F(WitnessTest, TextShowsTheProvenWitnessUnderTheError) {
  Headers("int f(int);\n", "int f(int, int);\n");
  CommandResult text = Diff("text", "--baseline-version 1.0.0 --current-version 2.0.0");
  EXPECT_THAT(text.out, HasSubstr("compiles against 1.0.0, fails now:\n"));
  EXPECT_THAT(text.out, HasSubstr("        witness_type* witness = &f;\n"));
  CommandResult markdown = Diff("markdown");
  EXPECT_THAT(markdown.out, HasSubstr("### Witnesses"));
  EXPECT_THAT(markdown.out, HasSubstr("compiles against the baseline, fails now:"));
  CommandResult sarif = Diff("sarif");
  EXPECT_THAT(sarif.out, HasSubstr("\"witness\""));
}

TEST_F(WitnessTest, RequireProofTurnsUnprovenErrorsIntoWarnings) {
  // A macro that became variadic: its old calls still compile, so the
  // witness cannot show the break the rule claims.
  Headers("#define LOG(level, text) log_line(level, text)\nvoid log_line(int, const char*);\n",
          "#define LOG(level, ...) log_line(level, __VA_ARGS__)\nvoid log_line(int, const char*);\n");
  WriteFile(scratch_ + "/config.txtpb", "require_proof: true\n");
  Report report = JsonReport("--config " + Quote(scratch_ + "/config.txtpb"));
  bool any = false;
  for (const Finding& finding : report.findings()) {
    if (finding.witness().status() != "unproven") continue;
    any = true;
    EXPECT_EQ(finding.severity(), "warning") << finding.rule();
  }
  EXPECT_TRUE(any) << report.DebugString();
}

TEST_F(WitnessTest, ResultsAreCachedByContent) {
  Headers("int f(int);\n", "int f(long);\n");
  Only(JsonReport(), "parameter-type-changed", "proven");
  CommandResult listed = testing::Run("ls " + Quote(scratch_ + "/cache") + " | grep -c '\\.result$'");
  EXPECT_EQ(listed.out, "2\n");
  // A header edited in place: the witness compiles again, now refuted.
  WriteFile(scratch_ + "/new/lib.h", "int f(int);\n");
  Only(JsonReport(), "parameter-type-changed", "refuted");
}

TEST_F(WitnessTest, IncludeDirsAreRequired) {
  Headers("int f(int);\n", "int f(long);\n");
  CommandResult diff = Apicompat(absl::StrCat("diff ", Quote(Snapshot("old")), " ",
                                              Quote(Snapshot("new")), " --witnesses"));
  EXPECT_EQ(diff.exit_code, 2);
  EXPECT_THAT(diff.err, HasSubstr("--baseline-include"));
}

// `check --witnesses`: the baseline's headers come from the release tag's
// git objects, the current ones from the working tree.
TEST(WitnessCheckTest, BaselineHeadersComeFromTheReleaseTag) {
  Repo repo;
  repo.CommitVersion("1.0", "release 1.0");
  repo.Git("tag v1.0.0");
  repo.UseHeaders("1.1");
  CommandResult check = Apicompat(absl::StrCat(
      "check --api-file ", Quote(repo.api_file()), " --public-dir ", Quote(repo.dir() + "/include"),
      " --witnesses --witness-cache ", Quote(MakeScratchDir("check-cache")), " --format json ",
      Quote(LibGeo().snapshots.at("1.1"))));
  EXPECT_EQ(check.exit_code, 1) << check.err;
  Report report;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(check.out, &report).ok()) << check.out;
  int proven = 0;
  for (const Finding& finding : report.findings()) {
    if (finding.severity() != "error") continue;
    EXPECT_NE(finding.witness().status(), "refuted") << finding.decl();
    if (finding.witness().status() == "proven") ++proven;
  }
  EXPECT_GT(proven, 0) << check.out;
}

// Merging keeps C++ over C, and the oldest standard.
TEST(WitnessLanguageTest, MergeCombinesLanguageFacts) {
  EXPECT_EQ(StandardYear("c++17"), 2017);
  EXPECT_EQ(StandardYear("gnu++2b"), 2023);
  EXPECT_EQ(StandardYear("c99"), 1999);
  EXPECT_EQ(StandardYear("c++98"), 1998);
  Header c, old_cxx, new_cxx, combined;
  c.set_language("c");
  c.set_language_standard("c11");
  old_cxx.set_language("c++");
  old_cxx.set_language_standard("c++14");
  new_cxx.set_language("c++");
  new_cxx.set_language_standard("gnu++20");
  for (const Header* header : {&new_cxx, &c, &old_cxx}) CombineLanguage(*header, combined);
  EXPECT_EQ(combined.language(), "c++");
  EXPECT_EQ(combined.language_standard(), "c++14");
}

// docs/rules.md says for each error rule which witness it gets, "none" when
// it has no generator.
TEST(WitnessDocsTest, RulesDocumentTheirWitness) {
  std::string docs = ReadFile(SourceDir() + "/docs/rules.md");
  for (const RuleInfo& rule : AllRules()) {
    size_t section = docs.find(absl::StrCat("\n## ", rule.id, "\n"));
    ASSERT_NE(section, std::string::npos) << rule.id;
    size_t end = docs.find("\n## ", section + 1);
    std::string text = docs.substr(section, end - section);
    size_t line = text.find("\n**Witness**");
    if (rule.severity != Severity::kError) continue;
    ASSERT_NE(line, std::string::npos) << rule.id << " has no **Witness** line";
    bool none = text.compare(text.find(": ", line) + 2, 4, "none") == 0;
    EXPECT_EQ(none, GeneratorFor(rule.id) == nullptr) << rule.id;
  }
}

}  // namespace
}  // namespace apicompat::testing
