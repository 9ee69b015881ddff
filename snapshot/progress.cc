#include "progress.h"

#include <unistd.h>

#include <cstdio>

#include "absl/strings/str_cat.h"

namespace apicompat {
namespace {

ProgressMode process_mode = ProgressMode::kAuto;

}  // namespace

absl::StatusOr<ProgressMode> ProgressModeOf(bool progress, bool no_progress) {
  if (progress && no_progress) {
    return absl::InvalidArgumentError("give --progress or --no-progress, not both");
  }
  return progress ? ProgressMode::kOn : no_progress ? ProgressMode::kOff : ProgressMode::kAuto;
}

void SetProgressMode(ProgressMode mode) { process_mode = mode; }
ProgressMode GetProgressMode() { return process_mode; }

Progress::Progress(size_t total, ProgressMode mode) : total_(total) {
  bool terminal = ::isatty(STDERR_FILENO) == 1;
  shown_ = mode == ProgressMode::kOn || (mode == ProgressMode::kAuto && terminal);
  in_place_ = shown_ && terminal;
}

Progress::~Progress() { Clear(); }

void Progress::Step(absl::string_view item) {
  if (!shown_) return;
  ++done_;
  // stdio, unbuffered on stderr: one write per line, no interleaving with
  // the warnings that std::cerr prints.
  std::string line = absl::StrCat("[", done_, "/", total_, "] ", item);
  if (in_place_) {
    // Carriage return, then erase to the end of the line.
    std::fprintf(stderr, "\r\033[K%s", line.c_str());
    line_pending_ = true;
  } else {
    std::fprintf(stderr, "%s\n", line.c_str());
  }
  std::fflush(stderr);
}

void Progress::Clear() {
  if (!line_pending_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  line_pending_ = false;
}

}  // namespace apicompat
