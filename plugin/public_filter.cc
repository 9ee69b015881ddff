#include "public_filter.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "clang/Basic/SourceManagerInternals.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace apicompat {
namespace {

// Extensions of what compilers take as translation units (lower case):
// such a file holds the library's implementation even when it sits beside
// the public headers, or is included (unity builds, amalgamations).
constexpr const char* kSourceExtensions[] = {
    ".c",   ".cc",  ".cp",   ".cpp", ".cxx", ".c++", ".m",  ".mm",  ".cu",  ".hip",
    ".i",   ".ii",  ".mi",   ".mii", ".cppm", ".ccm", ".cxxm", ".c++m", ".ixx", ".s",
    ".sx",  ".asm"};

// Extensions a main file has when a header is compiled on its own (header
// mode, `-x c++-header`), lower case.
constexpr const char* kHeaderExtensions[] = {".h",   ".hh",  ".hpp", ".hxx", ".h++", ".inl",
                                             ".inc", ".ipp", ".tcc", ".tpp", ".txx", ".cuh"};

// Asked once per file, of every file a TU includes: no allocation.
bool HasExtensionAmong(llvm::StringRef filename, llvm::ArrayRef<const char*> extensions) {
  llvm::StringRef base = filename.substr(filename.find_last_of('/') + 1);
  size_t dot = base.rfind('.');
  if (dot == llvm::StringRef::npos || dot == 0) return false;
  llvm::StringRef ext = base.substr(dot);
  return llvm::any_of(extensions,
                      [&](const char* candidate) { return ext.equals_insensitive(candidate); });
}

}  // namespace

PublicFilter::PublicFilter(const clang::SourceManager& sources,
                           const std::vector<std::string>& public_dirs,
                           const std::vector<std::string>& excludes,
                           const std::string& working_dir)
    : sources_(sources), working_dir_(working_dir), main_file_(sources.getMainFileID()) {
  for (const std::string& dir : public_dirs) {
    std::string normalized = Normalize(dir, working_dir);
    if (normalized.empty()) continue;
    if (llvm::sys::fs::is_regular_file(normalized)) {
      files_.push_back(normalized);
      continue;
    }
    if (normalized.back() != '/') normalized += '/';
    dirs_.push_back(normalized);
  }
  // Longest first, so a nested public dir wins over its parent.
  std::sort(dirs_.begin(), dirs_.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  excludes_ = CompileExcludes(excludes);
  if (main_file_.isValid()) {
    main_file_is_header_ = HasExtensionAmong(
        sources.getBufferName(sources.getLocForStartOfFile(main_file_)), kHeaderExtensions);
  }
}

std::string PublicFilter::Normalize(const std::string& path, const std::string& working_dir) {
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

bool PublicFilter::IsHeaderName(llvm::StringRef filename) {
  return !HasExtensionAmong(filename, kSourceExtensions);
}

std::optional<std::string> PublicFilter::ExcludeProblem(const std::string& glob) {
  if (glob.empty()) return "an empty --exclude glob matches nothing";
  llvm::Expected<llvm::GlobPattern> pattern = llvm::GlobPattern::create(glob);
  if (pattern) return std::nullopt;
  return absl::StrCat("--exclude '", glob, "' is not a valid glob: ",
                      llvm::toString(pattern.takeError()));
}

std::vector<llvm::GlobPattern> PublicFilter::CompileExcludes(
    const std::vector<std::string>& globs) {
  std::vector<llvm::GlobPattern> patterns;
  for (const std::string& glob : globs) {
    llvm::Expected<llvm::GlobPattern> pattern = llvm::GlobPattern::create(glob);
    if (pattern) {
      patterns.push_back(std::move(*pattern));
    } else {
      llvm::consumeError(pattern.takeError());
    }
  }
  return patterns;
}

bool PublicFilter::Excluded(llvm::StringRef relative,
                            llvm::ArrayRef<llvm::GlobPattern> excludes) {
  if (excludes.empty()) return false;
  for (llvm::StringRef path = relative; !path.empty();
       path = llvm::sys::path::parent_path(path, llvm::sys::path::Style::posix)) {
    for (const llvm::GlobPattern& pattern : excludes) {
      if (pattern.match(path)) return true;
    }
  }
  return false;
}

std::optional<std::string> PublicFilter::PublicName(llvm::StringRef filename,
                                                    llvm::StringRef real_path) const {
  if ((dirs_.empty() && files_.empty()) || filename.empty() || filename.front() == '<' ||
      !IsHeaderName(filename)) {
    return std::nullopt;
  }
  std::string normalized =
      real_path.empty() ? Normalize(filename.str(), working_dir_) : real_path.str();
  for (const std::string& file : files_) {
    if (normalized == file) return llvm::sys::path::filename(file).str();
  }
  for (const std::string& dir : dirs_) {
    if (normalized.size() > dir.size() && normalized.compare(0, dir.size(), dir) == 0) {
      std::string relative = normalized.substr(dir.size());
      if (Excluded(relative, excludes_)) return std::nullopt;
      return relative;
    }
  }
  return std::nullopt;
}

const std::optional<std::string>& PublicFilter::NameOfFile(llvm::StringRef filename,
                                                          llvm::StringRef real_path) {
  auto [it, inserted] = by_name_.try_emplace(filename);
  if (inserted) it->second = PublicName(filename, real_path);
  return it->second;
}

llvm::StringRef PublicFilter::RealPath(clang::FileID file) const {
  // Clang read the symlink-free path of the files it opened from /proc:
  // no realpath() per header.
  const clang::FileEntry* opened = sources_.getFileEntryForID(file);
  return opened != nullptr ? opened->tryGetRealPathName() : "";
}

bool PublicFilter::Locate(clang::SourceLocation loc, Location* out) {
  if (loc.isInvalid()) return false;
  clang::SourceLocation spelled = sources_.getExpansionLoc(loc);
  auto [file, offset] = sources_.getDecomposedLoc(spelled);
  bool invalid = false;
  const clang::SrcMgr::SLocEntry& entry = sources_.getSLocEntry(file, &invalid);
  if (invalid || !entry.isFile()) return false;
  // The translation unit's own file holds its implementation, whatever its
  // name, unless it is a header compiled on its own.
  bool own_file = file == main_file_ && !main_file_is_header_;
  // Line markers (preprocessed input) can switch files within one FileID:
  // such a file is named location by location. Any other file has one
  // name, decided once (most declarations are not public: this is the
  // collector's most frequent question).
  if (entry.getFile().hasLineDirectives() || sources_.getFileEntryForID(file) == nullptr) {
    // The name in effect at `offset`, from the line table: a presumed
    // location would also count lines (a scan of the whole file), and most
    // such files are system headers, `#pragma GCC system_header` being a
    // line directive. The table exists once a file has line directives.
    const clang::LineEntry* line = nullptr;
    clang::LineTableInfo* lines = nullptr;
    if (entry.getFile().hasLineDirectives()) {
      lines = &const_cast<clang::SourceManager&>(sources_).getLineTable();
      line = lines->FindNearestLineEntry(file, offset);
    }
    // Outside any `# N "header" 1` marker of the main file: the original
    // source that was preprocessed (or a `#line` in it).
    if (own_file && (line == nullptr || line->IncludeOffset == 0)) return false;
    bool renamed = line != nullptr && line->FilenameID != -1;
    llvm::StringRef filename =
        renamed ? lines->getFilename(line->FilenameID) : entry.getFile().getName();
    clang::PresumedLoc presumed;
    if (filename.empty()) {
      presumed = sources_.getPresumedLoc(spelled);
      if (presumed.isInvalid()) return false;
      filename = presumed.getFilename();
    }
    const std::optional<std::string>& name =
        NameOfFile(filename, renamed ? "" : RealPath(file));
    if (!name) return false;
    if (out != nullptr) {
      if (presumed.isInvalid()) presumed = sources_.getPresumedLoc(spelled);
      out->set_file(*name);
      out->set_line(presumed.getLine());
    }
    return true;
  }
  auto [it, inserted] = by_file_.try_emplace(file.getHashValue());
  if (inserted && !own_file) {
    // The name the file was opened by, not getPresumedLoc's, which would
    // compute line numbers: a scan of the whole file, for every system
    // header IsForeignSystemCode asks about.
    llvm::StringRef name = entry.getFile().getName();
    if (name.empty()) name = sources_.getPresumedLoc(spelled).getFilename();
    it->second = PublicName(name, RealPath(file));
  }
  if (!it->second) return false;
  if (out != nullptr) {
    out->set_file(*it->second);
    out->set_line(sources_.getLineNumber(file, offset));
  }
  return true;
}

bool PublicFilter::IsForeignSystemCode(clang::SourceLocation loc) {
  if (loc.isInvalid()) return false;
  return sources_.isInSystemHeader(sources_.getExpansionLoc(loc)) && !Locate(loc);
}

}  // namespace apicompat
