// The apicompat command line, run as a real process: the exit-status and
// one-line-error contract, dump, merge of snapshots built through the real
// plugin (from any build directory), flags, and the JSON report.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "apicompat/report.pb.h"
#include "apicompat/snapshot.pb.h"
#include "gmock/gmock.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "snapshot_io.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

// The usage-error contract: status 2, nothing on stdout, and exactly one
// line on stderr, `apicompat: error: ...`, naming `mention` when given.
void ExpectUsageError(const CommandResult& result, const std::string& mention = "") {
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_EQ(result.out, "");
  EXPECT_THAT(result.err, StartsWith("apicompat: error: "));
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_TRUE(absl::EndsWith(result.err, "\n")) << result.err;
  if (!mention.empty()) EXPECT_THAT(result.err, HasSubstr(mention));
}

// A small valid snapshot written directly, for commands that only read.
std::string WriteValidSnapshot(const std::string& path) {
  Snapshot snapshot;
  snapshot.mutable_header()->set_clang_version("19.1.7");
  snapshot.mutable_header()->add_translation_units("src/a.cpp");
  for (const char* name : {"beta", "alpha"}) {
    Decl* decl = snapshot.add_decls();
    decl->set_id(absl::StrCat("function:", name, "(int)"));
    decl->set_kind(FUNCTION);
    decl->set_qualified_name(name);
    decl->mutable_location()->set_file("api.h");
    decl->mutable_location()->set_line(1);
    decl->mutable_function()->add_parameters()->mutable_type()->set_canonical("int");
  }
  EXPECT_TRUE(WriteSnapshot(snapshot, path).ok());
  return path;
}

Snapshot ReadOrDie(const std::string& path) {
  absl::StatusOr<Snapshot> snapshot = ReadSnapshot(path);
  EXPECT_TRUE(snapshot.ok()) << snapshot.status();
  return snapshot.ok() ? *snapshot : Snapshot();
}

std::string Canonical(const std::string& path) { return fs::canonical(path).string(); }

// --- usage errors -----------------------------------------------------------

TEST(CliErrorTest, UnknownCommand) { ExpectUsageError(Apicompat("frobnicate"), "'frobnicate'"); }

TEST(CliErrorTest, UnknownFlag) {
  std::string dir = MakeScratchDir("flag");
  std::string a = WriteValidSnapshot(dir + "/a.apisnap");
  ExpectUsageError(Apicompat(absl::StrCat("diff --bogus ", Quote(a), " ", Quote(a))), "'--bogus'");
  ExpectUsageError(Apicompat(absl::StrCat("dump --bogus ", Quote(a))), "'--bogus'");
  ExpectUsageError(Apicompat("merge -o out.apisnap --frob x"), "'--frob'");
  ExpectUsageError(Apicompat("flags --public-dir . --frob"), "'--frob'");
}

TEST(CliErrorTest, MissingArgument) {
  std::string dir = MakeScratchDir("missing");
  std::string a = WriteValidSnapshot(dir + "/a.apisnap");
  ExpectUsageError(Apicompat(absl::StrCat("diff ", Quote(a))));
  ExpectUsageError(Apicompat("diff"));
  ExpectUsageError(Apicompat("dump"));
  ExpectUsageError(Apicompat(absl::StrCat("diff ", Quote(a), " ", Quote(a), " --format")),
                   "'--format'");
  ExpectUsageError(Apicompat("merge -o"), "'-o'");
  ExpectUsageError(Apicompat(absl::StrCat("merge ", Quote(a))), "-o");
  ExpectUsageError(Apicompat("flags"), "--public-dir");
}

TEST(CliErrorTest, DiffWithMissingFile) {
  std::string dir = MakeScratchDir("diff");
  std::string valid = WriteValidSnapshot(dir + "/valid.apisnap");
  std::string missing = dir + "/missing.apisnap";
  ExpectUsageError(Apicompat(absl::StrCat("diff ", Quote(missing), " ", Quote(valid))), missing);
  ExpectUsageError(Apicompat(absl::StrCat("diff ", Quote(valid), " ", Quote(missing))), missing);
}

TEST(CliErrorTest, DiffWithTruncatedFile) {
  std::string dir = MakeScratchDir("diff");
  std::string valid = WriteValidSnapshot(dir + "/valid.apisnap");
  std::string contents = ReadFile(valid);
  for (size_t length : {contents.size() / 3, contents.size() / 2, contents.size() - 1}) {
    std::string truncated = absl::StrCat(dir, "/truncated-", length, ".apisnap");
    WriteFile(truncated, contents.substr(0, length));
    SCOPED_TRACE(truncated);
    ExpectUsageError(Apicompat(absl::StrCat("diff ", Quote(valid), " ", Quote(truncated))),
                     truncated);
  }
  std::string text = dir + "/truncated.txtpb";
  WriteFile(text, Serialize(ReadOrDie(valid), SnapshotFormat::kText).substr(0, 120));
  ExpectUsageError(Apicompat(absl::StrCat("diff ", Quote(text), " ", Quote(valid))), text);
}

TEST(CliErrorTest, DiffWithGarbageFile) {
  std::string dir = MakeScratchDir("diff");
  std::string valid = WriteValidSnapshot(dir + "/valid.apisnap");
  std::mt19937 random(7);  // fixed seed: the same bytes every run
  for (const char* name : {"/garbage.apisnap", "/garbage.txtpb"}) {
    std::string garbage(512, '\0');
    for (char& byte : garbage) byte = static_cast<char>(random() & 0xff);
    std::string path = dir + name;
    WriteFile(path, garbage);
    SCOPED_TRACE(path);
    ExpectUsageError(Apicompat(absl::StrCat("diff ", Quote(valid), " ", Quote(path))), path);
  }
}

// Garbage that is well-formed protobuf up to a string field holding invalid
// UTF-8 must still give the one-line error and nothing else on stderr.
TEST(CliErrorTest, DiffWithInvalidUtf8StringField) {
  std::string dir = MakeScratchDir("diff");
  std::string valid = WriteValidSnapshot(dir + "/valid.apisnap");
  std::string path = dir + "/invalid-utf8.apisnap";
  WriteFile(path, std::string("\x0a\x03\x12\x01\xff", 5));  // header { tool_version: "\xff" }
  ExpectUsageError(Apicompat(absl::StrCat("diff ", Quote(valid), " ", Quote(path))), path);
}

TEST(CliErrorTest, DiffWithUnknownFormat) {
  std::string dir = MakeScratchDir("diff");
  std::string a = WriteValidSnapshot(dir + "/a.apisnap");
  ExpectUsageError(Apicompat(absl::StrCat("diff ", Quote(a), " ", Quote(a), " --format xml")),
                   "'xml'");
}

TEST(CliErrorTest, DumpWithMissingFile) {
  std::string missing = MakeScratchDir("dump") + "/missing.apisnap";
  ExpectUsageError(Apicompat(absl::StrCat("dump ", Quote(missing))), missing);
}

// --- dump, version ----------------------------------------------------------

TEST(CliTest, VersionExitsZero) {
  CommandResult result = Apicompat("--version");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_THAT(result.out, StartsWith(absl::StrCat("apicompat ", APICOMPAT_VERSION, " ")));
  EXPECT_EQ(result.err, "");
}

TEST(CliTest, DumpPrintsTheSnapshotAsText) {
  std::string path = WriteValidSnapshot(MakeScratchDir("dump") + "/a.apisnap");
  CommandResult result = Apicompat(absl::StrCat("dump ", Quote(path)));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_THAT(result.out, HasSubstr("id: \"function:alpha(int)\""));
  EXPECT_THAT(result.out, HasSubstr("id: \"function:beta(int)\""));
  Snapshot parsed;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(result.out, &parsed));
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(parsed, ReadOrDie(path)));
}

// --- help, did you mean, version, repeated flags, progress -----------------

CommandResult FlagsIn(const std::string& cwd, const std::string& args);

// The commands `apicompat --help` lists, in its order.
std::vector<std::string> ListedCommands() {
  CommandResult help = Apicompat("--help");
  EXPECT_EQ(help.exit_code, 0);
  std::vector<std::string> names;
  bool listing = false;
  for (absl::string_view line : absl::StrSplit(help.out, '\n')) {
    if (line == "commands:") {
      listing = true;
    } else if (listing && absl::StartsWith(line, "  ")) {
      std::vector<std::string> words = absl::StrSplit(line, ' ', absl::SkipEmpty());
      names.push_back(words.front());
    } else {
      listing = false;
    }
  }
  return names;
}

// The long flags (--name) a usage text mentions for its command (not the
// top-level `apicompat --version`).
std::vector<std::string> LongFlags(const std::string& usage) {
  std::vector<std::string> flags;
  for (size_t at = usage.find("--"); at != std::string::npos; at = usage.find("--", at + 2)) {
    size_t end = at + 2;
    while (end < usage.size() && (std::islower(usage[end]) || usage[end] == '-')) ++end;
    bool top_level = at >= 10 && usage.compare(at - 10, 10, "apicompat ") == 0;
    if (end > at + 2 && (at == 0 || !std::isalnum(usage[at - 1])) && !top_level) {
      flags.push_back(usage.substr(at, end - at));
    }
    at = end - 2;
  }
  return flags;
}

TEST(CliHelpTest, GeneralHelpListsEveryCommand) {
  CommandResult help = Apicompat("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_EQ(help.err, "");
  EXPECT_THAT(help.out, StartsWith("usage: apicompat COMMAND"));
  EXPECT_THAT(ListedCommands(), ElementsAre("flags", "merge", "snapshot", "dump", "listing",
                                            "diff", "impact", "check", "update", "rules",
                                            "explain", "version", "help"));
  EXPECT_EQ(Apicompat("-h").out, help.out);
  EXPECT_EQ(Apicompat("help").out, help.out);
  CommandResult bare = Apicompat("");
  EXPECT_EQ(bare.exit_code, 2);
  EXPECT_EQ(bare.err, help.out);
}

// Every command answers --help and -h with its own usage on stdout, exit 0,
// even after other arguments; every long flag its usage names exists, and
// the man page names the command and its flags.
TEST(CliHelpTest, EveryCommandAnswersHelp) {
  std::string dir = MakeScratchDir("help");
  std::string man_page = ReadFile(SourceDir() + "/docs/apicompat.1");
  for (const std::string& command : ListedCommands()) {
    SCOPED_TRACE(command);
    CommandResult help = Apicompat(command + " --help");
    EXPECT_EQ(help.exit_code, 0) << help.err;
    EXPECT_EQ(help.err, "");
    EXPECT_THAT(help.out, StartsWith(absl::StrCat("usage: apicompat ", command)));
    EXPECT_EQ(Apicompat(command + " -h").out, help.out);
    EXPECT_EQ(Apicompat(command + " x y --help").exit_code, 0);
    if (command != "snapshot") EXPECT_EQ(Apicompat("help " + command).out, help.out);
    EXPECT_THAT(man_page, HasSubstr(absl::StrCat(".B ", command)));
    for (const std::string& flag : LongFlags(help.out)) {
      SCOPED_TRACE(flag);
      CommandResult used = testing::Run(absl::StrCat("cd ", Quote(dir), " && ", Quote(ApicompatBinary()),
                                            " ", command, " ", flag));
      EXPECT_THAT(used.err, Not(HasSubstr("unknown flag")));
      EXPECT_THAT(man_page, HasSubstr(absl::StrReplaceAll(flag, {{"-", "\\-"}})));
    }
  }
  // `snapshot` has a short usage of its own in `help snapshot`.
  EXPECT_THAT(Apicompat("help snapshot").out, HasSubstr("apicompat snapshot --help"));
}

TEST(CliDidYouMeanTest, Command) {
  ExpectUsageError(Apicompat("dif a b"), "unknown command 'dif' (did you mean 'diff'?)");
  ExpectUsageError(Apicompat("expalin x"), "(did you mean 'explain'?)");
  ExpectUsageError(Apicompat("help dupm"), "(did you mean 'dump'?)");
  CommandResult far = Apicompat("frobnicate");
  ExpectUsageError(far, "unknown command 'frobnicate'");
  EXPECT_THAT(far.err, Not(HasSubstr("did you mean")));
}

TEST(CliDidYouMeanTest, Flag) {
  std::string dir = MakeScratchDir("typo");
  std::string a = WriteValidSnapshot(dir + "/a.apisnap");
  ExpectUsageError(Apicompat(absl::StrCat("diff --fromat json ", Quote(a), " ", Quote(a))),
                   "unknown flag '--fromat' (did you mean '--format'?)");
  ExpectUsageError(Apicompat("check --libary geo build"), "(did you mean '--library'?)");
  ExpectUsageError(Apicompat("merge -o out.apisnap --keep-frist a"),
                   "(did you mean '--keep-first'?)");
  CommandResult short_flag = Apicompat("check -x");  // no typo of -v: too short to tell
  ExpectUsageError(short_flag, "unknown flag '-x'");
  EXPECT_THAT(short_flag.err, Not(HasSubstr("did you mean")));
  ExpectUsageError(Apicompat("snapshot -o out.apisnap --public-dri include"),
                   "unknown flag '--public-dri' (did you mean '--public-dir'?)");
}

TEST(CliDidYouMeanTest, RuleId) {
  ExpectUsageError(Apicompat("explain function-remved"),
                   "explain: unknown rule 'function-remved' (did you mean 'function-removed'?)");
  std::string dir = MakeScratchDir("typo");
  std::string a = WriteValidSnapshot(dir + "/a.apisnap");
  WriteFile(dir + "/config.txtpb",
            "severity_override { rule: \"parameter-remvoed\" severity: \"warning\" }\n");
  ExpectUsageError(Apicompat(absl::StrCat("diff --config ", Quote(dir + "/config.txtpb"), " ",
                                          Quote(a), " ", Quote(a))),
                   "unknown rule 'parameter-remvoed' (did you mean 'parameter-removed'?)");
}

TEST(CliTest, VersionCommand) {
  CommandResult version = Apicompat("version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.err, "");
  EXPECT_EQ(version.out, Apicompat("--version").out);
  // The plugin is named after its Clang major: apicompat-clang19.so.
  std::string plugin = fs::path(PluginPath()).stem().string();
  std::string major = plugin.substr(plugin.find("clang") + 5);
  EXPECT_EQ(version.out,
            absl::StrCat("apicompat ", APICOMPAT_VERSION, " (plugin for Clang ", major, ")\n"));
  ExpectUsageError(Apicompat("version 2"), "version: takes no arguments");
}

TEST(CliErrorTest, RepeatedSingleValueFlag) {
  std::string dir = MakeScratchDir("repeat");
  std::string a = WriteValidSnapshot(dir + "/a.apisnap");
  ExpectUsageError(
      Apicompat(absl::StrCat("diff --format json --format=text ", Quote(a), " ", Quote(a))),
      "flag '--format' given twice ('json' and 'text'): it takes one value");
  ExpectUsageError(Apicompat(absl::StrCat("merge -o x.apisnap -o y.apisnap ", Quote(a))),
                   "flag '-o' given twice");
  ExpectUsageError(Apicompat("check --library a --library b build"), "'--library' given twice");
  ExpectUsageError(Apicompat("snapshot -o x.apisnap --output y.apisnap --public-dir ."),
                   "snapshot: flag '-o' given twice");
  // Flags that collect values stay repeatable.
  fs::create_directories(dir + "/include/a");
  fs::create_directories(dir + "/include/b");
  CommandResult flags = FlagsIn(dir, "--public-dir include/a --public-dir include/b "
                                     "--exclude x --exclude y");
  EXPECT_EQ(flags.exit_code, 0) << flags.err;
}

TEST(CliProgressTest, ForcedIntoAFileOneLinePerStep) {
  std::string dir = MakeScratchDir("progress");
  std::vector<std::string> inputs;
  for (const char* name : {"a", "b", "c"}) {
    std::string path = absl::StrCat(dir, "/in/", name, ".apisnap");
    fs::create_directories(dir + "/in");
    inputs.push_back(WriteValidSnapshot(path));
  }
  std::string out = Quote(dir + "/out.apisnap");
  CommandResult quiet = Apicompat(absl::StrCat("merge -o ", out, " ", Quote(dir + "/in")));
  ASSERT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_EQ(quiet.err, "");  // not a terminal: quiet unless asked
  CommandResult shown =
      Apicompat(absl::StrCat("merge --progress -o ", out, " ", Quote(dir + "/in")));
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_EQ(shown.err, absl::StrCat("[1/3] ", inputs[0], "\n[2/3] ", inputs[1], "\n[3/3] ",
                                    inputs[2], "\n"));
  CommandResult off =
      Apicompat(absl::StrCat("merge --no-progress -o ", out, " ", Quote(dir + "/in")));
  EXPECT_EQ(off.err, "");
  ExpectUsageError(Apicompat(absl::StrCat("merge --progress --no-progress -o ", out, " ",
                                          Quote(dir + "/in"))),
                   "merge: give --progress or --no-progress, not both");

  // snapshot: one step per header in header mode.
  WriteFile(dir + "/include/one.h", "int one();\n");
  WriteFile(dir + "/include/two.h", "int two();\n");
  CommandResult snapshot = testing::Run(absl::StrCat("cd ", Quote(dir), " && ", Quote(ApicompatBinary()),
                                            " snapshot --progress -o s.apisnap --public-dir include"));
  ASSERT_EQ(snapshot.exit_code, 0) << snapshot.err;
  EXPECT_EQ(snapshot.err, "[1/2] include/one.h\n[2/2] include/two.h\n");
}

// --- flags ------------------------------------------------------------------

// `apicompat flags ARGS` run from `cwd`.
CommandResult FlagsIn(const std::string& cwd, const std::string& args) {
  return Run(absl::StrCat("cd ", Quote(cwd), " && ", Quote(ApicompatBinary()), " flags ", args));
}

std::vector<std::string> Words(const std::string& line) {
  return absl::StrSplit(absl::StripTrailingAsciiWhitespace(line), ' ');
}

void ExpectPluginFlag(const std::string& flag) {
  ASSERT_THAT(flag, StartsWith("-fplugin="));
  std::string plugin = flag.substr(std::string("-fplugin=").size());
  EXPECT_TRUE(fs::path(plugin).is_absolute()) << plugin;
  ASSERT_TRUE(fs::is_regular_file(plugin)) << plugin;
  EXPECT_TRUE(fs::equivalent(plugin, PluginPath())) << plugin;
}

TEST(CliFlagsTest, PrintsPluginAndAbsolutePublicDir) {
  std::string dir = MakeScratchDir("flags");
  fs::create_directories(dir + "/include/api");
  CommandResult result = FlagsIn(dir, "--public-dir include/api");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  std::vector<std::string> words = Words(result.out);
  ASSERT_EQ(words.size(), 2u) << result.out;
  ExpectPluginFlag(words[0]);
  EXPECT_EQ(words[1], "-fplugin-arg-apicompat-public-dir=" + Canonical(dir) + "/include/api");
  EXPECT_EQ(result.out, absl::StrCat(words[0], " ", words[1], "\n"));
}

TEST(CliFlagsTest, OutIsPrintedAbsolute) {
  std::string dir = MakeScratchDir("flags");
  fs::create_directories(dir + "/include");
  CommandResult result = FlagsIn(dir, "--public-dir ./include/ --out snaps/../lib.apisnap");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> words = Words(result.out);
  ASSERT_EQ(words.size(), 3u) << result.out;
  ExpectPluginFlag(words[0]);
  EXPECT_THAT(words[1], StartsWith("-fplugin-arg-apicompat-public-dir=" + Canonical(dir) +
                                   "/include"));
  EXPECT_EQ(words[2], "-fplugin-arg-apicompat-out=" + Canonical(dir) + "/lib.apisnap");
}

TEST(CliFlagsTest, NonExistentPublicDirFails) {
  std::string dir = MakeScratchDir("flags");
  ExpectUsageError(FlagsIn(dir, "--public-dir no/such/dir"), "no/such/dir");
}

TEST(CliFlagsTest, ExcludeGlobsAndSingleHeadersArePassedToThePlugin) {
  std::string dir = MakeScratchDir("flags");
  WriteFile(dir + "/include/api.h", "int api();\n");
  WriteFile(dir + "/extra/one.h", "int one();\n");
  CommandResult result = FlagsIn(
      dir, "--public-dir include --public-dir extra/one.h --exclude 'detail/*' "
           "--exclude '*_internal.h'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  std::vector<std::string> words = Words(result.out);
  ASSERT_EQ(words.size(), 5u) << result.out;
  ExpectPluginFlag(words[0]);
  EXPECT_EQ(words[1], "-fplugin-arg-apicompat-public-dir=" + Canonical(dir) + "/include");
  EXPECT_EQ(words[2], "-fplugin-arg-apicompat-public-dir=" + Canonical(dir) + "/extra/one.h");
  EXPECT_EQ(words[3], "-fplugin-arg-apicompat-exclude=detail/*");
  EXPECT_EQ(words[4], "-fplugin-arg-apicompat-exclude=*_internal.h");
  ExpectUsageError(FlagsIn(dir, "--public-dir include --exclude ''"), "--exclude");
}

// --- merge of snapshots built through the plugin ----------------------------

// A project: public headers under include/geo, three sources under src that
// include overlapping subsets of them.
std::string WriteProject() {
  std::string project = MakeScratchDir("project");
  WriteFile(project + "/include/geo/fwd.h",
            "#pragma once\n"
            "namespace geo {\n"
            "struct Point;\n"
            "class Registry;\n"
            "int version();\n"
            "}\n");
  WriteFile(project + "/include/geo/shapes.h",
            "#pragma once\n"
            "#include \"geo/fwd.h\"\n"
            "namespace geo {\n"
            "struct Point { double x; double y; };\n"
            "class Shape {\n"
            " public:\n"
            "  virtual ~Shape();\n"
            "  virtual double area() const = 0;\n"
            "};\n"
            "double distance(const Point& a, const Point& b);\n"
            "}\n");
  WriteFile(project + "/include/geo/util.h",
            "#pragma once\n"
            "namespace geo {\n"
            "enum class Unit { kMeters, kFeet };\n"
            "typedef double Scalar;\n"
            "inline int twice(int v) { return 2 * v; }\n"
            "}\n");
  WriteFile(project + "/src/a.cpp",
            "#include \"geo/fwd.h\"\nint use_a() { return geo::version(); }\n");
  WriteFile(project + "/src/b.cpp",
            "#include \"geo/shapes.h\"\n#include \"geo/util.h\"\n"
            "double geo::distance(const Point& a, const Point&) { return a.x; }\n");
  WriteFile(project + "/src/c.cpp",
            "#include \"geo/util.h\"\n#include \"geo/fwd.h\"\n"
            "int use_c() { return geo::twice(geo::version()); }\n");
  return project;
}

const std::vector<std::string>& Sources() {
  static const std::vector<std::string> sources = {"a", "b", "c"};
  return sources;
}

// Builds the project's sources as a build system would: from `build` (a
// directory inside the project) with relative paths, objects under
// `objects`, and the plugin flags exactly as `apicompat flags` prints them.
void BuildProject(const std::string& project, const std::string& build,
                  const std::string& objects) {
  std::string cwd = project + "/" + build;
  fs::create_directories(cwd + "/" + objects);
  std::string up = fs::relative(project, cwd).string();
  CommandResult flags = FlagsIn(cwd, "--public-dir " + Quote(up + "/include"));
  ASSERT_EQ(flags.exit_code, 0) << flags.err;
  std::string plugin_flags(absl::StripTrailingAsciiWhitespace(flags.out));
  for (const std::string& source : Sources()) {
    CommandResult compiled = Run(absl::StrCat(
        "cd ", Quote(cwd), " && ", Quote(ClangCxx()), " -std=c++17 -I", Quote(up + "/include"),
        " -c ", Quote(up + "/src/" + source + ".cpp"), " -o ",
        Quote(objects + "/" + source + ".o"), " ", plugin_flags));
    ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
    EXPECT_EQ(compiled.err, "");
    ASSERT_TRUE(fs::exists(cwd + "/" + objects + "/" + source + ".o.apisnap")) << source;
  }
}

CommandResult Merge(const std::string& output, const std::vector<std::string>& inputs) {
  std::string args = "merge -o " + Quote(output);
  for (const std::string& input : inputs) absl::StrAppend(&args, " ", Quote(input));
  return Apicompat(args);
}

std::string MergeOrDie(const std::string& output, const std::vector<std::string>& inputs) {
  CommandResult merged = Merge(output, inputs);
  EXPECT_EQ(merged.exit_code, 0) << merged.err;
  EXPECT_EQ(merged.err, "");
  return ReadFile(output);
}

TEST(CliMergeTest, OneDeclPerPublicDeclaration) {
  std::string project = WriteProject();
  BuildProject(project, "build", "obj");
  std::string output = project + "/merged.apisnap";
  CommandResult merged = Merge(output, {project + "/build/obj"});
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  EXPECT_EQ(merged.err, "");
  EXPECT_EQ(merged.out, absl::StrCat("apicompat: merged 3 snapshots into ", output,
                                     " (11 declarations)\n"));
  Snapshot snapshot = ReadOrDie(output);
  EXPECT_THAT(DeclIds(snapshot),
              ElementsAre("enum:geo::Unit",
                          "function:geo::Shape::area() const",
                          "function:geo::Shape::~Shape()",
                          "function:geo::distance(const geo::Point &, const geo::Point &)",
                          "function:geo::twice(int)",
                          "function:geo::version()",
                          "namespace:geo",
                          "record:geo::Point",
                          "record:geo::Registry",
                          "record:geo::Shape",
                          "typedef:geo::Scalar"));
  EXPECT_THAT(snapshot.header().translation_units(),
              ElementsAre("src/a.cpp", "src/b.cpp", "src/c.cpp"));
  for (const Decl& decl : snapshot.decls()) {
    if (decl.id() == "record:geo::Point") {
      EXPECT_TRUE(decl.record().is_complete());
      EXPECT_EQ(decl.record().size_bytes(), 16u);
      EXPECT_EQ(decl.location().file(), "geo/shapes.h");
    }
    if (decl.id() == "record:geo::Registry") EXPECT_FALSE(decl.record().is_complete());
  }
}

TEST(CliMergeTest, OutputDoesNotDependOnBuildDirectoryOrInputOrder) {
  std::string project = WriteProject();
  BuildProject(project, "buildA", "obj");
  BuildProject(project, "out/nested/buildB", "objects/deep");
  std::string dir_a = project + "/buildA/obj";
  std::string dir_b = project + "/out/nested/buildB/objects/deep";
  for (const std::string& source : Sources()) {
    EXPECT_EQ(ReadFile(dir_a + "/" + source + ".o.apisnap"),
              ReadFile(dir_b + "/" + source + ".o.apisnap"))
        << source << " differs between the build directories";
  }
  std::string from_a = MergeOrDie(project + "/a.apisnap", {dir_a});
  std::string from_b = MergeOrDie(project + "/b.apisnap", {dir_b});
  ASSERT_FALSE(from_a.empty());
  EXPECT_EQ(from_a, from_b);
  std::string reordered = MergeOrDie(project + "/reordered.apisnap",
                                     {dir_b + "/c.o.apisnap", dir_b + "/a.o.apisnap",
                                      dir_b + "/b.o.apisnap"});
  EXPECT_EQ(reordered, from_a);
}

TEST(CliMergeTest, DirectoryWithoutSnapshotsFails) {
  std::string dir = MakeScratchDir("empty");
  ExpectUsageError(Merge(dir + "/out.apisnap", {dir}));
}

// --- empty snapshots: a gate that checks nothing says so ---------------------

// A source compiled with the plugin looking at `public_dir`, which holds no
// header it includes; returns the build dir holding its snapshot.
std::string BuildWithEmptyPublicDir(const std::string& public_dir) {
  std::string dir = MakeScratchDir("empty");
  WriteFile(dir + "/include/api.h", "int api();\n");
  WriteFile(dir + "/src/a.cpp", "#include \"api.h\"\nint a() { return api(); }\n");
  fs::create_directories(dir + "/" + public_dir);
  fs::create_directories(dir + "/build");
  CommandResult compiled = testing::Run(absl::StrCat(
      "cd ", Quote(dir + "/build"), " && ", Quote(ClangCxx()), " -std=c++17 -I../include ",
      "-fplugin=", Quote(PluginPath()), " -fplugin-arg-apicompat-public-dir=../", public_dir,
      " -c ../src/a.cpp -o a.o"));
  EXPECT_EQ(compiled.exit_code, 0) << compiled.err;
  EXPECT_EQ(compiled.err, "");
  EXPECT_TRUE(fs::exists(dir + "/build/a.o.apisnap"));
  return dir + "/build";
}

TEST(CliEmptyTest, MergeRefusesAnEmptyResultNamingThePublicDirs) {
  std::string build = BuildWithEmptyPublicDir("incldue");
  CommandResult merged = Merge(build + "/lib.apisnap", {build});
  ExpectUsageError(merged, "merge: no public declaration recorded (public dirs: incldue)");
  EXPECT_THAT(merged.err, HasSubstr("--allow-empty"));
  EXPECT_FALSE(fs::exists(build + "/lib.apisnap"));
  CommandResult allowed =
      Apicompat(absl::StrCat("merge --allow-empty -o ", Quote(build + "/lib.apisnap"), " ",
                             Quote(build)));
  ASSERT_EQ(allowed.exit_code, 0) << allowed.err;
  EXPECT_EQ(allowed.err, "");
  EXPECT_EQ(allowed.out, absl::StrCat("apicompat: merged 1 snapshots into ", build,
                                      "/lib.apisnap (0 declarations)\n"));
}

TEST(CliEmptyTest, UpdateAndCheckRefuseAnEmptyBuild) {
  std::string build = BuildWithEmptyPublicDir("incldue");
  std::string api_file = build + "/api/lib.apisnap.txtpb";
  CommandResult update =
      Apicompat(absl::StrCat("update --api-file ", Quote(api_file), " ", Quote(build)));
  ExpectUsageError(update, "update: no public declaration recorded (public dirs: incldue)");
  EXPECT_FALSE(fs::exists(api_file));
  CommandResult check = testing::Run(absl::StrCat("cd ", Quote(build), " && ", Quote(ApicompatBinary()),
                                         " check --api-file ", Quote(api_file), " ",
                                         Quote(build)));
  ExpectUsageError(check, "check: no public declaration recorded (public dirs: incldue)");
  CommandResult allowed = Apicompat(
      absl::StrCat("update --allow-empty --api-file ", Quote(api_file), " ", Quote(build)));
  ASSERT_EQ(allowed.exit_code, 0) << allowed.err;
  EXPECT_EQ(allowed.err, "");
  EXPECT_THAT(ReadOrDie(api_file).decls(), ::testing::IsEmpty());
}

TEST(CliEmptyTest, SnapshotRefusesAnEmptyResult) {
  std::string dir = MakeScratchDir("snapshot");
  WriteFile(dir + "/include/api.h", "int api();\n");
  WriteFile(dir + "/src/a.cpp", "#include \"api.h\"\n");
  fs::create_directories(dir + "/sources_only");
  WriteFile(dir + "/sources_only/lib.c", "int lib(void) { return 0; }\n");
  WriteFile(dir + "/compile_commands.json",
            absl::StrCat("[{\"directory\": \"", dir, "\", \"file\": \"src/a.cpp\", "
                         "\"arguments\": [\"clang++\", \"-Iinclude\", \"-c\", \"src/a.cpp\"]}]"));
  auto snapshot = [&](const std::string& args) {
    return testing::Run(absl::StrCat("cd ", Quote(dir), " && ", Quote(ApicompatBinary()),
                            " snapshot -o out.apisnap ", args));
  };
  // A public dir holding only sources: the translation units record nothing.
  ExpectUsageError(snapshot("-p . --public-dir sources_only"),
                   "snapshot: no public declaration recorded (public dirs: sources_only)");
  EXPECT_FALSE(fs::exists(dir + "/out.apisnap"));
  ExpectUsageError(snapshot("--public-dir sources_only"), "no headers");
  ExpectUsageError(snapshot("--public-dir incldue"), "public dir 'incldue' does not exist");
  CommandResult allowed = snapshot("-p . --public-dir sources_only --allow-empty");
  ASSERT_EQ(allowed.exit_code, 0) << allowed.err;
  EXPECT_THAT(ReadOrDie(dir + "/out.apisnap").decls(), ::testing::IsEmpty());
  CommandResult full = snapshot("-p . --public-dir include");
  ASSERT_EQ(full.exit_code, 0) << full.err;
  EXPECT_THAT(DeclIds(ReadOrDie(dir + "/out.apisnap")), ElementsAre("function:api()"));
}

TEST(CliSnapshotTest, ExcludedHeadersAreNeitherCompiledNorRecorded) {
  std::string dir = MakeScratchDir("snapshot");
  WriteFile(dir + "/include/api.h", "#include \"detail/impl.h\"\nint api();\n");
  WriteFile(dir + "/include/detail/ok.h", "int detail_ok();\n");
  WriteFile(dir + "/include/api_internal.h", "int internal();\n");
  WriteFile(dir + "/include/detail/fwd.h", "struct Undeclared {};\n");
  WriteFile(dir + "/include/detail/impl.h",
            "#include \"detail/fwd.h\"\nint impl(Undeclared u);\n");
  // Not meant to compile on its own: header mode must not try.
  WriteFile(dir + "/include/broken_internal.h", "this does not compile\n");
  CommandResult result = testing::Run(absl::StrCat(
      "cd ", Quote(dir), " && ", Quote(ApicompatBinary()),
      " snapshot -o out.apisnap --public-dir include --exclude detail "
      "--exclude '*_internal.h'"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("snapshot of 1 headers"));
  EXPECT_THAT(DeclIds(ReadOrDie(dir + "/out.apisnap")), ElementsAre("function:api()"));
  // A single public header: compiled alone, only its own declarations.
  CommandResult single = testing::Run(absl::StrCat("cd ", Quote(dir), " && ", Quote(ApicompatBinary()),
                                          " snapshot -o single.apisnap --public-dir "
                                          "include/detail/impl.h -Iinclude"));
  ASSERT_EQ(single.exit_code, 0) << single.err;
  EXPECT_THAT(single.out, HasSubstr("snapshot of 1 headers"));
  Snapshot impl = ReadOrDie(dir + "/single.apisnap");
  EXPECT_THAT(DeclIds(impl), ElementsAre("function:impl(Undeclared)"));
  EXPECT_THAT(impl.header().public_dirs(), ElementsAre("impl.h"));
  ExpectUsageError(
      testing::Run(absl::StrCat("cd ", Quote(dir), " && ", Quote(ApicompatBinary()),
                       " snapshot -o out.apisnap --public-dir include --exclude '[x'")),
      "--exclude '[x' is not a valid glob");
}

// --- JSON report ------------------------------------------------------------

std::string SnapshotOfHeader(const std::string& dir, const std::string& header) {
  WriteFile(dir + "/include/api.h", header);
  WriteFile(dir + "/tu.cpp", "#include \"api.h\"\n");
  std::string snapshot = dir + "/api.apisnap";
  CommandResult compiled = CompileWithPlugin(dir + "/tu.cpp", dir + "/include", snapshot,
                                             "-I" + Quote(dir + "/include"));
  EXPECT_EQ(compiled.exit_code, 0) << compiled.err;
  return snapshot;
}

TEST(CliDiffTest, JsonReportHasTheDocumentedKeys) {
  std::string before = SnapshotOfHeader(MakeScratchDir("old"), "int f(int);\nint g(int);\n");
  std::string after = SnapshotOfHeader(MakeScratchDir("new"), "int f(int);\n");
  CommandResult diff =
      Apicompat(absl::StrCat("diff ", Quote(before), " ", Quote(after), " --format json"));
  EXPECT_EQ(diff.exit_code, 1) << diff.err;
  EXPECT_EQ(diff.err, "");

  Report report;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(diff.out, &report).ok()) << diff.out;
  EXPECT_EQ(report.verdict(), "breaking");
  EXPECT_EQ(report.counts().error(), 1u);
  EXPECT_EQ(report.counts().warning(), 0u);
  ASSERT_EQ(report.findings_size(), 1);
  const Finding& finding = report.findings(0);
  EXPECT_EQ(finding.rule(), "function-removed");
  EXPECT_EQ(finding.severity(), "error");
  EXPECT_EQ(finding.category(), "api");
  EXPECT_EQ(finding.decl(), "g");
  EXPECT_EQ(finding.file(), "api.h");
  EXPECT_EQ(finding.line(), 2u);
  EXPECT_FALSE(finding.message().empty());

  // The raw keys, as scripts see them.
  google::protobuf::Struct json;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(diff.out, &json).ok());
  for (const char* key : {"findings", "verdict", "counts"}) {
    EXPECT_TRUE(json.fields().contains(key)) << key << " missing in\n" << diff.out;
  }
  const google::protobuf::ListValue& findings = json.fields().at("findings").list_value();
  ASSERT_EQ(findings.values_size(), 1);
  for (const google::protobuf::Value& value : findings.values()) {
    for (const char* key : {"rule", "severity", "category", "decl", "message", "file", "line"}) {
      EXPECT_TRUE(value.struct_value().fields().contains(key)) << key << " missing";
    }
    EXPECT_EQ(value.struct_value().fields().at("line").number_value(), 2);
  }
  const auto& counts = json.fields().at("counts").struct_value().fields();
  for (const char* key : {"error", "warning", "info"}) EXPECT_TRUE(counts.contains(key)) << key;
}

TEST(CliDiffTest, JsonReportOfIdenticalSnapshotsIsCompatible) {
  std::string snapshot = SnapshotOfHeader(MakeScratchDir("same"), "int f(int);\n");
  CommandResult diff =
      Apicompat(absl::StrCat("diff ", Quote(snapshot), " ", Quote(snapshot), " --format json"));
  EXPECT_EQ(diff.exit_code, 0) << diff.err;
  google::protobuf::Struct json;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(diff.out, &json).ok()) << diff.out;
  EXPECT_EQ(json.fields().at("verdict").string_value(), "compatible");
  EXPECT_EQ(json.fields().at("findings").list_value().values_size(), 0);
  EXPECT_EQ(json.fields().at("counts").struct_value().fields().at("error").number_value(), 0);
}

}  // namespace
}  // namespace apicompat::testing
