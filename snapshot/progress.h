// Progress of long runs (`snapshot -p` over many translation units, header
// mode, large merges): `[12/39] src/db_impl.cc` on stderr. On a terminal
// the line is overwritten in place and cleared at the end; elsewhere (CI
// logs) nothing is shown unless --progress asks, then one line per step.
#ifndef APICOMPAT_SNAPSHOT_PROGRESS_H_
#define APICOMPAT_SNAPSHOT_PROGRESS_H_

#include <cstddef>
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace apicompat {

enum class ProgressMode { kAuto, kOn, kOff };

// The mode the two flags ask for; an error if both are given.
absl::StatusOr<ProgressMode> ProgressModeOf(bool progress, bool no_progress);

class Progress {
 public:
  // Shown if `mode` says so: kAuto when stderr is a terminal.
  Progress(size_t total, ProgressMode mode);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Starts step `done + 1` of `total`, working on `item`.
  void Step(absl::string_view item);
  // Removes the in-place line before other output (a warning) is printed.
  void Clear();

 private:
  size_t total_;
  size_t done_ = 0;
  bool shown_;
  bool in_place_;
  bool line_pending_ = false;
};

// The mode of the process: `apicompat` sets it from the command's flags
// before running the command, so that shared code (reading snapshots)
// needs no parameter for it.
void SetProgressMode(ProgressMode mode);
ProgressMode GetProgressMode();

}  // namespace apicompat

#endif  // APICOMPAT_SNAPSHOT_PROGRESS_H_
