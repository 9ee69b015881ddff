// Every apicompat command: its name, usage text and flags, for dispatch,
// `apicompat --help` and `apicompat COMMAND --help`. docs/apicompat.1 and
// docs/ci.md's CLI reference say the same: keep them in step.
#ifndef APICOMPAT_DIFFER_CLI_COMMAND_TABLE_H_
#define APICOMPAT_DIFFER_CLI_COMMAND_TABLE_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "cli/args.h"
#include "cli/commands.h"

namespace apicompat {

struct Command {
  absl::string_view name;
  absl::string_view summary;  // one line for `apicompat --help`
  absl::string_view usage;    // `apicompat NAME --help`, ends in a newline
  // Null for `snapshot`, whose own executable parses (and answers --help).
  std::vector<FlagSpec> (*flags)();
  int (*run)(const Args&);
};

absl::Span<const Command> AllCommands();
const Command* FindCommand(absl::string_view name);

// The usage error for a command that does not exist, with the closest one.
int RunUnknownCommand(absl::string_view name);

// The usage error for a command that does not exist, with the closest one.
int RunUnknownCommand(absl::string_view name);

// `apicompat --help`: the commands and where to read more.
std::string GeneralUsage();

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CLI_COMMAND_TABLE_H_
