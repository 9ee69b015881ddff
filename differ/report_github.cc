// GitHub Actions workflow commands: printed by a step, each becomes an
// annotation on the file and line it names, in the pull request's diff.
// https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "report.h"
#include "report_advice.h"
#include "report_uses.h"
#include "rule_catalog.h"

namespace apicompat {
namespace {

// The escaping of the Actions toolkit: a message may not contain a raw
// line break, a property value not a ':' or ',' either.
std::string EscapeData(absl::string_view text) {
  return absl::StrReplaceAll(text, {{"%", "%25"}, {"\r", "%0D"}, {"\n", "%0A"}});
}

std::string EscapeProperty(absl::string_view text) {
  return absl::StrReplaceAll(EscapeData(text), {{":", "%3A"}, {",", "%2C"}});
}

std::string Command(absl::string_view severity) {
  if (severity == Name(Severity::kError)) return "error";
  if (severity == Name(Severity::kWarning)) return "warning";
  return "notice";
}

std::string Annotation(absl::string_view command, const std::string& file, uint32_t line,
                       absl::string_view title, absl::string_view message) {
  std::string properties;
  if (!file.empty()) absl::StrAppend(&properties, "file=", EscapeProperty(file), ",");
  if (!file.empty() && line > 0) absl::StrAppend(&properties, "line=", line, ",");
  absl::StrAppend(&properties, "title=", EscapeProperty(title));
  return absl::StrCat("::", command, " ", properties, "::", EscapeData(message), "\n");
}

std::string FindingAnnotation(const Finding& finding) {
  std::string message = absl::StrCat(finding.decl(), ": ", finding.message());
  std::string command = Command(finding.severity());
  if (finding.acknowledged()) {
    command = "notice";
    absl::StrAppend(&message, " (acknowledged: ", finding.acknowledgement(), ")");
  } else if (finding.exempt()) {
    absl::StrAppend(&message, " (exempt in the baseline)");
  } else if (std::string fix = FixText(finding.rule());
             !fix.empty() && finding.severity() != Name(Severity::kInfo)) {
    absl::StrAppend(&message, "\nHow to fix: ", fix);
  }
  return Annotation(command, finding.file(), finding.line(),
                    absl::StrCat("apicompat ", finding.rule()), message);
}

// In the consumer's repository the dependency's headers are not there to
// annotate: an impact finding is annotated at each of its use sites.
std::string UseAnnotations(const Finding& finding) {
  std::string out;
  std::string where = absl::StrCat(" (", finding.file(), ":", finding.line(), ")");
  for (const UseSite& site : finding.uses()) {
    bool at_finding = site.file() == finding.file() && site.line() == finding.line();
    std::string message = absl::StrCat(site.project().empty() ? "" : absl::StrCat("[", site.project(), "] "),
                                       finding.decl(), at_finding ? "" : where, ": ",
                                       finding.message());
    if (absl::StartsWith(finding.rule(), "used-")) {
      absl::StrAppend(&message, "\nHow to fix: ", FixText(finding.rule()));
    }
    absl::StrAppend(&out, Annotation(Command(finding.severity()), site.file(), site.line(),
                                     absl::StrCat("apicompat ", finding.rule()), message));
  }
  return out;
}

std::string ImpactVerdictAnnotation(const Report& report) {
  std::string message = absl::StrCat(ImpactVerdictText(report), " (", CountsText(report));
  if (std::string unaffected = UnaffectedText(report); !unaffected.empty()) {
    absl::StrAppend(&message, "; ", unaffected);
  }
  absl::StrAppend(&message, ")");
  if (!report.failed()) return Annotation("notice", "", 0, "apicompat impact", message);
  return Annotation("error", "", 0, "apicompat impact",
                    absl::StrCat(message, "\n", ImpactWaysForward(report)));
}

std::string VerdictAnnotation(const Report& report, const ReportContext& context) {
  std::string message = absl::StrCat(VerdictText(report), " (", CountsText(report));
  if (!context.baseline.empty()) absl::StrAppend(&message, "; compared with ", context.baseline);
  absl::StrAppend(&message, ")");
  if (!report.failed()) return Annotation("notice", "", 0, "apicompat", message);
  return Annotation("error", "", 0, "apicompat",
                    absl::StrCat(message, "\n", WaysForward(report)));
}

}  // namespace

std::string RenderGithub(const Report& report, const ReportContext& context) {
  std::string out;
  for (const Finding& finding : report.findings()) {
    absl::StrAppend(&out, report.has_impact() ? UseAnnotations(finding) : FindingAnnotation(finding));
  }
  for (const ReportContext::Problem& problem : context.problems) {
    absl::StrAppend(&out, Annotation("error", problem.file, 0, "apicompat", problem.message));
  }
  return absl::StrCat(out, report.has_impact() ? ImpactVerdictAnnotation(report)
                                                : VerdictAnnotation(report, context));
}

}  // namespace apicompat
