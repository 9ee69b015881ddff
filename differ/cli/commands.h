// The apicompat subcommands. Each returns the process exit status.
#ifndef APICOMPAT_DIFFER_CLI_COMMANDS_H_
#define APICOMPAT_DIFFER_CLI_COMMANDS_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "cli/args.h"

namespace apicompat {

// The exit status contract CI scripts depend on.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBreaking = 1;
inline constexpr int kExitUsage = 2;  // usage error or unreadable input

using Args = std::vector<std::string>;

int RunFlags(const Args& args);
int RunMerge(const Args& args);
int RunDump(const Args& args);
int RunListing(const Args& args);
int RunDiff(const Args& args);
int RunImpact(const Args& args);
int RunSnapshot(const Args& args);
int RunCheck(const Args& args);
int RunUpdate(const Args& args);
int RunRules(const Args& args);
int RunExplain(const Args& args);
int RunVersion(const Args& args);

// The flags of each command, which main.cc also parses to answer --help
// (and to read --progress) before running it.
std::vector<FlagSpec> FlagsFlagSpecs();
std::vector<FlagSpec> MergeFlagSpecs();
std::vector<FlagSpec> CheckFlagSpecs();
std::vector<FlagSpec> UpdateFlagSpecs();
std::vector<FlagSpec> ImpactFlagSpecs();
std::vector<FlagSpec> ListingFlagSpecs();
// --progress and --no-progress: for the commands that read many snapshots.
std::vector<FlagSpec> ProgressFlagSpecs();

// Prints `apicompat: error: <message>` as one line and returns kExitUsage.
int Fail(const absl::Status& status);
int Fail(const std::string& message);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CLI_COMMANDS_H_
