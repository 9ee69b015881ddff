#include "child_processes.h"

#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>

#include "absl/strings/str_cat.h"

namespace apicompat {
namespace {

// A started child: its piece of work and the unlinked temporary files that
// receive its output and its stderr (files, not pipes: nothing has to be
// drained while other children run).
struct Child {
  size_t index;
  FILE* output;
  FILE* errors;
};

std::string ReadAndClose(FILE* file) {
  std::string text;
  std::rewind(file);
  char buffer[65536];
  size_t read;
  while ((read = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, read);
  std::fclose(file);
  return text;
}

bool WriteAll(int fd, const std::string& bytes) {
  size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    written += static_cast<size_t>(n);
  }
  return true;
}

// In the child: runs piece `index` and leaves without running the parent's
// exit handlers or flushing its (copied) stdio buffers.
[[noreturn]] void RunChild(const ChildWork& work, const Child& child) {
  ::dup2(::fileno(child.errors), STDERR_FILENO);
  std::optional<std::string> output = work.run(child.index);
  bool written = output && WriteAll(::fileno(child.output), *output);
  std::fflush(stderr);
  ::_exit(written ? 0 : 1);
}

ChildResult Collect(const Child& child, int status) {
  ChildResult result;
  bool succeeded = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  std::string output = ReadAndClose(child.output);
  if (succeeded) result.output = std::move(output);
  result.stderr_text = ReadAndClose(child.errors);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  return result;
}

class ChildPool {
 public:
  explicit ChildPool(const ChildWork& work) : work_(work) {}
  ~ChildPool() { KillRunning(); }

  std::optional<std::string> Run() {
    while (next_done_ < work_.count) {
      while (CanStart()) {
        if (std::optional<std::string> error = Start()) return error;
      }
      int status = 0;
      pid_t pid = ::waitpid(-1, &status, 0);
      if (pid < 0) {
        if (errno == EINTR) continue;
        return absl::StrCat("snapshot: waiting for a compile: ", std::strerror(errno));
      }
      auto it = running_.find(pid);
      if (it == running_.end()) continue;
      finished_.emplace(it->second.index, Collect(it->second, status));
      running_.erase(it);
      if (!HandBack()) return std::nullopt;
    }
    return std::nullopt;
  }

 private:
  // Results wait to be handed back in order: a window bounds how many.
  bool CanStart() const {
    size_t window = 4 * static_cast<size_t>(work_.jobs) + 64;
    return running_.size() < static_cast<size_t>(work_.jobs) && next_start_ < work_.count &&
           next_start_ < next_done_ + window;
  }

  std::optional<std::string> Start() {
    Child child{next_start_, std::tmpfile(), std::tmpfile()};
    if (child.output == nullptr || child.errors == nullptr) {
      std::string error = absl::StrCat("snapshot: cannot create a temporary file: ",
                                       std::strerror(errno));
      if (child.output) std::fclose(child.output);
      if (child.errors) std::fclose(child.errors);
      return error;
    }
    work_.start(next_start_);
    std::fflush(nullptr);  // else the child would inherit, and print, pending output
    pid_t pid = ::fork();
    if (pid < 0) {
      std::fclose(child.output);
      std::fclose(child.errors);
      return absl::StrCat("snapshot: cannot start a compile: ", std::strerror(errno));
    }
    if (pid == 0) RunChild(work_, child);
    running_.emplace(pid, child);
    ++next_start_;
    return std::nullopt;
  }

  // Hands back the results that are next in order; false once `done` stops.
  bool HandBack() {
    for (auto it = finished_.find(next_done_); it != finished_.end();
         it = finished_.find(next_done_)) {
      bool go_on = work_.done(next_done_, std::move(it->second));
      finished_.erase(it);
      ++next_done_;
      if (!go_on) return false;
    }
    return true;
  }

  void KillRunning() {
    for (auto& [pid, child] : running_) {
      ::kill(pid, SIGKILL);
      int status;
      while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      std::fclose(child.output);
      std::fclose(child.errors);
    }
    running_.clear();
  }

  const ChildWork& work_;
  std::map<pid_t, Child> running_;
  std::map<size_t, ChildResult> finished_;
  size_t next_start_ = 0;
  size_t next_done_ = 0;
};

}  // namespace

std::optional<std::string> RunInChildProcesses(const ChildWork& work) {
  return ChildPool(work).Run();
}

int AvailableCores() {
#ifdef __linux__
  cpu_set_t set;
  if (::sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) {
    return CPU_COUNT(&set);
  }
#endif
  long online = ::sysconf(_SC_NPROCESSORS_ONLN);
  return online > 0 ? static_cast<int>(online) : 1;
}

}  // namespace apicompat
