#include "report_advice.h"

#include "absl/container/btree_set.h"
#include "absl/strings/str_cat.h"
#include "config.h"
#include "policy/policy.h"
#include "policy/semver.h"
#include "rule_catalog.h"

namespace apicompat {
namespace {

std::string Plural(uint32_t count, absl::string_view noun) {
  return absl::StrCat(count, " ", noun, count == 1 || noun == "info" ? "" : "s");
}

std::string BumpText(absl::string_view bump) {
  return bump == Name(Bump::kNone) || bump.empty() ? "no version bump"
                                                   : absl::StrCat("a ", bump, " version bump");
}

// The release the changes need, when the baseline's version is known.
std::string NeededRelease(const Report& report) {
  absl::StatusOr<Version> baseline = ParseVersion(report.baseline_version());
  std::optional<Bump> required = ParseBump(report.required_bump());
  if (report.baseline_version().empty() || !baseline.ok() || !required) return "";
  return NextRelease(*baseline, *required);
}

}  // namespace

bool FailsReport(const Report& report, const Finding& finding) {
  return FailsCheck(finding, report);
}

std::string CountsText(const Report& report) {
  const Counts& counts = report.counts();
  std::string text = absl::StrCat(Plural(counts.error(), "error"), ", ",
                                  Plural(counts.warning(), "warning"), ", ",
                                  Plural(counts.info(), "info"));
  if (counts.acknowledged() > 0) {
    absl::StrAppend(&text, ", ", counts.acknowledged(), " acknowledged");
  }
  return text;
}

std::string VerdictText(const Report& report) {
  std::string text;
  if (report.verdict() == "breaking") {
    text = absl::StrCat("Breaking: the changes require ", BumpText(report.required_bump()), ".");
  } else if (report.failed() && report.semver() != "insufficient") {
    text = absl::StrCat("Failed: findings of severity ", report.fail_on(),
                        " fail this check; the changes require ",
                        BumpText(report.required_bump()), ".");
  } else if (report.counts().acknowledged() > 0 &&
             report.required_bump() == Name(Bump::kMajor)) {
    // Acknowledged breaks pass the check but still break users.
    text = "Compatible: no unacknowledged breaks; a major version bump is still required.";
  } else {
    text = absl::StrCat("Compatible: the changes require ", BumpText(report.required_bump()), ".");
  }
  if (report.semver().empty()) return text;
  absl::StrAppend(&text, " Version ", report.baseline_version(), " -> ", report.current_version(),
                  " is ", BumpText(report.release_bump()));
  if (report.semver() == "satisfied") return absl::StrCat(text, ": enough.");
  return absl::StrCat(text, ": too low, release ", NeededRelease(report), " or later.");
}

std::vector<std::string> RulesToFix(const Report& report) {
  absl::btree_set<std::string> rules;
  for (const Finding& finding : report.findings()) {
    if (!finding.exempt() && !finding.acknowledged() &&
        finding.severity() != Name(Severity::kInfo)) {
      rules.insert(finding.rule());
    }
  }
  return std::vector<std::string>(rules.begin(), rules.end());
}

std::string FixText(const std::string& rule) {
  const RuleInfo* info = FindRule(rule);
  return info == nullptr ? "" : absl::StrCat("[", rule, "] ", info->fix, ".");
}

std::string WaysForward(const Report& report) {
  std::string release = NeededRelease(report);
  // A break needs a major release; a check failed on warnings may need less.
  std::string bump = report.required_bump() == Name(Bump::kMinor) ? "minor" : "major";
  return absl::StrCat(
      "Revert the change; or keep the old declaration, mark it APICOMPAT_DEPRECATED and "
      "remove it in the next major version; or acknowledge the break with a reason in ",
      kConfigFileName, " (--write-acknowledgements FILE drafts the entries); or bump the ",
      bump, " version", release.empty() ? "" : absl::StrCat(" (release ", release, ")"),
      ". Details: apicompat explain RULE.");
}

}  // namespace apicompat
