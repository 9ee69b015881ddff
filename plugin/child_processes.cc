#include "child_processes.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <vector>

#include "absl/strings/str_cat.h"

namespace apicompat {
namespace {

// A long-lived worker process: it runs piece after piece, as the parent
// sends their numbers, so that it faults Clang's code in once, not once per
// piece. Each piece's output and stderr go to files in a private temporary
// directory (nothing to drain while other workers run); the worker then
// sends back the piece's number and whether it succeeded.
struct Worker {
  pid_t pid = -1;
  int to_worker = -1;    // the parent writes piece numbers
  int from_worker = -1;  // the worker writes {number, succeeded}
  std::optional<size_t> piece;  // the piece it runs, if busy
};

struct Done {
  uint64_t index;
  uint8_t succeeded;
};

bool WriteAll(int fd, const void* data, size_t size) {
  const char* bytes = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = ::write(fd, bytes, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

bool ReadAll(int fd, void* data, size_t size) {
  char* bytes = static_cast<char*>(data);
  while (size > 0) {
    ssize_t n = ::read(fd, bytes, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

std::string ReadAndRemove(const std::string& path) {
  std::string text;
  if (FILE* file = std::fopen(path.c_str(), "rb")) {
    char buffer[65536];
    size_t read;
    while ((read = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, read);
    std::fclose(file);
  }
  std::remove(path.c_str());
  return text;
}

class WorkerPool {
 public:
  explicit WorkerPool(const ChildWork& work) : work_(work) {}
  ~WorkerPool() {
    for (Worker& worker : workers_) Stop(worker);
    if (!dir_.empty()) ::rmdir(dir_.c_str());
  }

  std::optional<std::string> Run() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = absl::StrCat(tmp && *tmp ? tmp : "/tmp", "/apicompat-snapshot-XXXXXX");
    if (::mkdtemp(pattern.data()) == nullptr) {
      return absl::StrCat("snapshot: cannot create a temporary directory: ", std::strerror(errno));
    }
    dir_ = pattern;
    workers_.reserve(static_cast<size_t>(work_.jobs));
    while (next_done_ < work_.count) {
      while (CanStart()) {
        if (std::optional<std::string> error = Start()) return error;
      }
      if (std::optional<std::string> error = WaitForOne()) return error;
      if (!HandBack()) return std::nullopt;
    }
    return std::nullopt;
  }

 private:
  std::string PathOf(size_t index, const char* what) const {
    return absl::StrCat(dir_, "/", index, what);
  }

  // Results wait to be handed back in order: a window bounds how many.
  bool CanStart() const {
    size_t window = 4 * static_cast<size_t>(work_.jobs) + 64;
    return next_start_ < work_.count && next_start_ < next_done_ + window &&
           (workers_.size() < static_cast<size_t>(work_.jobs) || IdleWorker() != nullptr);
  }

  Worker* IdleWorker() const {
    for (const Worker& worker : workers_) {
      if (worker.pid > 0 && !worker.piece) return const_cast<Worker*>(&worker);
    }
    return nullptr;
  }

  std::optional<std::string> Start() {
    Worker* worker = IdleWorker();
    if (worker == nullptr) {
      if (std::optional<std::string> error = Spawn()) return error;
      worker = &workers_.back();
    }
    size_t index = next_start_++;
    work_.start(index);
    uint64_t number = index;
    worker->piece = index;
    if (!WriteAll(worker->to_worker, &number, sizeof number)) {
      // The worker is gone: WaitForOne sees its end and reports the piece.
      ::close(worker->to_worker);
      worker->to_worker = -1;
    }
    return std::nullopt;
  }

  std::optional<std::string> Spawn() {
    int to[2], from[2];
    if (::pipe(to) != 0) return absl::StrCat("snapshot: cannot start a compile: ", std::strerror(errno));
    if (::pipe(from) != 0) {
      ::close(to[0]);
      ::close(to[1]);
      return absl::StrCat("snapshot: cannot start a compile: ", std::strerror(errno));
    }
    std::fflush(nullptr);  // else the worker would inherit, and print, pending output
    pid_t pid = ::fork();
    if (pid < 0) {
      for (int fd : {to[0], to[1], from[0], from[1]}) ::close(fd);
      return absl::StrCat("snapshot: cannot start a compile: ", std::strerror(errno));
    }
    if (pid == 0) {
      // Only the parent may hold the other workers' pipes: a worker reads
      // the end of its input when the parent closes it.
      for (const Worker& other : workers_) {
        ::close(other.to_worker);
        ::close(other.from_worker);
      }
      ::close(to[1]);
      ::close(from[0]);
      Serve(to[0], from[1]);
    }
    ::close(to[0]);
    ::close(from[1]);
    workers_.push_back(Worker{pid, to[1], from[0], std::nullopt});
    return std::nullopt;
  }

  // The worker's loop; leaves without running the parent's exit handlers or
  // flushing its (copied) stdio buffers.
  [[noreturn]] void Serve(int input, int output) {
    uint64_t index;
    while (ReadAll(input, &index, sizeof index)) {
      int errors = ::open(PathOf(index, ".err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      if (errors >= 0) {
        ::dup2(errors, STDERR_FILENO);
        ::close(errors);
      }
      std::optional<std::string> result = work_.run(index);
      bool written = false;
      if (result) {
        int fd = ::open(PathOf(index, ".out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        written = fd >= 0 && WriteAll(fd, result->data(), result->size());
        if (fd >= 0) written = ::close(fd) == 0 && written;
      }
      std::fflush(stderr);
      Done done{index, written};
      if (!WriteAll(output, &done, sizeof done)) break;
    }
    ::_exit(0);
  }

  // Waits until a busy worker finishes its piece (or dies running it).
  std::optional<std::string> WaitForOne() {
    std::vector<pollfd> fds;
    std::vector<Worker*> busy;
    for (Worker& worker : workers_) {
      if (worker.pid > 0 && worker.piece) {
        fds.push_back(pollfd{worker.from_worker, POLLIN, 0});
        busy.push_back(&worker);
      }
    }
    if (fds.empty()) return "snapshot: internal error: no compile is running";
    while (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno != EINTR) return absl::StrCat("snapshot: waiting for a compile: ", std::strerror(errno));
    }
    for (size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].revents == 0) continue;
      Worker& worker = *busy[i];
      size_t index = *worker.piece;
      worker.piece.reset();
      ChildResult result;
      Done done;
      if (ReadAll(worker.from_worker, &done, sizeof done) && done.index == index) {
        std::string output = ReadAndRemove(PathOf(index, ".out"));
        if (done.succeeded) result.output = std::move(output);
      } else {
        result.signal = Stop(worker);  // it died running the piece
        std::remove(PathOf(index, ".out").c_str());
      }
      result.stderr_text = ReadAndRemove(PathOf(index, ".err"));
      finished_.emplace(index, std::move(result));
    }
    return std::nullopt;
  }

  // Ends a worker (closing its input lets it leave; a busy one is killed);
  // the signal that ended it, if one did.
  int Stop(Worker& worker) {
    if (worker.pid <= 0) return 0;
    if (worker.piece) {
      ::kill(worker.pid, SIGKILL);
      std::remove(PathOf(*worker.piece, ".out").c_str());
      std::remove(PathOf(*worker.piece, ".err").c_str());
    }
    if (worker.to_worker >= 0) ::close(worker.to_worker);
    ::close(worker.from_worker);
    int status = 0;
    while (::waitpid(worker.pid, &status, 0) < 0 && errno == EINTR) {
    }
    worker.pid = -1;
    worker.to_worker = worker.from_worker = -1;
    return WIFSIGNALED(status) ? WTERMSIG(status) : 0;
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

  const ChildWork& work_;
  std::string dir_;
  std::vector<Worker> workers_;  // reserved: never reallocated while in use
  std::map<size_t, ChildResult> finished_;
  size_t next_start_ = 0;
  size_t next_done_ = 0;
};

}  // namespace

std::optional<std::string> RunInChildProcesses(const ChildWork& work) {
  return WorkerPool(work).Run();
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
