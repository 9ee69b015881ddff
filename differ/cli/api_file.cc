#include "cli/api_file.h"

#include <filesystem>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "git_baseline.h"

namespace apicompat {

namespace fs = std::filesystem;

std::vector<FlagSpec> ApiFileFlagSpecs() {
  return {{"--api-file", "", true}, {"--library", "", true}};
}

std::string ListingPath(const std::string& api_file) {
  absl::string_view stem = api_file;
  absl::ConsumeSuffix(&stem, ".txtpb");
  absl::ConsumeSuffix(&stem, ".apisnap");
  return absl::StrCat(stem, ".api");
}

absl::StatusOr<ApiFile> ReadApiFileFlags(const ParsedArgs& args, const std::string& command) {
  if (args.Has("--api-file") && args.Has("--library")) {
    return absl::InvalidArgumentError(
        absl::StrCat(command, ": give --api-file or --library, not both"));
  }
  if (args.Has("--api-file")) {
    std::string path = args.Get("--api-file");
    if (path.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(command, ": --api-file is empty"));
    }
    return ApiFile{path, absl::StrCat("--api-file ", path), ListingPath(path)};
  }
  std::string library = args.Get("--library");
  if (library.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        command, ": name the API file: --library NAME (for api/NAME.apisnap.txtpb) or "
        "--api-file FILE"));
  }
  if (library.find('/') != std::string::npos) {
    return absl::InvalidArgumentError(absl::StrCat(
        command, ": --library '", library, "' is a name, not a path: use --api-file FILE"));
  }
  absl::StatusOr<GitRepository> repo = GitRepository::Containing(".");
  std::error_code error;
  fs::path root = repo.ok() ? fs::path(repo->root()) : fs::current_path(error);
  fs::path path = root / "api" / absl::StrCat(library, ".apisnap.txtpb");
  fs::path relative = path.lexically_relative(fs::weakly_canonical(fs::current_path(error)));
  std::string shown = relative.empty() ? path.string() : relative.string();
  return ApiFile{shown, absl::StrCat("--library ", library), ListingPath(shown)};
}

}  // namespace apicompat
