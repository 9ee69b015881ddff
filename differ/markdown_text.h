// Text in Markdown (GitHub's): what the Markdown report and the history's
// release notes share.
#ifndef APICOMPAT_DIFFER_MARKDOWN_TEXT_H_
#define APICOMPAT_DIFFER_MARKDOWN_TEXT_H_

#include <string>

#include "absl/strings/string_view.h"

namespace apicompat {

// Plain text on one line (a table cell): C++ is full of Markdown syntax
// (`std::vector<long>` would be an HTML tag, `int* a, int* b` emphasis), so
// every punctuation character Markdown gives a meaning is escaped.
std::string MarkdownText(absl::string_view text);

// A code span showing C++ as written, on one line; empty for empty text.
std::string MarkdownCode(absl::string_view text);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_MARKDOWN_TEXT_H_
