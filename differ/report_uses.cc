#include "report_uses.h"

#include <algorithm>
#include <vector>

#include "absl/container/btree_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "report_advice.h"

namespace apicompat {
namespace {

std::string Whom(const Report& report) {
  return report.impact().projects_size() > 1 ? "these projects" : "this project";
}

// "this project uses", "these projects use".
std::string WhoUses(const Report& report) {
  return report.impact().projects_size() > 1 ? "these projects use" : "this project uses";
}

bool Bounded(const Report& report) {
  return !report.impact().minimum_version().empty() ||
         !report.impact().maximum_version().empty();
}

}  // namespace

std::string UseSiteText(const UseSite& site) {
  return absl::StrCat(site.project().empty() ? "" : absl::StrCat(site.project(), ": "),
                      site.file(), ":", site.line(), " (", site.kind(), ")");
}

std::string UsesText(const Finding& finding) {
  if (finding.uses().empty()) return "";
  return absl::StrCat("used at ",
                      absl::StrJoin(finding.uses(), ", ", [](std::string* out, const UseSite& site) {
                        out->append(UseSiteText(site));
                      }));
}

std::string UnaffectedText(const Report& report) {
  uint32_t count = report.impact().unaffected();
  if (Bounded(report) || count == 0) return "";
  return absl::StrCat(count, " other change", count == 1 ? " does" : "s do", " not affect ",
                      Whom(report));
}

std::string ProjectsText(const Report& report) {
  if (report.impact().projects_size() < 2) return "";
  std::vector<std::string> parts;
  for (const std::string& project : report.impact().projects()) {
    absl::btree_map<std::string, int> by_severity;
    for (const Finding& finding : report.findings()) {
      bool reached = std::any_of(finding.uses().begin(), finding.uses().end(),
                                 [&](const UseSite& site) { return site.project() == project; });
      if (reached) ++by_severity[finding.severity()];
    }
    std::vector<std::string> counts;
    for (const auto& [severity, count] : by_severity) {
      counts.push_back(absl::StrCat(count, " ", severity,
                                    count == 1 || severity == "info" ? "" : "s"));
    }
    parts.push_back(absl::StrCat(project, ": ",
                                 counts.empty() ? "not affected" : absl::StrJoin(counts, ", ")));
  }
  return absl::StrJoin(parts, "; ");
}

std::string ImpactVerdictText(const Report& report) {
  std::string whom = Whom(report);
  if (Bounded(report)) {
    std::vector<std::string> named;
    for (const std::string& version :
         {report.impact().minimum_version(), report.impact().maximum_version()}) {
      if (!version.empty()) named.push_back(version);
    }
    std::string versions = absl::StrJoin(named, " and ");
    return report.failed()
               ? absl::StrCat("Affected: ", WhoUses(report), " declarations that version",
                              named.size() > 1 ? "s " : " ", versions,
                              named.size() > 1 ? " lack" : " lacks", " or declare",
                              named.size() > 1 ? "" : "s", " differently.")
               : absl::StrCat("Not affected: version", named.size() > 1 ? "s " : " ", versions,
                              " declare", named.size() > 1 ? "" : "s", " every use of ", whom,
                              " as it is used.");
  }
  if (report.failed()) {
    return absl::StrCat("Affected: ", WhoUses(report), " declarations the changes break.");
  }
  return report.findings().empty()
             ? absl::StrCat("Not affected: no change reaches the uses of ", whom, ".")
             : absl::StrCat("Not affected by breaking changes: ", WhoUses(report),
                            " declarations that changed compatibly.");
}

std::string ImpactWaysForward(const Report& report) {
  return Bounded(report)
             ? "Guard each use listed with a version check of the dependency, or change the "
               "supported versions. Details: apicompat explain RULE."
             : "Adapt each use listed to the new version (guarded by a version check if both "
               "must build), or stay on the old version. Details: apicompat explain RULE.";
}

}  // namespace apicompat
