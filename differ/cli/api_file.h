// The library's API file, the snapshot committed with it (default
// api/<library>.apisnap.txtpb), and its listing beside it (api/<library>.api,
// listing/api_listing.h): named by `check` and `update` alike.
#ifndef APICOMPAT_DIFFER_CLI_API_FILE_H_
#define APICOMPAT_DIFFER_CLI_API_FILE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "cli/args.h"

namespace apicompat {

struct ApiFile {
  std::string path;  // relative to the working directory, or absolute
  std::string flag;  // how it was named, for messages: "--library geo"
  std::string listing;  // the API listing: ListingPath(path)
};

// The listing beside a snapshot file: its name without `.txtpb` and
// `.apisnap`, plus `.api` (api/geo.apisnap.txtpb -> api/geo.api).
std::string ListingPath(const std::string& api_file);

// --api-file FILE and --library NAME.
std::vector<FlagSpec> ApiFileFlagSpecs();

// --api-file FILE as given; --library NAME is api/NAME.apisnap.txtpb at the
// root of the git repository holding the working directory (outside git,
// in the working directory). Errors start with `command`.
absl::StatusOr<ApiFile> ReadApiFileFlags(const ParsedArgs& args, const std::string& command);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CLI_API_FILE_H_
