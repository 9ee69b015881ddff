#include "cli/compare.h"

#include <filesystem>
#include <iostream>
#include <optional>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "cli/commands.h"
#include "cli/snapshot_inputs.h"
#include "config.h"
#include "policy/acknowledgements.h"
#include "policy/proof.h"
#include "report.h"
#include "snapshot_io.h"

namespace apicompat {

std::vector<FlagSpec> CompareFlagSpecs() {
  return {{"--format", "", true},
          {"--output", "-o", true},
          {"--verbose", "-v", false},
          {"--config", "", true},
          {"--baseline-config", "", true},
          {"--current-version", "", true},
          {"--baseline-version", "", true},
          {"--fail-on", "", true},
          {"--write-acknowledgements", "", true},
          {"--witnesses", "", false},
          {"--baseline-include", "", true, true},
          {"--current-include", "", true, true},
          {"--witness-flags", "", true},
          {"--witness-cache", "", true},
          {"--jobs", "-j", true}};
}

namespace {

absl::StatusOr<std::optional<Version>> VersionFlag(const ParsedArgs& args,
                                                   const std::string& flag) {
  if (!args.Has(flag)) return std::nullopt;
  absl::StatusOr<Version> version = ParseVersion(args.Get(flag));
  if (!version.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(flag, ": ", version.status().message()));
  }
  return *version;
}

absl::Status ReadVersionFlags(const ParsedArgs& args, Policy& policy) {
  absl::StatusOr<std::optional<Version>> baseline = VersionFlag(args, "--baseline-version");
  if (!baseline.ok()) return baseline.status();
  absl::StatusOr<std::optional<Version>> current = VersionFlag(args, "--current-version");
  if (!current.ok()) return current.status();
  if (*baseline && !*current) {
    return absl::InvalidArgumentError("--baseline-version needs --current-version");
  }
  if (*baseline && **current < **baseline) {
    return absl::InvalidArgumentError(
        absl::StrCat("--current-version ", (*current)->text, " is older than --baseline-version ",
                     (*baseline)->text));
  }
  policy.baseline_version = *baseline;
  policy.current_version = *current;
  return absl::OkStatus();
}

// --config, else the configuration found by default, else none (defaults);
// `path` gets the file read.
absl::Status ReadConfig(const ParsedArgs& args, const std::string& baseline_path,
                        Policy& policy, std::string& path) {
  std::optional<std::string> found =
      args.Has("--config") ? args.Get("--config") : FindDefaultConfig(baseline_path);
  if (!found) return absl::OkStatus();
  path = *found;
  absl::StatusOr<Config> config = LoadConfig(path);
  if (!config.ok()) return config.status();
  policy.config = *std::move(config);
  return absl::OkStatus();
}

// --baseline-config: the configuration in force at the baseline, whose
// policy the current one is compared with (`check` reads it from the
// baseline's commit).
absl::Status ReadBaselineConfig(const ParsedArgs& args, Policy& policy) {
  if (!args.Has("--baseline-config")) return absl::OkStatus();
  absl::StatusOr<Config> config = LoadConfig(args.Get("--baseline-config"));
  if (!config.ok()) return config.status();
  policy.baseline_config = *std::move(config);
  return absl::OkStatus();
}

absl::Status ReadPolicyFlags(const ParsedArgs& args, const std::string& baseline_path,
                             Policy& policy, std::string& config_path) {
  std::string fail_on = args.Get("--fail-on", "error");
  if (fail_on != Name(Severity::kError) && fail_on != Name(Severity::kWarning)) {
    return absl::InvalidArgumentError(
        absl::StrCat("--fail-on: unknown severity '", fail_on, "' (error or warning)"));
  }
  policy.fail_on = *ParseSeverity(fail_on);
  absl::Status versions = ReadVersionFlags(args, policy);
  if (!versions.ok()) return versions;
  absl::Status baseline_config = ReadBaselineConfig(args, policy);
  if (!baseline_config.ok()) return baseline_config;
  return ReadConfig(args, baseline_path, policy, config_path);
}

absl::StatusOr<std::vector<std::string>> IncludeDirs(const ParsedArgs& args,
                                                      const std::string& flag) {
  std::vector<std::string> dirs = args.GetAll(flag);
  for (const std::string& dir : dirs) {
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error)) {
      return absl::InvalidArgumentError(absl::StrCat(flag, ": '", dir, "' is not a directory"));
    }
  }
  return dirs;
}

// The directory holding apicompat/attributes.h, which libraries marking
// their API include: next to the installed executable, else (a build tree)
// the source tree's. "" if neither has it.
std::string AttributesIncludeDir() {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::path self = fs::read_symlink("/proc/self/exe", error);
  for (const fs::path& dir : {self.parent_path().parent_path() / APICOMPAT_INCLUDE_RELPATH,
                              fs::path(APICOMPAT_ATTRIBUTES_SOURCE_DIR)}) {
    if (!error && fs::exists(dir / "apicompat" / "attributes.h", error)) return dir.string();
  }
  return "";
}

// --witnesses and what goes with it; `check` finds include dirs itself.
absl::StatusOr<std::optional<WitnessOptions>> ReadWitnessFlags(const ParsedArgs& args) {
  if (!args.Has("--witnesses")) {
    for (const char* flag : {"--baseline-include", "--current-include", "--witness-flags",
                             "--witness-cache", "--jobs"}) {
      if (args.Has(flag)) return absl::InvalidArgumentError(absl::StrCat(flag, " needs --witnesses"));
    }
    return std::nullopt;
  }
  WitnessOptions options;
  absl::StatusOr<std::vector<std::string>> baseline = IncludeDirs(args, "--baseline-include");
  if (!baseline.ok()) return baseline.status();
  absl::StatusOr<std::vector<std::string>> current = IncludeDirs(args, "--current-include");
  if (!current.ok()) return current.status();
  options.baseline_include = *std::move(baseline);
  options.current_include = *std::move(current);
  options.flags = absl::StrSplit(args.Get("--witness-flags"), absl::ByAnyChar(" \t"), absl::SkipEmpty());
  // Searched last: the library's own copy, if it ships one, wins.
  if (std::string dir = AttributesIncludeDir(); !dir.empty()) {
    options.flags.insert(options.flags.end(), {"-idirafter", dir});
  }
  options.cache_dir = args.Get("--witness-cache");
  if (args.Has("--jobs") && (!absl::SimpleAtoi(args.Get("--jobs"), &options.jobs) || options.jobs < 1)) {
    return absl::InvalidArgumentError(absl::StrCat("--jobs: '", args.Get("--jobs"), "' is not a positive number"));
  }
  return options;
}

// The report formats of --format.
struct Format {
  absl::string_view name;
  std::string (*render)(const Report&, const ReportContext&);
};

// Text, followed by the problems beyond the findings.
std::string RenderConsole(const Report& report, const ReportContext& context) {
  std::string out = RenderText(report);
  if (!context.baseline.empty()) absl::StrAppend(&out, "apicompat: compared with ", context.baseline, "\n");
  for (const ReportContext::Problem& problem : context.problems) {
    absl::StrAppend(&out, "apicompat: ", problem.message, "\n");
  }
  return out;
}

const Format* FindFormat(absl::string_view name) {
  static const Format kFormats[] = {
      {"text", RenderConsole},
      {"json", [](const Report& report, const ReportContext&) { return RenderJson(report); }},
      {"sarif", RenderSarif},
      {"github", RenderGithub},
      {"markdown", RenderMarkdown},
      {"junit", RenderJunit},
      {"html", RenderHtml},
  };
  for (const Format& format : kFormats) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

}  // namespace

absl::Status CheckReportFormat(const std::string& format) {
  if (FindFormat(format) != nullptr) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat("unknown format '", format,
                   "' (text, json, sarif, github, markdown, junit or html)"));
}

absl::StatusOr<CompareSettings> ReadCompareFlags(const ParsedArgs& args,
                                                 const std::string& baseline_path) {
  CompareSettings settings;
  settings.format = args.Get("--format", "text");
  if (absl::Status format = CheckReportFormat(settings.format); !format.ok()) return format;
  settings.output = args.Get("--output");
  // The report in its format on standard output, as without --output.
  if (IsStandardOutput(settings.output)) settings.output.clear();
  settings.diff.verbose = args.Has("--verbose");
  absl::Status policy =
      ReadPolicyFlags(args, baseline_path, settings.diff.policy, settings.config_path);
  if (!policy.ok()) return policy;
  settings.write_acknowledgements = args.Get("--write-acknowledgements");
  absl::StatusOr<std::optional<WitnessOptions>> witnesses = ReadWitnessFlags(args);
  if (!witnesses.ok()) return witnesses.status();
  settings.witnesses = *std::move(witnesses);
  if (!settings.output.empty() && !settings.config_path.empty()) {
    absl::Status distinct = RefuseOutputOverInputs("--output", settings.output,
                                                   {settings.config_path});
    if (!distinct.ok()) return distinct;
  }
  return settings;
}

absl::Status RefuseOutputsOverInputs(const CompareSettings& settings,
                                     const std::vector<std::string>& inputs) {
  absl::Status distinct = RefuseOutputOverInputs("--output", settings.output, inputs);
  if (!distinct.ok()) return distinct;
  return RefuseOutputOverInputs("--write-acknowledgements", settings.write_acknowledgements,
                                inputs);
}

absl::StatusOr<Report> DiffAsSettingsSay(const Snapshot& baseline, const Snapshot& current,
                                         const CompareSettings& settings) {
  if (!settings.witnesses) return Diff(baseline, current, settings.diff);
  DiffSubjects subjects;
  Report report = Diff(baseline, current, settings.diff, nullptr, &subjects);
  absl::Status attached = AttachWitnesses(baseline, current, subjects, *settings.witnesses, report);
  if (!attached.ok()) return attached;
  ApplyProof(settings.diff.policy, report);
  return report;
}

int CompareAndReport(const Snapshot& baseline, const Snapshot& current,
                     const CompareSettings& settings) {
  if (settings.witnesses && (settings.witnesses->baseline_include.empty() ||
                             settings.witnesses->current_include.empty())) {
    return Fail("diff: --witnesses needs --baseline-include and --current-include");
  }
  absl::StatusOr<Report> report = DiffAsSettingsSay(baseline, current, settings);
  if (!report.ok()) return Fail(absl::StrCat("diff: ", report.status().message()));
  return PublishReport(*report, settings);
}

int PublishReport(const Report& report, const CompareSettings& settings,
                  const ReportContext& context) {
  if (!settings.write_acknowledgements.empty()) {
    absl::Status written =
        WriteOutput(settings.write_acknowledgements,
                            ConfigWithAcknowledgements(settings.diff.policy.config, report));
    if (!written.ok()) return Fail(written);
  }
  const Format& format = *FindFormat(settings.format);
  if (settings.output.empty()) {
    std::cout << format.render(report, context);
    // Text shows the problems; other formats may have no place for them.
    if (format.name != "text") {
      for (const ReportContext::Problem& problem : context.problems) {
        std::cerr << "apicompat: " << problem.message << "\n";
      }
    }
  } else {
    absl::Status written = WriteOutput(settings.output, format.render(report, context));
    if (!written.ok()) return Fail(written);
    std::cout << RenderConsole(report, context);
  }
  return report.failed() || !context.problems.empty() ? kExitBreaking : kExitOk;
}

}  // namespace apicompat
