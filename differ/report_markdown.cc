// Markdown for a job summary ($GITHUB_STEP_SUMMARY) or a pull-request
// comment: the verdict first, then the findings grouped by severity, then
// how to fix them.
#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "markdown_text.h"
#include "report.h"
#include "report_advice.h"
#include "report_uses.h"
#include "rule_catalog.h"
#include "witness/witness_text.h"

namespace apicompat {
namespace {

// Short names: the writer is made of them.
std::string Cell(absl::string_view text) { return MarkdownText(text); }
std::string Code(absl::string_view text) { return MarkdownCode(text); }

std::string Where(const Finding& finding) {
  if (finding.file().empty()) return "";
  return finding.line() > 0 ? Code(absl::StrCat(finding.file(), ":", finding.line()))
                            : Code(finding.file());
}

std::string Title(const Report& report, bool failed) {
  if (report.has_impact()) {
    return failed ? "## apicompat impact: affected\n\n" : "## apicompat impact: not affected\n\n";
  }
  if (report.verdict() == "breaking") return "## apicompat: breaking changes\n\n";
  return failed ? "## apicompat: check failed\n\n" : "## apicompat: compatible\n\n";
}

// The use sites of an impact finding, as code spans.
std::string UsedAt(const Finding& finding) {
  std::string out;
  for (const UseSite& site : finding.uses()) {
    absl::StrAppend(&out, out.empty() ? "" : "<br>",
                    site.project().empty() ? "" : absl::StrCat(Cell(site.project()), ": "),
                    Code(absl::StrCat(site.file(), ":", site.line())), " ", Cell(site.kind()));
  }
  return out;
}

// One table of the findings `keep` selects, under `heading`.
template <typename Predicate>
std::string Section(const Report& report, absl::string_view heading, Predicate keep) {
  std::string rows;
  int count = 0;
  for (const Finding& finding : report.findings()) {
    if (!keep(finding)) continue;
    ++count;
    std::string what = Cell(finding.message());
    if (finding.acknowledged()) {
      absl::StrAppend(&what, " *Acknowledged:* ", Cell(finding.acknowledgement()));
    }
    if (finding.exempt()) absl::StrAppend(&what, " *(exempt in the baseline)*");
    if (finding.has_witness()) absl::StrAppend(&what, " *Witness:* ", Cell(finding.witness().status()));
    absl::StrAppend(&rows, "| ", Where(finding), " | ", Code(finding.rule()), " | ",
                    Code(finding.decl()), " | ", what, " |");
    // An impact report says where the consumers use what changed.
    if (report.has_impact()) absl::StrAppend(&rows, " ", UsedAt(finding), " |");
    absl::StrAppend(&rows, "\n");
  }
  if (count == 0) return "";
  bool impact = report.has_impact();
  return absl::StrCat("### ", heading, " (", count, ")\n\n",
                      "| Where | Rule | Declaration | What changed |", impact ? " Used at |" : "",
                      "\n| --- | --- | --- | --- |", impact ? " --- |" : "", "\n", rows, "\n");
}

// The witnesses of the findings, as code blocks below the tables.
std::string Witnesses(const Report& report) {
  std::string out;
  for (const Finding& finding : report.findings()) {
    if (!finding.has_witness() || finding.witness().code().empty()) continue;
    absl::StrAppend(&out, "- ", Code(finding.rule()), " ", Code(finding.decl()), ": ",
                    Cell(WitnessHeadline(finding, report)), "\n\n  ```cpp\n");
    for (absl::string_view line : absl::StrSplit(finding.witness().code(), '\n', absl::SkipEmpty())) {
      absl::StrAppend(&out, "  ", line, "\n");
    }
    absl::StrAppend(&out, "  ```\n\n");
    if (!finding.witness().reason().empty()) {
      absl::StrAppend(&out, "  ", Cell(finding.witness().reason()), "\n\n");
    }
  }
  return out.empty() ? "" : absl::StrCat("### Witnesses\n\n", out);
}

std::string Problems(const ReportContext& context) {
  if (context.problems.empty()) return "";
  std::string out = "### Other problems\n\n";
  for (const ReportContext::Problem& problem : context.problems) {
    absl::StrAppend(&out, "- ", problem.file.empty() ? "" : absl::StrCat(Code(problem.file), ": "),
                    Cell(problem.message), "\n");
  }
  return absl::StrCat(out, "\n");
}

std::string HowToFix(const Report& report, bool failed) {
  std::vector<std::string> rules = RulesToFix(report);
  // A consumer cannot fix the dependency: only its own uses.
  if (report.has_impact()) {
    if (!failed) return "";
    rules.erase(std::remove_if(rules.begin(), rules.end(),
                               [](const std::string& rule) { return !absl::StartsWith(rule, "used-"); }),
                rules.end());
  }
  if (rules.empty() && !failed) return "";
  std::string out = "### How to fix\n\n";
  for (const std::string& rule : rules) {
    if (const RuleInfo* info = FindRule(rule)) {
      absl::StrAppend(&out, "- ", Code(rule), ": ", Cell(info->fix), ".\n");
    }
  }
  if (failed) {
    absl::StrAppend(&out, "- In general: ",
                    Cell(report.has_impact() ? ImpactWaysForward(report) : WaysForward(report)),
                    "\n");
  }
  return absl::StrCat(out, "\n");
}

bool Is(const Finding& finding, Severity severity) {
  return !finding.acknowledged() && finding.severity() == Name(severity);
}

}  // namespace

std::string RenderMarkdown(const Report& report, const ReportContext& context) {
  bool failed = report.failed() || !context.problems.empty();
  std::string out = Title(report, failed);
  absl::StrAppend(&out, "**",
                  Cell(report.has_impact() ? ImpactVerdictText(report) : VerdictText(report)),
                  "**", failed ? " The check fails." : "", "\n\n", CountsText(report));
  if (!context.baseline.empty()) absl::StrAppend(&out, "; compared with ", Code(context.baseline));
  if (std::string unaffected = UnaffectedText(report); !unaffected.empty()) {
    absl::StrAppend(&out, "; ", unaffected);
  }
  if (std::string projects = ProjectsText(report); !projects.empty()) {
    absl::StrAppend(&out, ".\n\nBy project: ", Cell(projects));
  }
  absl::StrAppend(&out, ".\n\n");
  absl::StrAppend(
      &out, Section(report, "Errors", [](const Finding& f) { return Is(f, Severity::kError); }),
      Section(report, "Warnings", [](const Finding& f) { return Is(f, Severity::kWarning); }),
      Section(report, "Acknowledged", [](const Finding& f) { return f.acknowledged(); }),
      Section(report, "Info", [](const Finding& f) { return Is(f, Severity::kInfo); }));
  absl::StrAppend(&out, Witnesses(report), Problems(context), HowToFix(report, failed));
  return out;
}

}  // namespace apicompat
