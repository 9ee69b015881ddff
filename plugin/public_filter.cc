#include "public_filter.h"

#include <algorithm>

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace apicompat {

PublicFilter::PublicFilter(const clang::SourceManager& sources,
                           const std::vector<std::string>& public_dirs,
                           const std::string& working_dir)
    : sources_(sources), working_dir_(working_dir) {
  for (const std::string& dir : public_dirs) {
    std::string normalized = Normalize(dir, working_dir);
    if (normalized.empty()) continue;
    if (normalized.back() != '/') normalized += '/';
    dirs_.push_back(normalized);
  }
  // Longest first, so a nested public dir wins over its parent.
  std::sort(dirs_.begin(), dirs_.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
}

std::string PublicFilter::Normalize(const std::string& path,
                                    const std::string& working_dir) {
  llvm::SmallString<256> absolute(path);
  if (!llvm::sys::path::is_absolute(absolute)) {
    absolute = working_dir;
    llvm::sys::path::append(absolute, path);
  }
  llvm::sys::path::remove_dots(absolute, /*remove_dot_dot=*/true);
  llvm::SmallString<256> real;
  if (!llvm::sys::fs::real_path(absolute, real)) return std::string(real);
  return std::string(absolute);
}

std::optional<std::string> PublicFilter::RelativeFile(llvm::StringRef filename) {
  if (dirs_.empty() || filename.empty() || filename.front() == '<') {
    return std::nullopt;
  }
  std::string normalized = Normalize(filename.str(), working_dir_);
  for (const std::string& dir : dirs_) {
    if (normalized.size() > dir.size() &&
        normalized.compare(0, dir.size(), dir) == 0) {
      return normalized.substr(dir.size());
    }
  }
  return std::nullopt;
}

std::optional<Location> PublicFilter::Locate(clang::SourceLocation loc) {
  if (loc.isInvalid()) return std::nullopt;
  clang::SourceLocation spelled = sources_.getExpansionLoc(loc);
  clang::PresumedLoc presumed = sources_.getPresumedLoc(spelled);
  if (presumed.isInvalid()) return std::nullopt;
  // Line markers (preprocessed input) can switch files within one FileID,
  // so the cache is keyed by the presumed file's own FileID only when there
  // are none; the presumed filename is then a per-FileID constant.
  clang::FileID file = sources_.getFileID(spelled);
  unsigned key = file.getHashValue();
  std::optional<std::string> relative;
  bool has_line_markers =
      sources_.getFileEntryForID(file) == nullptr ||
      llvm::StringRef(presumed.getFilename()) !=
          sources_.getFilename(spelled);
  if (has_line_markers) {
    relative = RelativeFile(presumed.getFilename());
  } else {
    auto [it, inserted] = by_file_.try_emplace(key);
    if (inserted) it->second = RelativeFile(presumed.getFilename());
    relative = it->second;
  }
  if (!relative) return std::nullopt;
  Location location;
  location.set_file(*relative);
  location.set_line(presumed.getLine());
  return location;
}

}  // namespace apicompat
