// The command line of apicompat-snapshot (run as `apicompat snapshot`).
#ifndef APICOMPAT_PLUGIN_SNAPSHOT_TOOL_OPTIONS_H_
#define APICOMPAT_PLUGIN_SNAPSHOT_TOOL_OPTIONS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace apicompat {

extern const char kSnapshotToolUsage[];

struct SnapshotToolOptions {
  bool help = false;
  std::string output;                     // -o
  std::vector<std::string> public_dirs;   // --public-dir (a dir or a header), repeatable
  std::vector<std::string> excludes;      // --exclude GLOB, repeatable
  std::vector<std::string> uses_of;       // --uses-of DIR, repeatable: a dependency's headers
  std::string project_root;               // --project-root DIR: names of use sites
  bool keep_first = false;                // --keep-first, as for merge
  bool allow_empty = false;               // --allow-empty: no declaration is no error
  bool progress = false;                  // --progress: [N/TOTAL] FILE on stderr
  bool no_progress = false;               // --no-progress: not even on a terminal
  // Build mode: the translation units of a compilation database.
  std::string compile_commands;           // -p DIR (or the .json itself)
  std::vector<std::string> sources;       // restricts -p to these
  // Header mode: every header under the public dirs on its own.
  std::vector<std::string> header_flags;  // -I, -isystem, -D, -U, in order
  std::string std;                        // --std
  std::string language = "c++";           // -x c|c++
  // After `--`: appended to every compile command, in both modes.
  std::vector<std::string> extra_flags;

  bool build_mode() const { return !compile_commands.empty(); }
};

// Errors are one line, without the "apicompat: error: " prefix.
absl::StatusOr<SnapshotToolOptions> ParseSnapshotToolArgs(const std::vector<std::string>& args);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_SNAPSHOT_TOOL_OPTIONS_H_
