// Runs every case under tests/cases: the old/ and new/ headers go through the
// real plugin, `apicompat diff --format json` compares them, and the findings
// must equal the `// expect: <rule> <severity> <decl>` comments written next
// to the declarations concerned (in old/ for removals, new/ otherwise).
//
// Headers only: one generated source includes every header of the side.
// With sources (`*.cc`, or `*.c` for `lang = c`, beside the side's headers),
// the side is built as a real build is: each source is compiled separately
// through the plugin (copied to a scratch directory first, so that it is a
// translation unit outside the public dir, named by its file name), with the
// flags of its `// flags: -DX ...` line added, and the per-source snapshots
// are merged by `apicompat merge` without --keep-first (in both orders, which
// must give the same bytes). A case whose new/ side must not merge says so
// in case.cfg: `merge_error = TEXT` (exit 2 and TEXT in the message; no diff
// is run).
//
// A case about a consumer's uses (the used-* rules) has consumer/*.cc
// sources, built through the plugin with `apicompat flags --uses-of` the
// side case.cfg names (`consumer = new`), and runs `apicompat impact --uses
// USES` with case.cfg's `impact_args` ({old} and {new} are the sides'
// snapshots); its expectations may also be in consumer/*.cc, at the uses.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "apicompat/report.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;

std::string CasesDir() { return SourceDir() + "/tests/cases"; }

// The files of `dir` ending in `extension`, sorted; none when it does not exist.
std::vector<std::string> FilesEndingIn(const fs::path& dir, const std::string& extension) {
  std::vector<std::string> files;
  if (!fs::is_directory(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == extension) files.push_back(entry.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> Headers(const fs::path& dir) { return FilesEndingIn(dir, ".h"); }

// case.cfg: `key = value` lines.
std::string CaseOption(const fs::path& dir, const std::string& key) {
  for (absl::string_view line : absl::StrSplit(ReadFile((dir / "case.cfg").string()), '\n')) {
    std::pair<std::string, std::string> kv = absl::StrSplit(line, absl::MaxSplits('=', 1));
    if (absl::StripAsciiWhitespace(kv.first) == key) {
      return std::string(absl::StripAsciiWhitespace(kv.second));
    }
  }
  return "";
}

// "file:line: rule severity decl" for every expectation in old/ and new/
// (and consumer/ sources).
std::vector<std::string> Expectations(const fs::path& dir) {
  static const std::regex kExpect(R"(//\s*expect:\s*(.*)$)");
  std::vector<std::string> expected;
  for (const char* side : {"old", "new", "consumer"}) {
    std::vector<std::string> files = Headers(dir / side);
    if (side == std::string("consumer")) files = FilesEndingIn(dir / side, ".cc");
    for (const std::string& header : files) {
      std::vector<std::string> lines =
          absl::StrSplit(ReadFile((dir / side / header).string()), '\n');
      for (size_t i = 0; i < lines.size(); ++i) {
        std::smatch match;
        if (!std::regex_search(lines[i], match, kExpect)) continue;
        for (absl::string_view item : absl::StrSplit(match[1].str(), ';', absl::SkipWhitespace())) {
          std::vector<std::string> words = absl::StrSplit(item, ' ', absl::SkipWhitespace());
          expected.push_back(absl::StrCat(header, ":", i + 1, ": ", absl::StrJoin(words, " ")));
        }
      }
    }
  }
  std::sort(expected.begin(), expected.end());
  return expected;
}

// The side's translation units: *.cc (*.c for C), sorted.
std::vector<std::string> Sources(const fs::path& dir, const std::string& lang) {
  return FilesEndingIn(dir, lang == "c" ? ".c" : ".cc");
}

// A source's own compile flags: its `// flags: ...` line.
std::string SourceFlags(const std::string& text) {
  static const std::regex kFlags(R"(//\s*flags:\s*(.*))");
  std::smatch match;
  return std::regex_search(text, match, kFlags) ? match[1].str() : "";
}

class RuleCaseTest : public ::testing::TestWithParam<std::string> {
 protected:
  // Compiles one side's headers through the plugin; returns the snapshot.
  // Empty when the merge failed, as the case said it must.
  std::string Snapshot(const fs::path& dir, const std::string& side, const std::string& scratch) {
    std::string lang = CaseOption(dir, "lang") == "c" ? "c" : "c++";
    if (!Sources(dir / side, lang).empty()) return BuildAndMerge(dir, side, scratch, lang);
    std::string source = absl::StrCat(scratch, "/", side, lang == "c" ? ".c" : ".cpp");
    std::string includes;
    for (const std::string& header : Headers(dir / side)) {
      absl::StrAppend(&includes, "#include \"", header, "\"\n");
    }
    WriteFile(source, includes);
    std::string snapshot = absl::StrCat(scratch, "/", side, ".apisnap");
    CommandResult compiled =
        CompileWithPlugin(source, (dir / side).string(), snapshot, ExtraFlags(dir, side), lang);
    EXPECT_EQ(compiled.exit_code, 0) << side << " did not compile:\n" << compiled.err;
    EXPECT_EQ(compiled.err, "") << "the plugin must compile the " << side << " headers silently";
    return snapshot;
  }

  std::string ExtraFlags(const fs::path& dir, const std::string& side) {
    std::string extra = absl::StrCat("-I", Quote((dir / side).string()));
    if (std::string std = CaseOption(dir, "std"); !std.empty()) absl::StrAppend(&extra, " -std=", std);
    return extra;
  }

  // One snapshot per source, merged as a real build's are.
  std::string BuildAndMerge(const fs::path& dir, const std::string& side,
                            const std::string& scratch, const std::string& lang) {
    std::string merge_args, reversed_args;
    for (const std::string& name : Sources(dir / side, lang)) {
      std::string text = ReadFile((dir / side / name).string());
      std::string source = absl::StrCat(scratch, "/", side, "/", name);
      WriteFile(source, text);
      std::string snapshot = source + ".apisnap";
      CommandResult compiled =
          CompileWithPlugin(source, (dir / side).string(), snapshot,
                            absl::StrCat(ExtraFlags(dir, side), " ", SourceFlags(text)), lang);
      EXPECT_EQ(compiled.exit_code, 0) << side << "/" << name << " did not compile:\n" << compiled.err;
      EXPECT_EQ(compiled.err, "") << "the plugin must compile " << side << "/" << name << " silently";
      absl::StrAppend(&merge_args, " ", Quote(snapshot));
      reversed_args = absl::StrCat(" ", Quote(snapshot), reversed_args);
    }
    std::string merged = absl::StrCat(scratch, "/", side, ".apisnap");
    CommandResult merge = Apicompat(absl::StrCat("merge -o ", Quote(merged), merge_args));
    std::string error = side == "new" ? CaseOption(dir, "merge_error") : "";
    if (!error.empty()) {
      EXPECT_EQ(merge.exit_code, 2) << merge.out << merge.err;
      EXPECT_NE(merge.err.find(error), std::string::npos) << "expected: " << error << "\n"
                                                          << merge.err;
      return "";
    }
    EXPECT_EQ(merge.exit_code, 0) << side << " did not merge:\n" << merge.err;
    // The inputs' order must not matter.
    std::string reversed = absl::StrCat(scratch, "/", side, "-reversed.apisnap");
    Apicompat(absl::StrCat("merge -o ", Quote(reversed), reversed_args));
    EXPECT_EQ(ReadFile(reversed), ReadFile(merged)) << side << " merged in reverse order differs";
    return merged;
  }
};

// With --witnesses every error of a breaking case must be proven or
// unproven, never refuted: the expectations say the break is real. With
// APICOMPAT_WITNESS_TALLY=FILE each case appends "case rule status reason"
// per error to FILE (tests/scripts/witness_accuracy.sh sums them up).
void CheckWitnesses(const fs::path& dir, const std::string& scratch, const std::string& before,
                    const std::string& after) {
  CommandResult diff = Apicompat(absl::StrCat(
      "diff ", Quote(before), " ", Quote(after), " --format json --witnesses --baseline-include ",
      Quote((dir / "old").string()), " --current-include ", Quote((dir / "new").string()),
      " --witness-cache ", Quote(scratch + "/witness-cache"), " --witness-flags ",
      Quote("-I" + SourceDir() + "/attributes/include"), " ",
      absl::StrReplaceAll(CaseOption(dir, "diff_args"), {{"{case}", dir.string()}})));
  Report report;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(diff.out, &report).ok())
      << "not a JSON report:\n" << diff.out << diff.err;
  std::string tally;
  for (const Finding& finding : report.findings()) {
    if (!finding.has_witness()) continue;
    EXPECT_NE(finding.witness().status(), "refuted")
        << finding.rule() << " " << finding.decl() << ": " << finding.witness().reason() << "\n"
        << finding.witness().code();
    absl::StrAppend(&tally, dir.filename().string(), " ", finding.rule(), " ",
                    finding.witness().status(), " ", finding.witness().reason().substr(0, 160),
                    "\n");
  }
  if (const char* file = std::getenv("APICOMPAT_WITNESS_TALLY")) {
    std::ofstream(file, std::ios::app) << tally;
  }
}

// The consumer's uses of `side`: each consumer/*.cc compiled with the flags
// of `apicompat flags --uses-of` that side, the snapshots merged.
std::string ConsumerUses(const fs::path& dir, const std::string& side, const std::string& scratch) {
  std::string merge_args;
  for (const std::string& name : Sources(dir / "consumer", "c++")) {
    std::string source = absl::StrCat(scratch, "/consumer/", name);
    WriteFile(source, ReadFile((dir / "consumer" / name).string()));
    std::string snapshot = source + ".apisnap";
    CommandResult flags = Apicompat(absl::StrCat("flags --uses-of ", Quote((dir / side).string()),
                                                 " --out ", Quote(snapshot)));
    EXPECT_EQ(flags.exit_code, 0) << flags.err;
    CommandResult compiled = Run(absl::StrCat(ClangCxx(), " -std=c++17 -fsyntax-only -I",
                                              Quote((dir / side).string()), " ",
                                              absl::StripAsciiWhitespace(flags.out), " ",
                                              Quote(source)));
    EXPECT_EQ(compiled.exit_code, 0) << "consumer/" << name << " did not compile:\n" << compiled.err;
    absl::StrAppend(&merge_args, " ", Quote(snapshot));
  }
  std::string uses = absl::StrCat(scratch, "/uses.apisnap");
  CommandResult merge = Apicompat(absl::StrCat("merge -o ", Quote(uses), merge_args));
  EXPECT_EQ(merge.exit_code, 0) << merge.err;
  return uses;
}

// The command a case runs: `diff`, or `impact` for a case with a consumer.
std::string CaseCommand(const fs::path& dir, const std::string& before, const std::string& after,
                        const std::string& scratch) {
  std::string consumer = CaseOption(dir, "consumer");
  if (consumer.empty()) {
    return absl::StrCat("diff ", Quote(before), " ", Quote(after), " --format json ",
                        absl::StrReplaceAll(CaseOption(dir, "diff_args"),
                                            {{"{case}", dir.string()}}));
  }
  return absl::StrCat("impact --format json --uses ", Quote(ConsumerUses(dir, consumer, scratch)),
                      " ",
                      absl::StrReplaceAll(CaseOption(dir, "impact_args"),
                                          {{"{old}", Quote(before)}, {"{new}", Quote(after)}}));
}

// `diff` parses a declaration whose bytes did not change once, for both
// sides, and runs no check on it (differ.cc): the report must be the one
// of snapshots read apart. A baseline in text form shares nothing.
void ExpectSameWithoutSharing(const fs::path& dir, const std::string& before,
                              const std::string& after, const CommandResult& shared) {
  std::string text = absl::StrCat(before, ".txtpb");
  CommandResult dump = Apicompat(absl::StrCat("dump ", Quote(before)));
  ASSERT_EQ(dump.exit_code, 0) << dump.err;
  WriteFile(text, dump.out);
  CommandResult apart = Apicompat(CaseCommand(dir, text, after, ""));
  EXPECT_EQ(apart.out, shared.out) << "the report depends on declarations being shared";
  EXPECT_EQ(apart.exit_code, shared.exit_code);
}

TEST_P(RuleCaseTest, FindingsMatchExpectations) {
  fs::path dir = fs::path(CasesDir()) / GetParam();
  std::string scratch = MakeScratchDir(GetParam());
  std::string before = Snapshot(dir, "old", scratch);
  std::string after = Snapshot(dir, "new", scratch);
  if (!CaseOption(dir, "merge_error").empty()) {
    EXPECT_EQ(after, "") << "new/ merged although case.cfg says it must not";
    return;
  }
  CommandResult diff = Apicompat(CaseCommand(dir, before, after, scratch));
  Report report;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(diff.out, &report).ok())
      << "not a JSON report:\n" << diff.out << diff.err;

  std::vector<std::string> actual;
  for (const Finding& finding : report.findings()) {
    // Use sites are named from the consumer's project root; its sources are
    // expected by file name.
    std::string file = fs::path(finding.file()).filename().string();
    actual.push_back(absl::StrCat(file, ":", finding.line(), ": ", finding.rule(), " ",
                                  finding.severity(), " ", finding.decl()));
  }
  std::sort(actual.begin(), actual.end());
  std::vector<std::string> expected = Expectations(dir);
  EXPECT_EQ(absl::StrJoin(actual, "\n"), absl::StrJoin(expected, "\n")) << diff.out;

  bool breaking = std::any_of(expected.begin(), expected.end(), [](const std::string& e) {
    return e.find(" error ") != std::string::npos;
  });
  EXPECT_EQ(diff.exit_code, breaking ? 1 : 0) << diff.err;
  EXPECT_EQ(report.verdict(), breaking ? "breaking" : "compatible");
  if (breaking) CheckWitnesses(dir, scratch, before, after);
  if (CaseOption(dir, "consumer").empty()) ExpectSameWithoutSharing(dir, before, after, diff);
}

std::vector<std::string> AllCases() {
  std::vector<std::string> cases;
  for (const auto& entry : fs::directory_iterator(CasesDir())) {
    if (entry.is_directory()) cases.push_back(entry.path().filename().string());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

INSTANTIATE_TEST_SUITE_P(Cases, RuleCaseTest, ::testing::ValuesIn(AllCases()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace apicompat::testing
