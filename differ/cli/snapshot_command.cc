// apicompat snapshot: runs apicompat-snapshot, the libTooling executable
// built per Clang major next to the plugin. The differ itself never links
// Clang, so this command only finds that executable and hands over.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "cli/commands.h"

namespace apicompat {
namespace {

namespace fs = std::filesystem;

// bin/apicompat and lib/apicompat/apicompat-snapshot-clangNN, side by side
// in both the build tree and the installation.
absl::StatusOr<std::string> SnapshotToolPath() {
  std::error_code error;
  fs::path self = fs::read_symlink("/proc/self/exe", error);
  if (error) return absl::InternalError("cannot locate the apicompat executable");
  fs::path tool = self.parent_path().parent_path() / APICOMPAT_SNAPSHOT_TOOL_RELPATH;
  if (!fs::exists(tool, error)) {
    return absl::NotFoundError(absl::StrCat("snapshot: ", tool.lexically_normal().string(),
                                            " not found (is apicompat fully built or installed?)"));
  }
  return tool.lexically_normal().string();
}

}  // namespace

int RunSnapshot(const Args& args) {
  absl::StatusOr<std::string> tool = SnapshotToolPath();
  if (!tool.ok()) return Fail(tool.status());
  std::vector<char*> argv;
  argv.push_back(tool->data());
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  ::execv(tool->c_str(), argv.data());
  return Fail(absl::StrCat("snapshot: cannot run ", *tool, ": ", std::strerror(errno)));
}

}  // namespace apicompat
