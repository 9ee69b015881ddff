// apicompat impact: what a dependency's change means for the projects using
// it (the findings that reach their recorded uses), and which of their uses
// the oldest and newest versions they support lack.
#include <regex>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/compare.h"
#include "cli/snapshot_inputs.h"
#include "impact/impact.h"
#include "snapshot_write.h"

namespace apicompat {

std::vector<FlagSpec> ImpactFlagSpecs() {
  return {{"--uses", "", true, true},
          {"--minimum", "", true},
          {"--maximum", "", true},
          {"--minimum-version", "", true},
          {"--maximum-version", "", true},
          {"--current", "", true},
          {"--format", "", true},
          {"--output", "-o", true},
          {"--fail-on", "", true}};
}

namespace {

// "trainer" of "build/trainer.uses.apisnap".
std::string FileStem(absl::string_view path) {
  size_t slash = path.rfind('/');
  if (slash != absl::string_view::npos) path.remove_prefix(slash + 1);
  for (absl::string_view suffix : {".txtpb", ".apisnap", ".uses"}) absl::ConsumeSuffix(&path, suffix);
  return std::string(path);
}

// The version a snapshot's file name carries ("2.8" of "lib-2.8.apisnap"),
// else its name.
std::string VersionFromFileName(const std::string& path) {
  static const std::regex kVersion(R"([0-9]+(\.[0-9]+)*)");
  std::string stem = FileStem(path);
  std::string version = stem;
  for (std::sregex_iterator it(stem.begin(), stem.end(), kVersion), end; it != end; ++it) {
    version = it->str();
  }
  return version;
}

// --uses FILE or --uses NAME=FILE (a '=' after a '/' is part of a path).
struct UsesArg {
  std::string name;  // empty: named by the file
  std::string path;
};

UsesArg ParseUsesArg(const std::string& arg) {
  size_t equals = arg.find('=');
  if (equals == std::string::npos || arg.substr(0, equals).find('/') != std::string::npos) {
    return {"", arg};
  }
  return {arg.substr(0, equals), arg.substr(equals + 1)};
}

absl::StatusOr<Consumer> ReadConsumer(const std::string& arg) {
  auto [name, path] = ParseUsesArg(arg);
  absl::StatusOr<Snapshot> uses = ReadSnapshotOrBinary(path);
  if (!uses.ok()) return uses.status();
  if (uses->header().uses_of().empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, " records no uses of a dependency: build the consumer with the flags of "
              "`apicompat flags --uses-of DEPENDENCY_INCLUDE_DIR` and merge its snapshots"));
  }
  return Consumer{name.empty() ? FileStem(path) : name, *std::move(uses)};
}

absl::StatusOr<std::vector<Consumer>> ReadConsumers(const ParsedArgs& args) {
  std::vector<Consumer> consumers;
  for (const std::string& arg : args.GetAll("--uses")) {
    absl::StatusOr<Consumer> consumer = ReadConsumer(arg);
    if (!consumer.ok()) return consumer.status();
    for (const Consumer& other : consumers) {
      if (other.project == consumer->project) {
        return absl::InvalidArgumentError(absl::StrCat(
            "two --uses are named '", other.project, "': name them with --uses NAME=FILE"));
      }
    }
    consumers.push_back(*std::move(consumer));
  }
  if (consumers.empty()) return absl::InvalidArgumentError("expected --uses FILE");
  return consumers;
}

// --minimum and --maximum, read into `snapshots` (which the bounds point to).
absl::StatusOr<std::vector<BoundVersion>> ReadBounds(const ParsedArgs& args,
                                                     std::vector<Snapshot>& snapshots) {
  struct Flag {
    Bound bound;
    const char* file;
    const char* version;
  };
  const Flag kFlags[] = {{Bound::kMinimum, "--minimum", "--minimum-version"},
                         {Bound::kMaximum, "--maximum", "--maximum-version"}};
  // The bounds point into `snapshots`: it must not reallocate.
  snapshots.reserve(3);
  const Snapshot* current = nullptr;
  if (args.Has("--current")) {
    absl::StatusOr<Snapshot> snapshot = ReadSnapshotOrBinary(args.Get("--current"));
    if (!snapshot.ok()) return snapshot.status();
    current = &snapshots.emplace_back(*std::move(snapshot));
  }
  std::vector<BoundVersion> bounds;
  for (const Flag& flag : kFlags) {
    if (!args.Has(flag.file)) continue;
    absl::StatusOr<Snapshot> snapshot = ReadSnapshotOrBinary(args.Get(flag.file));
    if (!snapshot.ok()) return snapshot.status();
    snapshots.push_back(*std::move(snapshot));
    bounds.push_back({flag.bound, &snapshots.back(),
                      args.Get(flag.version, VersionFromFileName(args.Get(flag.file))), current});
  }
  return bounds;
}

absl::StatusOr<CompareSettings> ReadSettings(const ParsedArgs& args) {
  CompareSettings settings;
  settings.format = args.Get("--format", "text");
  if (absl::Status format = CheckReportFormat(settings.format); !format.ok()) return format;
  settings.output = args.Get("--output");
  if (IsStandardOutput(settings.output)) settings.output.clear();
  std::string fail_on = args.Get("--fail-on", "error");
  std::optional<Severity> severity = ParseSeverity(fail_on);
  if (!severity || *severity == Severity::kInfo) {
    return absl::InvalidArgumentError(
        absl::StrCat("--fail-on: unknown severity '", fail_on, "' (error or warning)"));
  }
  settings.diff.policy.fail_on = *severity;
  return settings;
}

// Every file read, which --output must not overwrite.
std::vector<std::string> Inputs(const ParsedArgs& args) {
  std::vector<std::string> inputs = args.positional();
  for (const std::string& uses : args.GetAll("--uses")) inputs.push_back(ParseUsesArg(uses).path);
  for (const char* flag : {"--minimum", "--maximum", "--current"}) {
    if (args.Has(flag)) inputs.push_back(args.Get(flag));
  }
  return inputs;
}

int Run(const ParsedArgs& args) {
  bool bounded = args.Has("--minimum") || args.Has("--maximum");
  if (args.Has("--current") && !bounded) {
    return Fail("impact: --current goes with --minimum or --maximum (DEP_OLD is the current "
                "version otherwise)");
  }
  for (const char* flag : {"--minimum", "--maximum"}) {
    if (args.Has(absl::StrCat(flag, "-version")) && !args.Has(flag)) {
      return Fail(absl::StrCat("impact: ", flag, "-version needs ", flag));
    }
  }
  if (bounded ? !args.positional().empty() : args.positional().size() != 2) {
    return Fail("impact: expected DEP_OLD and DEP_NEW snapshots, or --minimum DEP_MIN and/or "
                "--maximum DEP_NEXT instead");
  }
  absl::StatusOr<CompareSettings> settings = ReadSettings(args);
  if (!settings.ok()) return Fail(absl::StrCat("impact: ", settings.status().message()));
  if (absl::Status distinct = RefuseOutputOverInputs("--output", settings->output, Inputs(args));
      !distinct.ok()) {
    return Fail(absl::StrCat("impact: ", distinct.message()));
  }
  absl::StatusOr<std::vector<Consumer>> consumers = ReadConsumers(args);
  if (!consumers.ok()) return Fail(absl::StrCat("impact: ", consumers.status().message()));
  if (bounded) {
    std::vector<Snapshot> snapshots;
    absl::StatusOr<std::vector<BoundVersion>> bounds = ReadBounds(args, snapshots);
    if (!bounds.ok()) return Fail(absl::StrCat("impact: ", bounds.status().message()));
    return PublishReport(UsesAgainstVersions(*consumers, *bounds, settings->diff.policy),
                         *settings);
  }
  absl::StatusOr<Snapshot> old_dependency = ReadSnapshotOrBinary(args.positional()[0]);
  if (!old_dependency.ok()) return Fail(old_dependency.status());
  absl::StatusOr<Snapshot> new_dependency = ReadSnapshotOrBinary(args.positional()[1]);
  if (!new_dependency.ok()) return Fail(new_dependency.status());
  return PublishReport(
      ImpactOfChange(*consumers, *old_dependency, *new_dependency, settings->diff), *settings);
}

}  // namespace

int RunImpact(const Args& raw) {
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, ImpactFlagSpecs());
  if (!args.ok()) return Fail(args.status());
  return Run(*args);
}

}  // namespace apicompat
