// What the CI report formats tell people, shared by them: which findings
// fail the check, the verdict in words, and the ways forward.
#ifndef APICOMPAT_DIFFER_REPORT_ADVICE_H_
#define APICOMPAT_DIFFER_REPORT_ADVICE_H_

#include <string>
#include <vector>

#include "apicompat/report.pb.h"

namespace apicompat {

// Whether `finding` fails the check at the report's --fail-on threshold.
bool FailsReport(const Report& report, const Finding& finding);

// "5 errors, 0 warnings, 2 info" (and ", 1 acknowledged").
std::string CountsText(const Report& report);

// One sentence: "Breaking: the changes require a major version bump." or
// "Compatible: the changes require a minor version bump.", with the
// semantic-versioning verdict when the versions are known.
std::string VerdictText(const Report& report);

// The ids of the rules with findings to act on (not info, exempt or
// acknowledged), sorted.
std::vector<std::string> RulesToFix(const Report& report);

// "[rule] how to fix." for a catalogued rule; empty otherwise.
std::string FixText(const std::string& rule);

// What to do when the check fails, ending with the choices: revert,
// deprecate first, acknowledge the break with a reason, or bump the major
// version (naming the release when the baseline version is known).
std::string WaysForward(const Report& report);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_REPORT_ADVICE_H_
