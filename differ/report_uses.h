// What the report formats say of an `apicompat impact` report (one with
// Report.impact): the consumers' use sites of each finding and the changes
// left out, shared by the formats.
#ifndef APICOMPAT_DIFFER_REPORT_USES_H_
#define APICOMPAT_DIFFER_REPORT_USES_H_

#include <string>

#include "apicompat/report.pb.h"

namespace apicompat {

// "src/app.cc:12 (call)", or "trainer: src/app.cc:12 (call)" when it names
// its project.
std::string UseSiteText(const UseSite& site);

// "used at src/app.cc:12 (call), src/app.cc:30 (call)"; empty without uses.
std::string UsesText(const Finding& finding);

// "41 other changes do not affect this project" (or "these projects"); empty
// for a report of --minimum/--maximum, or when nothing was left out.
std::string UnaffectedText(const Report& report);

// With several consumers, whom the findings reach: "trainer: 4 errors;
// viewer: not affected"; empty otherwise.
std::string ProjectsText(const Report& report);

// The verdict for the consumers: "this project is affected by breaking
// changes" and the like.
std::string ImpactVerdictText(const Report& report);

// What a consumer does about the findings: adapt each use listed, or pin
// the dependency.
std::string ImpactWaysForward(const Report& report);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_REPORT_USES_H_
