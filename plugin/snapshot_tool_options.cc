#include "snapshot_tool_options.h"

#include <map>
#include <optional>
#include <set>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "did_you_mean.h"
#include "public_filter.h"

namespace apicompat {

const char kSnapshotToolUsage[] =
    "usage: apicompat snapshot -o OUT --public-dir DIR [--public-dir DIR ...]\n"
    "           [--exclude GLOB ...] [--uses-of DIR ...] [--project-root DIR]\n"
    "           [--keep-first] [--allow-empty]\n"
    "           [--progress|--no-progress] -p BUILD_DIR [SOURCE...] [-- FLAG...]\n"
    "       apicompat snapshot -o OUT --uses-of DIR [--uses-of DIR ...]\n"
    "           [--project-root DIR] [--keep-first] [--progress|--no-progress]\n"
    "           -p BUILD_DIR [SOURCE...] [-- FLAG...]\n"
    "       apicompat snapshot -o OUT --public-dir DIR [--public-dir DIR ...]\n"
    "           [--exclude GLOB ...] [--keep-first] [--allow-empty]\n"
    "           [--progress|--no-progress]\n"
    "           [-I DIR] [-isystem DIR] [-D NAME[=VALUE]] [-U NAME] [--std STD] [-x c|c++]\n"
    "           [-- FLAG...]\n"
    "\n"
    "Writes the snapshot the plugin would write, without building: the same\n"
    "collector runs inside Clang's front end, for projects not built with Clang.\n"
    "\n"
    "  --public-dir DIR  a directory of public headers, or one public header;\n"
    "                only headers are public, never sources (.c .cc .cpp ...)\n"
    "                beside them nor the translation unit's own file.\n"
    "  --exclude GLOB  internal headers inside a public dir: GLOB is matched\n"
    "                against the path relative to the public dir and each\n"
    "                directory in it ('*' also matches '/'), e.g. 'detail' or\n"
    "                '*_internal.h'. Repeatable.\n"
    "  --uses-of DIR  a dependency's header dir (or header): record every use the\n"
    "                code outside it (and outside system headers) makes of its\n"
    "                declarations, for `apicompat impact`. Repeatable; with\n"
    "                --public-dir the snapshot has both, otherwise only uses.\n"
    "  --project-root DIR  use sites and translation units are named relative to\n"
    "                DIR; default: the parent of the first public dir, else the\n"
    "                current directory.\n"
    "  --allow-empty  write a snapshot without declarations; otherwise that is\n"
    "                an error naming the public dirs (a misspelled path, or a\n"
    "                dir holding no header, would check nothing).\n"
    "  -p BUILD_DIR  every translation unit of BUILD_DIR/compile_commands.json (or\n"
    "                only the SOURCEs given), compiled as recorded there; their\n"
    "                snapshots are merged as `apicompat merge` does (a declaration\n"
    "                that differs between them is an error naming both, or\n"
    "                --keep-first). Commands for GCC work: flags Clang does not\n"
    "                know are dropped with a warning, and compiler plugins are not\n"
    "                loaded.\n"
    "  otherwise     header mode: every header (.h .hh .hpp .hxx .h++) under the\n"
    "                public dirs, excluded ones aside, is compiled on its own, as\n"
    "                C++ (-x c: as C) with --std (default c++17, for C c11), the\n"
    "                -I/-isystem/-D/-U given and the public dirs as include dirs.\n"
    "  -- FLAG...    added to every compile command.\n"
    "  --progress    show [N/TOTAL] FILE on stderr, one line per translation unit\n"
    "                or header; on a terminal it is shown (overwritten in place)\n"
    "                without asking. --no-progress: never.\n"
    "\n"
    "Warnings are not shown. Exit 0 written, 2 usage error, unreadable\n"
    "compile_commands.json, a translation unit or header that does not compile,\n"
    "conflicting declarations, or no declaration at all (without --allow-empty).\n";

namespace {

// `-Ivalue`, `-I value`, `--name=value`, `--name value`: the value of `arg`
// (at args[i]) for `flag`, advancing i past a separate value; nullopt when
// `arg` is not `flag`.
absl::StatusOr<std::optional<std::string>> FlagValue(const std::vector<std::string>& args,
                                                     size_t& i, const std::string& flag,
                                                     bool joined) {
  const std::string& arg = args[i];
  if (arg == flag) {
    if (i + 1 >= args.size()) {
      return absl::InvalidArgumentError(absl::StrCat("snapshot: flag '", flag, "' needs a value"));
    }
    return std::optional<std::string>(args[++i]);
  }
  if (absl::StartsWith(arg, flag + "=")) return std::optional<std::string>(arg.substr(flag.size() + 1));
  if (joined && arg.size() > flag.size() && absl::StartsWith(arg, flag)) {
    return std::optional<std::string>(arg.substr(flag.size()));
  }
  return std::optional<std::string>();
}

template <typename ValueFlags>
absl::Status UnknownFlag(const std::string& arg, const ValueFlags& flags) {
  std::vector<std::string> known = {"--help", "--keep-first", "--allow-empty", "--progress",
                                    "--no-progress"};
  for (const auto& flag : flags) known.push_back(flag.name);
  std::string name = arg.substr(0, arg.find('='));
  return absl::InvalidArgumentError(
      absl::StrCat("snapshot: unknown flag '", arg, "'", DidYouMean(name, known)));
}

// A flag with one value given twice is an error, not "the last wins".
absl::Status GivenOnce(const std::string& name, std::set<std::string>& seen) {
  static const std::map<std::string, std::string> kSingle = {
      {"-o", "-o"}, {"--output", "-o"}, {"-p", "-p"}, {"--std", "--std"}, {"-std", "--std"},
      {"--project-root", "--project-root"},
      {"-x", "-x"}};
  auto it = kSingle.find(name);
  if (it == kSingle.end() || seen.insert(it->second).second) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat("snapshot: flag '", it->second, "' given twice: it takes one value"));
}

}  // namespace

absl::StatusOr<SnapshotToolOptions> ParseSnapshotToolArgs(const std::vector<std::string>& args) {
  SnapshotToolOptions options;
  bool header_mode_flag = false;
  std::set<std::string> seen_once;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") {
      options.extra_flags.assign(args.begin() + i + 1, args.end());
      break;
    }
    if (arg == "-h" || arg == "--help") {
      options.help = true;
      return options;
    }
    if (arg == "--keep-first") {
      options.keep_first = true;
      continue;
    }
    if (arg == "--allow-empty") {
      options.allow_empty = true;
      continue;
    }
    if (arg == "--progress" || arg == "--no-progress") {
      (arg == "--progress" ? options.progress : options.no_progress) = true;
      continue;
    }
    if (arg.size() < 2 || arg[0] != '-') {
      options.sources.push_back(arg);
      continue;
    }
    // Long flags first: "-isystem" must not be read as "-i" joined.
    struct ValueFlag {
      const char* name;
      bool joined;  // also accepts the value glued on, like the compiler
    };
    static const ValueFlag kFlags[] = {
        {"--output", false}, {"--public-dir", false}, {"--exclude", false},
        {"--uses-of", false}, {"--project-root", false},
        {"--std", false},    {"-std", false},
        {"-isystem", true},  {"-o", true},            {"-p", true},     {"-I", true},
        {"-D", true},        {"-U", true},            {"-x", true}};
    std::optional<std::string> value;
    std::string name;
    for (const ValueFlag& flag : kFlags) {
      absl::StatusOr<std::optional<std::string>> found = FlagValue(args, i, flag.name, flag.joined);
      if (!found.ok()) return found.status();
      if (*found) {
        value = **found;
        name = flag.name;
        break;
      }
    }
    if (!value) return UnknownFlag(arg, kFlags);
    if (value->empty()) {
      return absl::InvalidArgumentError(absl::StrCat("snapshot: flag '", name, "' needs a value"));
    }
    if (absl::Status once = GivenOnce(name, seen_once); !once.ok()) return once;
    if (name == "-o" || name == "--output") {
      options.output = *value;
    } else if (name == "--public-dir") {
      options.public_dirs.push_back(*value);
    } else if (name == "--uses-of") {
      options.uses_of.push_back(*value);
    } else if (name == "--project-root") {
      options.project_root = *value;
    } else if (name == "--exclude") {
      options.excludes.push_back(*value);
    } else if (name == "-p") {
      options.compile_commands = *value;
    } else if (name == "--std" || name == "-std") {
      options.std = *value;
      header_mode_flag = true;
    } else if (name == "-x") {
      if (*value != "c" && *value != "c++") {
        return absl::InvalidArgumentError(
            absl::StrCat("snapshot: -x takes c or c++, not '", *value, "'"));
      }
      options.language = *value;
      header_mode_flag = true;
    } else {
      options.header_flags.push_back(name == "-isystem" ? name : name + *value);
      if (name == "-isystem") options.header_flags.push_back(*value);
      header_mode_flag = true;
    }
  }
  if (options.help) return options;
  if (options.output.empty()) return absl::InvalidArgumentError("snapshot: -o OUT is required");
  if (options.public_dirs.empty() && options.uses_of.empty()) {
    return absl::InvalidArgumentError(
        "snapshot: at least one --public-dir DIR (or, for a consumer's uses, --uses-of DIR) is "
        "required");
  }
  if (options.public_dirs.empty() && !options.build_mode()) {
    return absl::InvalidArgumentError(
        "snapshot: --uses-of without --public-dir needs -p BUILD_DIR (header mode compiles the "
        "public headers)");
  }
  for (const std::string& glob : options.excludes) {
    if (std::optional<std::string> problem = PublicFilter::ExcludeProblem(glob)) {
      return absl::InvalidArgumentError(absl::StrCat("snapshot: ", *problem));
    }
  }
  if (options.build_mode() && header_mode_flag) {
    return absl::InvalidArgumentError(
        "snapshot: -I, -isystem, -D, -U, --std and -x are for header mode; with -p the "
        "compile commands have the flags (add more after --)");
  }
  if (!options.build_mode() && !options.sources.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "snapshot: unexpected argument '", options.sources.front(),
        "' (sources are for -p BUILD_DIR; header mode compiles the public headers)"));
  }
  if (options.std.empty()) options.std = options.language == "c" ? "c11" : "c++17";
  return options;
}

}  // namespace apicompat
