// Summarize: the report's counts and verdicts from its findings.
#include <algorithm>
#include <optional>

#include "absl/algorithm/container.h"
#include "policy/policy.h"

namespace apicompat {
namespace {

void Count(const Finding& finding, Counts& counts) {
  if (finding.acknowledged()) {
    counts.set_acknowledged(counts.acknowledged() + 1);
  } else if (finding.severity() == Name(Severity::kError)) {
    counts.set_error(counts.error() + 1);
  } else if (finding.severity() == Name(Severity::kWarning)) {
    counts.set_warning(counts.warning() + 1);
  } else {
    counts.set_info(counts.info() + 1);
  }
}

// Compares the release the versions make with the one the changes need.
void JudgeVersions(const Policy& policy, Bump required, Report& report) {
  if (policy.current_version) report.set_current_version(policy.current_version->text);
  if (!policy.baseline_version || !policy.current_version) return;
  report.set_baseline_version(policy.baseline_version->text);
  Bump release = ReleaseBump(*policy.baseline_version, *policy.current_version);
  report.set_release_bump(std::string(Name(release)));
  report.set_semver(release >= required ? "satisfied" : "insufficient");
}

bool CoveredByRelease(const Finding& finding, const Report& report) {
  if (report.release_bump().empty() || finding.category() == Name(Category::kPolicy)) return false;
  absl::StatusOr<Version> baseline = ParseVersion(report.baseline_version());
  std::optional<Bump> bump = ParseBump(finding.bump());
  std::optional<Bump> release = ParseBump(report.release_bump());
  return baseline.ok() && bump && release && *release >= EffectiveBump(*bump, *baseline);
}

}  // namespace

bool FailsCheck(const Finding& finding, const Report& report) {
  std::optional<Severity> severity = ParseSeverity(finding.severity());
  Severity fail_on = ParseSeverity(report.fail_on()).value_or(Severity::kError);
  return !finding.exempt() && !finding.acknowledged() && severity && *severity >= fail_on &&
         !CoveredByRelease(finding, report);
}

void Summarize(const Policy& policy, Report& report) {
  Counts* counts = report.mutable_counts();
  Bump required = Bump::kNone;
  for (const Finding& finding : report.findings()) {
    Count(finding, *counts);
    // Acknowledged breaks still need their bump: accepting a break does not
    // make it compatible.
    if (!finding.exempt()) {
      required = std::max(required, ParseBump(finding.bump()).value_or(Bump::kNone));
    }
  }
  if (policy.baseline_version) required = EffectiveBump(required, *policy.baseline_version);
  report.set_verdict(counts->error() > 0 ? "breaking" : "compatible");
  report.set_required_bump(std::string(Name(required)));
  report.set_fail_on(std::string(Name(policy.fail_on)));
  JudgeVersions(policy, required, report);
  bool fails = report.semver() == "insufficient" ||
               absl::c_any_of(report.findings(),
                              [&](const Finding& finding) { return FailsCheck(finding, report); });
  report.set_failed(fails);
}

}  // namespace apicompat
