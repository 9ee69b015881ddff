#include "witness/witness.h"

#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "language_standard.h"
#include "witness/compile.h"
#include "witness/generators.h"

namespace apicompat {
namespace {

// The language and standard witnesses compile with: the baseline's, with the
// newer standard of the two versions (current headers may need it).
struct Language {
  bool is_c = false;
  std::string standard;
};

Language WitnessLanguage(const Header& baseline, const Header& current) {
  Language language;
  language.is_c = baseline.language() == "c";
  language.standard = baseline.language_standard();
  if (current.language() == baseline.language() &&
      StandardYear(current.language_standard()) > StandardYear(language.standard)) {
    language.standard = current.language_standard();
  }
  return language;
}

std::vector<std::string> ModeArguments(const WitnessPlan& plan) {
  if (plan.expectation == Expectation::kBreaks) return {"-fsyntax-only"};
  if (plan.dump_flag == kSymbolDump) return {"-S", "-emit-llvm", "-o", "-"};
  if (plan.dump_flag == "-fdump-vtable-layouts") {
    return {"-S", "-emit-llvm", "-o", "/dev/null", "-Xclang", plan.dump_flag};
  }
  return {"-fsyntax-only", "-Xclang", plan.dump_flag};
}

CompileJob Job(const WitnessPlan& plan, const std::string& source, const Language& language,
               const std::string& compiler, const std::vector<std::string>& includes,
               const std::string& digest, const WitnessOptions& options) {
  CompileJob job{compiler, {"-x", language.is_c ? "c" : "c++"}, source, language.is_c, digest};
  if (!language.standard.empty()) job.arguments.push_back("-std=" + language.standard);
  if (language.is_c) {
    // What C code may no longer do is an error from Clang 16 on, a warning
    // before: a witness must fail on every major alike (Clang 14 compiled
    // an incompatible function pointer with a warning, refuting a real
    // parameter-type-changed).
    for (const char* argument :
         {"-Wno-everything", "-Werror=incompatible-function-pointer-types",
          "-Werror=int-conversion", "-Werror=implicit-function-declaration",
          "-Werror=implicit-int"}) {
      job.arguments.push_back(argument);
    }
  } else {
    job.arguments.push_back("-w");
  }
  for (const std::string& dir : includes) job.arguments.push_back("-I" + dir);
  job.arguments.insert(job.arguments.end(), options.flags.begin(), options.flags.end());
  for (std::string& argument : ModeArguments(plan)) job.arguments.push_back(std::move(argument));
  return job;
}

std::string FirstError(const std::string& diagnostics) {
  for (absl::string_view line : absl::StrSplit(diagnostics, '\n')) {
    if (absl::StrContains(line, "error:")) return std::string(line);
  }
  return diagnostics.substr(0, diagnostics.find('\n'));
}

// The part of a record layout dump about `record` ("*** Dumping AST Record
// Layout" sections whose first line names it); all of it for vtable dumps.
std::string DumpOf(const std::string& dump, const WitnessPlan& plan) {
  const std::string& record = plan.dump_record;
  if (plan.dump_flag == kSymbolDump) {
    std::string kept;
    for (absl::string_view line : absl::StrSplit(dump, '\n')) {
      if (absl::StartsWith(line, "declare ") || absl::StartsWith(line, "define ")) {
        absl::StrAppend(&kept, line.substr(0, line.find(" #")), "\n");
      }
    }
    return kept;
  }
  if (record.empty()) return dump;
  std::string kept;
  for (absl::string_view section : absl::StrSplit(dump, "*** Dumping AST Record Layout")) {
    absl::string_view body = absl::StripLeadingAsciiWhitespace(section);
    absl::string_view first = body.substr(0, body.find('\n'));
    if (absl::EndsWith(first, absl::StrCat(" ", record))) absl::StrAppend(&kept, section);
  }
  return kept;
}

std::string FirstDifference(const std::string& a, const std::string& b) {
  std::vector<absl::string_view> left = absl::StrSplit(a, '\n'), right = absl::StrSplit(b, '\n');
  for (size_t i = 0; i < left.size() || i < right.size(); ++i) {
    absl::string_view was = i < left.size() ? left[i] : "", now = i < right.size() ? right[i] : "";
    if (was != now) return absl::StrCat("'", absl::StripAsciiWhitespace(was), "' is now '",
                                        absl::StripAsciiWhitespace(now), "'");
  }
  return "";
}

Witness Judge(const WitnessPlan& plan, const CompileResult& old_side, const CompileResult& new_side) {
  Witness witness;
  if (old_side.exit_code < 0) {
    witness.set_status("unproven");
    witness.set_reason(absl::StrCat("the compiler could not be run: ", old_side.err));
    return witness;
  }
  if (old_side.exit_code != 0) {
    witness.set_status("unproven");
    witness.set_reason(absl::StrCat("the witness does not compile against the baseline: ",
                                    FirstError(old_side.err)));
    return witness;
  }
  if (new_side.exit_code != 0) {
    witness.set_status("proven");
    witness.set_reason(FirstError(new_side.err));
    return witness;
  }
  if (plan.expectation == Expectation::kDumpDiffers) {
    std::string difference =
        FirstDifference(DumpOf(old_side.out, plan), DumpOf(new_side.out, plan));
    if (!difference.empty()) {
      witness.set_status("proven");
      witness.set_reason(absl::StrCat(plan.dump_flag == kSymbolDump
                                          ? "the symbols of the compiler's code (-S -emit-llvm)"
                                          : absl::StrCat("the compiler's layout (-Xclang ",
                                                         plan.dump_flag, ")"),
                                      " differ: ", difference));
      return witness;
    }
  }
  witness.set_status(plan.decisive ? "refuted" : "unproven");
  bool dump = plan.expectation == Expectation::kDumpDiffers;
  witness.set_reason(absl::StrCat(
      "the witness compiles against both versions", dump ? " and the compiler's account is the same" : "",
      plan.decisive ? "" : "; it cannot rule the break out (another overload, conversion or "
                           "spelling may still fit)"));
  return witness;
}

struct Pending {
  int finding;
  WitnessPlan plan;
  std::string source;
};

}  // namespace

absl::Status AttachWitnesses(const Snapshot& baseline, const Snapshot& current,
                             const DiffSubjects& subjects,
                             const WitnessOptions& options, Report& report) {
  Language language = WitnessLanguage(baseline.header(), current.header());
  std::string compiler = ChooseCompiler(baseline.header());
  std::string old_digest = HeaderDigest(options.baseline_include);
  std::string new_digest = HeaderDigest(options.current_include);
  std::vector<Pending> pending;
  std::vector<CompileJob> jobs;
  for (int i = 0; i < report.findings_size(); ++i) {
    Finding& finding = *report.mutable_findings(i);
    if (finding.severity() != "error") continue;
    const DeclPair& pair = subjects.pairs[i];
    WitnessSubject subject{&finding, pair.before, pair.after, &baseline, language.is_c,
                           StandardYear(language.standard)};
    Generated generated = GenerateWitness(subject);
    if (!generated.plan) {
      finding.mutable_witness()->set_status("unproven");
      finding.mutable_witness()->set_reason(generated.reason);
      continue;
    }
    const Decl& located = pair.before != nullptr ? *pair.before : *pair.after;
    std::string source = absl::StrCat("#include \"", located.location().file(), "\"\n\n",
                                      generated.plan->code);
    finding.mutable_witness()->set_code(source);
    jobs.push_back(Job(*generated.plan, source, language, compiler, options.baseline_include,
                       old_digest, options));
    jobs.push_back(Job(*generated.plan, source, language, compiler, options.current_include,
                       new_digest, options));
    pending.push_back({i, *std::move(generated.plan), source});
  }
  absl::StatusOr<std::vector<CompileResult>> results = CompileAll(
      jobs, options.cache_dir.empty() ? DefaultWitnessCache() : options.cache_dir, options.jobs);
  if (!results.ok()) return results.status();
  for (size_t i = 0; i < pending.size(); ++i) {
    Witness judged = Judge(pending[i].plan, (*results)[2 * i], (*results)[2 * i + 1]);
    judged.set_code(pending[i].source);
    *report.mutable_findings(pending[i].finding)->mutable_witness() = std::move(judged);
  }
  return absl::OkStatus();
}

}  // namespace apicompat
