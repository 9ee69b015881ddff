// What the HTML pages (the report, the history) share: escaping, and one
// self-contained page (inline CSS and script, nothing fetched) around a body.
#ifndef APICOMPAT_DIFFER_HTML_PAGE_H_
#define APICOMPAT_DIFFER_HTML_PAGE_H_

#include <string>

#include "absl/strings/string_view.h"

namespace apicompat {

// Text as HTML text or attribute value: & < > " ' escaped.
std::string HtmlEscape(absl::string_view text);

// The Markdown of docs/rules.md's sections as HTML: paragraphs, "- " lists,
// fenced code blocks, `code` and **bold**; everything else is text, escaped.
// Headings are left out (the page names the rule).
std::string RulesMarkdownToHtml(absl::string_view markdown);

// A complete page: `body` (HTML) and `script` (JavaScript, run once the
// page is parsed; it must not contain "</script"). The shared stylesheet
// styles the classes both pages use (verdict, finding, decls, ...).
std::string HtmlPage(absl::string_view title, absl::string_view body,
                     absl::string_view script);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_HTML_PAGE_H_
