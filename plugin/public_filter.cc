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

bool PublicFilter::Locate(clang::SourceLocation loc, Location* out) {
  if (loc.isInvalid()) return false;
  clang::SourceLocation spelled = sources_.getExpansionLoc(loc);
  auto [file, offset] = sources_.getDecomposedLoc(spelled);
  bool invalid = false;
  const clang::SrcMgr::SLocEntry& entry = sources_.getSLocEntry(file, &invalid);
  if (invalid || !entry.isFile()) return false;
  // Line markers (preprocessed input) can switch files within one FileID:
  // such a file is named location by location. Any other file has one
  // name, decided once (most declarations are not public: this is the
  // collector's most frequent question).
  if (entry.getFile().hasLineDirectives() || sources_.getFileEntryForID(file) == nullptr) {
    clang::PresumedLoc presumed = sources_.getPresumedLoc(spelled);
    if (presumed.isInvalid()) return false;
    std::optional<std::string> relative = RelativeFile(presumed.getFilename());
    if (!relative) return false;
    if (out != nullptr) {
      out->set_file(*relative);
      out->set_line(presumed.getLine());
    }
    return true;
  }
  auto [it, inserted] = by_file_.try_emplace(file.getHashValue());
  if (inserted) {
    clang::PresumedLoc presumed = sources_.getPresumedLoc(spelled);
    if (presumed.isValid()) it->second = RelativeFile(presumed.getFilename());
  }
  if (!it->second) return false;
  if (out != nullptr) {
    out->set_file(*it->second);
    out->set_line(sources_.getLineNumber(file, offset));
  }
  return true;
}

}  // namespace apicompat
