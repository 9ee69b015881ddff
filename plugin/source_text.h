// Declaration parts recorded "as written" (default arguments, template
// defaults, constraints, requires-clauses): the header's own text with
// whitespace runs collapsed, so reformatting a header changes nothing.
#ifndef APICOMPAT_PLUGIN_SOURCE_TEXT_H_
#define APICOMPAT_PLUGIN_SOURCE_TEXT_H_

#include <string>

#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceLocation.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringRef.h"

namespace apicompat {

// `text` with every run of whitespace replaced by one space, trimmed, and
// made valid UTF-8 (sources may be in any encoding).
std::string CollapseWhitespace(llvm::StringRef text);

// The source text of the token range `range`, macro uses shown as written
// (not expanded), whitespace collapsed; "" for an invalid range.
std::string WrittenText(clang::SourceRange range, const clang::SourceManager& sources,
                        const clang::LangOptions& language);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_SOURCE_TEXT_H_
