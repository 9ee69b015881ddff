// "did you mean ..." for a mistyped rule id.
#ifndef APICOMPAT_DIFFER_CLI_SUGGEST_H_
#define APICOMPAT_DIFFER_CLI_SUGGEST_H_

#include <string>

#include "absl/strings/string_view.h"
#include "did_you_mean.h"

namespace apicompat {

// DidYouMean among the rule ids (rule_catalog.h), otherwise pointing to
// `apicompat rules`.
std::string DidYouMeanRule(absl::string_view id);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CLI_SUGGEST_H_
