#include "cli/compare.h"

#include <iostream>

#include "absl/strings/str_cat.h"
#include "cli/commands.h"
#include "report.h"

namespace apicompat {

std::vector<FlagSpec> CompareFlagSpecs() {
  return {{"--format", "", true}, {"--verbose", "-v", false}};
}

absl::StatusOr<CompareSettings> ReadCompareFlags(const ParsedArgs& args) {
  CompareSettings settings;
  settings.format = args.Get("--format", "text");
  if (settings.format != "text" && settings.format != "json") {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown format '", settings.format, "' (text or json)"));
  }
  settings.diff.verbose = args.Has("--verbose");
  return settings;
}

int CompareAndReport(const Snapshot& baseline, const Snapshot& current,
                     const CompareSettings& settings) {
  Report report = Diff(baseline, current, settings.diff);
  std::cout << (settings.format == "json" ? RenderJson(report) : RenderText(report));
  return report.verdict() == "breaking" ? kExitBreaking : kExitOk;
}

}  // namespace apicompat
