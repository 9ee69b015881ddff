// Running a helper program (git) without a shell, capturing its output.
#ifndef APICOMPAT_DIFFER_SUBPROCESS_H_
#define APICOMPAT_DIFFER_SUBPROCESS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace apicompat {

struct ProcessResult {
  int exit_code = -1;  // 128 + signal number when killed by a signal
  std::string out;
  std::string err;
};

// Runs `argv` (argv[0] looked up in PATH) and waits for it. Arguments are
// passed as they are, so no quoting is needed. An error only when the
// program cannot be started; its own failures are in `exit_code` and `err`.
absl::StatusOr<ProcessResult> RunProcess(const std::vector<std::string>& argv);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_SUBPROCESS_H_
