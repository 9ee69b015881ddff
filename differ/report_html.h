// The HTML rendering of findings, shared by the report (`--format html`)
// and the history page, which shows each release's findings.
#ifndef APICOMPAT_DIFFER_REPORT_HTML_H_
#define APICOMPAT_DIFFER_REPORT_HTML_H_

#include <string>

#include "apicompat/report.pb.h"

namespace apicompat {

// The findings grouped by severity (errors, warnings, acknowledged, info)
// and, within each, by category: an <article class="finding"> each, with
// its message, location, the old and new declaration side by side, the
// witness, how to fix and the rule's documentation. `heading` is the level
// of the severity headings (2: <h2>, category headings one below).
std::string HtmlFindings(const Report& report, int heading = 2);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_REPORT_HTML_H_
