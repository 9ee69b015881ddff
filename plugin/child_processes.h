// Runs independent pieces of work in forked worker processes, a few at a
// time, and hands their results back in order: what lets apicompat-snapshot
// compile translation units in parallel yet write what a serial run writes.
// A worker runs piece after piece (forked once, it faults Clang's code in
// once), so a piece must depend only on what existed when the run began.
//
// Processes rather than threads: every compile runs in its own working
// directory (chdir is per process), Clang prints its diagnostics straight to
// stderr (here captured per child and printed whole, never interleaved), and
// a front end that crashes takes down one child, not the run.
#ifndef APICOMPAT_PLUGIN_CHILD_PROCESSES_H_
#define APICOMPAT_PLUGIN_CHILD_PROCESSES_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace apicompat {

struct ChildResult {
  // The bytes the child's work returned; none if it returned none, exited
  // otherwise or was killed by a signal.
  std::optional<std::string> output;
  std::string stderr_text;  // everything the child wrote to stderr
  int signal = 0;           // the signal that killed it, if one did
};

struct ChildWork {
  size_t count = 0;  // pieces of work, numbered 0..count-1
  int jobs = 1;      // child processes at a time
  // Called in the parent before piece i starts (in order of i).
  std::function<void(size_t i)> start;
  // Piece i, run in a worker; none is a failure. It sees the memory of the
  // parent as it was when the worker was forked, not what `start` changed.
  std::function<std::optional<std::string>(size_t i)> run;
  // Called in the parent with each piece's result, in order of i; false
  // stops the run (no later piece starts or is handed back).
  std::function<bool(size_t i, ChildResult result)> done;
};

// Runs the work. An error message when a child cannot be started (the
// pieces handed back by then were handed back in order).
std::optional<std::string> RunInChildProcesses(const ChildWork& work);

// Every core this process may run on.
int AvailableCores();

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_CHILD_PROCESSES_H_
