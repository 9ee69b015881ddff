// The history for programs (JSON) and for release notes (Markdown).
#include "absl/strings/str_cat.h"
#include "history/history.h"
#include "markdown_text.h"
#include "report.h"
#include "report_advice.h"

namespace apicompat {
namespace {

std::string Counts(const Release& release) {
  Report report;
  *report.mutable_counts() = release.counts();
  return CountsText(report);
}

std::string Changes(const Release& release) {
  if (release.previous().empty()) return "first release";
  return absl::StrCat(release.verdict(), ": ", Counts(release));
}

std::string VersionCheck(const Release& release) {
  if (release.previous().empty()) return "";
  if (release.bump_matches()) return "ok";
  return absl::StrCat("**too low: should have been ", release.required_release(), "**");
}

std::string Table(const History& history) {
  std::string out =
      "| Release | Declarations | Changes | Required bump | Release bump | Version |\n"
      "| --- | ---: | --- | --- | --- | --- |\n";
  for (const Release& release : history.releases()) {
    absl::StrAppend(&out, "| ", MarkdownCode(release.tag()), " | ", release.declarations(), " | ",
                    Changes(release), " | ", release.required_bump(), " | ",
                    release.release_bump(), " | ", VersionCheck(release), " |\n");
  }
  return absl::StrCat(out, "\n");
}

std::string FindingLine(const Finding& finding) {
  std::string out = absl::StrCat("- ", finding.severity() == "info" ? "" : "**", finding.severity(),
                                 finding.severity() == "info" ? "" : "**", " ",
                                 MarkdownCode(finding.rule()), " ", MarkdownCode(finding.decl()),
                                 ": ", MarkdownText(finding.message()));
  if (finding.acknowledged()) {
    absl::StrAppend(&out, " *Acknowledged:* ", MarkdownText(finding.acknowledgement()));
  }
  return absl::StrCat(out, "\n");
}

std::string ReleaseSection(const Release& release) {
  if (release.previous().empty()) return "";
  std::string out = absl::StrCat("### ", release.tag(), " (", release.verdict(), ", from ",
                                 release.previous(), ")\n\n");
  if (!release.bump_matches()) {
    absl::StrAppend(&out, "> **Mis-versioned:** the changes require a ", release.required_bump(),
                    " version bump, but ", release.tag(), " is a ", release.release_bump(),
                    " release: it should have been ", release.required_release(), ".\n\n");
  }
  if (release.findings().empty()) return absl::StrCat(out, "No API changes.\n\n");
  for (const Finding& finding : release.findings()) absl::StrAppend(&out, FindingLine(finding));
  return absl::StrCat(out, "\n");
}

}  // namespace

std::string RenderHistoryJson(const History& history) {
  return absl::StrCat(RenderProtoJson(history), "\n");
}

std::string RenderHistoryMarkdown(const History& history) {
  std::string out = absl::StrCat("## API history of ", MarkdownCode(history.api_file()));
  const auto& releases = history.releases();
  if (!releases.empty() && !releases[0].previous().empty()) {
    absl::StrAppend(&out, " since ", releases[0].previous());
  }
  absl::StrAppend(&out, "\n\n");
  if (releases.empty()) return absl::StrCat(out, "No releases.\n");
  absl::StrAppend(&out, Table(history));
  for (const Release& release : releases) absl::StrAppend(&out, ReleaseSection(release));
  return out;
}

}  // namespace apicompat
