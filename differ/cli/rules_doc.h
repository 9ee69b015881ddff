// docs/rules.md, compiled into the binary (cmake/EmbedText.cmake generates
// the definition) so that an installed apicompat explains rules without a
// docs directory.
#ifndef APICOMPAT_DIFFER_CLI_RULES_DOC_H_
#define APICOMPAT_DIFFER_CLI_RULES_DOC_H_

#include <string>

namespace apicompat {

const std::string& RulesDocumentation();

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CLI_RULES_DOC_H_
