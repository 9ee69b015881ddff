// The compile commands apicompat-snapshot runs its front ends with: from a
// compilation database (as the build would compile them) or one per public
// header (header mode), adjusted to only parse.
#ifndef APICOMPAT_PLUGIN_COMPILE_JOBS_H_
#define APICOMPAT_PLUGIN_COMPILE_JOBS_H_

#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "snapshot_tool_options.h"

namespace apicompat {

struct CompileJob {
  std::string directory;                  // absolute; the compile's working dir
  std::string file;                       // the source or header, as in the command
  std::vector<std::string> command_line;  // [0] is the compiler
};

// The translation units of `options.compile_commands` (a directory holding
// compile_commands.json, or the file), restricted to `options.sources` when
// given. Paths in `options` are relative to `cwd`.
absl::StatusOr<std::vector<CompileJob>> JobsFromCompilationDatabase(
    const SnapshotToolOptions& options, const std::string& cwd);

// One job per header under the public dirs (or public header), in path
// order, excluded headers aside; none is an error unless
// `options.allow_empty`.
absl::StatusOr<std::vector<CompileJob>> JobsForPublicHeaders(const SnapshotToolOptions& options,
                                                             const std::string& cwd);

// What every job's command line gets: parse only (no output, no dependency
// files), no compiler plugins, no warnings, this Clang's builtin headers and
// `extra_flags`; flags this Clang does not know (a GCC build's) are removed
// and added to `dropped`.
std::vector<std::string> ParseOnlyCommandLine(const std::vector<std::string>& command_line,
                                              const std::vector<std::string>& extra_flags,
                                              std::set<std::string>& dropped);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_COMPILE_JOBS_H_
