#include <optional>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "policy/semver.h"
#include "report.h"
#include "report_advice.h"
#include "report_uses.h"
#include "rule_catalog.h"
#include "witness/witness_text.h"

namespace apicompat {
namespace {

// Acknowledged findings read "acknowledged error:", which compiler-style
// parsers do not take for an error.
std::string FindingLine(const Finding& finding) {
  return absl::StrCat(finding.file(), ":", finding.line(), ": ",
                      finding.acknowledged() ? "acknowledged " : "", finding.severity(),
                      ": [", finding.rule(), "] ", finding.decl(), ": ", finding.message(),
                      finding.exempt() ? " (exempt in the baseline)" : "",
                      finding.acknowledged()
                          ? absl::StrCat(" (acknowledged: ", finding.acknowledgement(), ")")
                          : "",
                      "\n");
}

// With both versions: whether the release they make is big enough.
std::string SemverLine(const Report& report) {
  if (report.semver().empty()) return "";
  std::string release = report.release_bump() == Name(Bump::kNone)
                            ? "no version bump"
                            : absl::StrCat("a ", report.release_bump(), " release");
  std::string line = absl::StrCat("apicompat: version ", report.baseline_version(), " -> ",
                                  report.current_version(), " is ", release);
  if (report.semver() == "satisfied") {
    return absl::StrCat(line, "; the changes require ", report.required_bump(), ": OK\n");
  }
  absl::StatusOr<Version> baseline = ParseVersion(report.baseline_version());
  std::optional<Bump> required = ParseBump(report.required_bump());
  return absl::StrCat(line, ", but the changes require a ", report.required_bump(),
                      " release: VERSION TOO LOW, release ",
                      baseline.ok() && required ? NextRelease(*baseline, *required) : "",
                      " or later\n");
}

// After an impact finding: a compiler-style note at each use it reaches
// (but the one it is located at), where editors jump to.
std::string UseNotes(const Finding& finding) {
  std::string out;
  for (const UseSite& site : finding.uses()) {
    if (site.file() == finding.file() && site.line() == finding.line()) continue;
    absl::StrAppend(&out, site.file(), ":", site.line(), ": note: ",
                    site.project().empty() ? "" : absl::StrCat("[", site.project(), "] "),
                    "used here (", site.kind(), ")\n");
  }
  return out;
}

std::string ImpactSummary(const Report& report) {
  std::string out =
      absl::StrCat("apicompat: ", CountsText(report), "; ", ImpactVerdictText(report), "\n");
  if (std::string projects = ProjectsText(report); !projects.empty()) {
    absl::StrAppend(&out, "apicompat: ", projects, "\n");
  }
  if (std::string unaffected = UnaffectedText(report); !unaffected.empty()) {
    absl::StrAppend(&out, "apicompat: ", unaffected, "\n");
  }
  return out;
}

// A consumer cannot fix the dependency: only the rules about its own uses
// have fixes for it.
std::string ImpactHowToFix(const Report& report) {
  if (!report.failed()) return "";
  std::string out = "\nHow to fix:\n";
  for (const std::string& rule : RulesToFix(report)) {
    if (absl::StartsWith(rule, "used-")) absl::StrAppend(&out, "  ", FixText(rule), "\n");
  }
  return absl::StrCat(out, "  In general: ", ImpactWaysForward(report), "\n");
}

std::string Summary(const Report& report) {
  std::string out = absl::StrCat("apicompat: ", CountsText(report));
  if (report.verdict() == "breaking") {
    absl::StrAppend(&out, "; BREAKING: the changes require a ", report.required_bump(),
                    " version bump\n");
  } else if (report.failed() && report.counts().warning() > 0 && report.fail_on() == "warning") {
    absl::StrAppend(&out, "; FAILED on warnings (--fail-on warning); required version bump: ",
                    report.required_bump(), "\n");
  } else {
    absl::StrAppend(&out, "; compatible (required version bump: ", report.required_bump(),
                    ")\n");
  }
  return absl::StrCat(out, SemverLine(report));
}

}  // namespace

std::string RenderText(const Report& report) {
  std::string out;
  for (const Finding& finding : report.findings()) {
    absl::StrAppend(&out, FindingLine(finding), UseNotes(finding),
                    WitnessText(finding, report, "    "));
  }
  if (report.has_impact()) return absl::StrCat(out, ImpactSummary(report), ImpactHowToFix(report));
  absl::StrAppend(&out, Summary(report));
  std::vector<std::string> to_fix = RulesToFix(report);
  if (to_fix.empty()) return out;
  absl::StrAppend(&out, "\nHow to fix:\n");
  for (const std::string& rule : to_fix) absl::StrAppend(&out, "  ", FixText(rule), "\n");
  absl::StrAppend(&out, "  In general: ", WaysForward(report),
                  " If it never was public API, mark it APICOMPAT_INTERNAL_API "
                  "(itself reported once, as exemption-added).\n");
  return out;
}

}  // namespace apicompat
