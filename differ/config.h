// The configuration file (proto/apicompat/config.proto, text format):
// loading and validating it, and finding it when no --config names it.
#ifndef APICOMPAT_DIFFER_CONFIG_H_
#define APICOMPAT_DIFFER_CONFIG_H_

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "apicompat/config.pb.h"

namespace apicompat {

inline constexpr char kConfigFileName[] = "apicompat.config.txtpb";

// Parses and validates `path`; errors name the file and fit on one line.
absl::StatusOr<Config> LoadConfig(const std::string& path);
// The same for the text of a configuration from elsewhere (a release tag),
// called `name` in errors.
absl::StatusOr<Config> ParseConfig(absl::string_view text, const std::string& name);

// `apicompat.config.txtpb` next to the baseline snapshot, else at the root
// of the git repository holding the current directory; nullopt if neither
// exists.
std::optional<std::string> FindDefaultConfig(const std::string& baseline_path);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CONFIG_H_
