// apicompat flags: the compiler flags that add the plugin to a build.
#include <filesystem>
#include <iostream>
#include <system_error>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "cli/args.h"
#include "cli/commands.h"

namespace apicompat {
namespace {

namespace fs = std::filesystem;

// The plugin of this build or installation: both lay out bin/apicompat and
// lib/apicompat/<plugin>.so side by side.
absl::StatusOr<std::string> PluginPath() {
  std::error_code error;
  fs::path self = fs::read_symlink("/proc/self/exe", error);
  if (error) return absl::InternalError("cannot locate the apicompat executable");
  fs::path plugin = self.parent_path().parent_path() / APICOMPAT_PLUGIN_RELPATH;
  if (!fs::exists(plugin, error)) {
    return absl::NotFoundError(absl::StrCat("plugin not found at ", plugin.string(),
                                            " (is apicompat fully built or installed?)"));
  }
  return plugin.lexically_normal().string();
}

std::string Absolute(const std::string& path) {
  return fs::absolute(path).lexically_normal().string();
}

}  // namespace

std::vector<FlagSpec> FlagsFlagSpecs() {
  return {{"--public-dir", "", true, true},
          {"--exclude", "", true, true},
          {"--uses-of", "", true, true},
          {"--project-root", "", true},
          {"--out", "", true},
          {"--embed", "", false}};
}

int RunFlags(const Args& raw) {
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, FlagsFlagSpecs());
  if (!args.ok()) return Fail(args.status());
  if (!args->positional().empty()) {
    return Fail(absl::StrCat("flags: unexpected argument '", args->positional().front(), "'"));
  }
  std::vector<std::string> dirs = args->GetAll("--public-dir");
  std::vector<std::string> uses_of = args->GetAll("--uses-of");
  if (dirs.empty() && uses_of.empty()) {
    return Fail("flags: at least one --public-dir DIR (or, for a consumer, --uses-of DIR) is "
                "required");
  }
  absl::StatusOr<std::string> plugin = PluginPath();
  if (!plugin.ok()) return Fail(plugin.status());
  std::vector<std::string> flags = {absl::StrCat("-fplugin=", *plugin)};
  for (const auto& [flag, arg, given] : {std::make_tuple("public dir", "public-dir", &dirs),
                                         std::make_tuple("uses-of dir", "uses-of", &uses_of)}) {
    for (const std::string& dir : *given) {
      std::error_code error;
      if (!fs::is_directory(dir, error) && !fs::is_regular_file(dir, error)) {
        return Fail(absl::StrCat("flags: ", flag, " '", dir,
                                 "' is neither a directory nor a header file"));
      }
      flags.push_back(absl::StrCat("-fplugin-arg-apicompat-", arg, "=", Absolute(dir)));
    }
  }
  // A consumer's use sites are named relative to its project: without a
  // public dir to tell where that is, the directory `flags` runs in.
  if (args->Has("--project-root") || (dirs.empty() && !uses_of.empty())) {
    std::error_code error;
    std::string root = args->Has("--project-root") ? Absolute(args->Get("--project-root"))
                                                   : fs::current_path(error).string();
    if (!fs::is_directory(root, error)) {
      return Fail(absl::StrCat("flags: project root '", args->Get("--project-root"),
                               "' is not a directory"));
    }
    flags.push_back(absl::StrCat("-fplugin-arg-apicompat-project-root=", root));
  }
  for (const std::string& glob : args->GetAll("--exclude")) {
    if (glob.empty()) return Fail("flags: --exclude needs a glob");
    flags.push_back(absl::StrCat("-fplugin-arg-apicompat-exclude=", glob));
  }
  if (args->Has("--out")) {
    flags.push_back(absl::StrCat("-fplugin-arg-apicompat-out=", Absolute(args->Get("--out"))));
  }
  if (args->Has("--embed")) flags.push_back("-fplugin-arg-apicompat-embed");
  std::cout << absl::StrJoin(flags, " ") << "\n";
  return kExitOk;
}

}  // namespace apicompat
