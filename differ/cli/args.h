// Command-line parsing for the subcommands. Hand-written rather than
// absl::flags because every usage error must exit with status 2 and flags
// differ per subcommand, which absl's global flags do not express.
#ifndef APICOMPAT_DIFFER_CLI_ARGS_H_
#define APICOMPAT_DIFFER_CLI_ARGS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"

namespace apicompat {

struct FlagSpec {
  std::string name;   // "--format"
  std::string alias;  // "-f", or empty
  bool takes_value = false;
  // A flag with a value given twice is an error (a silently ignored value
  // hides a mistake in a script), unless it collects values (--public-dir).
  bool repeatable = false;
};

class ParsedArgs {
 public:
  bool Has(const std::string& name) const { return values_.contains(name); }
  // The value given, or `fallback`.
  std::string Get(const std::string& name, const std::string& fallback = "") const;
  std::vector<std::string> GetAll(const std::string& name) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  friend absl::StatusOr<ParsedArgs> ParseArgs(absl::Span<const std::string>,
                                              absl::Span<const FlagSpec>);
  absl::flat_hash_map<std::string, std::vector<std::string>> values_;
  std::vector<std::string> positional_;
};

// Accepts `--name value`, `--name=value`, `-a value`; `--` ends the flags.
// Every command also accepts --help (-h), which main.cc answers.
absl::StatusOr<ParsedArgs> ParseArgs(absl::Span<const std::string> args,
                                     absl::Span<const FlagSpec> specs);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CLI_ARGS_H_
