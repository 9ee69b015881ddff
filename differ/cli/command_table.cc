#include "cli/command_table.h"

#include <cstdio>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "cli/compare.h"
#include "cli/suggest.h"

namespace apicompat {
namespace {

std::vector<FlagSpec> NoFlags() { return {}; }

constexpr char kFlagsUsage[] =
    "usage: apicompat flags --public-dir DIR|HEADER [--public-dir ...] [--exclude GLOB ...]\n"
    "                       [--uses-of DIR ...] [--project-root DIR]\n"
    "                       [--out FILE|DIR/] [--embed]\n"
    "       apicompat flags --uses-of DIR|HEADER [--uses-of ...] [--project-root DIR]\n"
    "                       [--out FILE|DIR/] [--embed]\n"
    "\n"
    "Prints the compiler flags that load the plugin into a Clang build. Only\n"
    "headers under the public dirs are recorded (never sources beside them).\n"
    "A consumer of a library gives --uses-of instead (or as well): its snapshots\n"
    "record every use its code makes of that library's declarations, for\n"
    "`apicompat impact` (docs/consumers.md).\n"
    "\n"
    "  --public-dir DIR|HEADER  a public header directory, or one public header;\n"
    "                           repeatable\n"
    "  --exclude GLOB           leave out headers matching GLOB, against the path\n"
    "                           relative to the public dir or a directory in it\n"
    "                           ('detail', '*_internal.h'); repeatable\n"
    "  --uses-of DIR|HEADER     a dependency's header directory (or header):\n"
    "                           record the uses the code outside it and outside\n"
    "                           system headers makes of its declarations (calls,\n"
    "                           types, members, enumerators, macros, ...), each\n"
    "                           with its file and line; repeatable\n"
    "  --project-root DIR       what file names in snapshots are relative to;\n"
    "                           default: the parent of the first public dir, or\n"
    "                           with --uses-of only, the current directory\n"
    "  --out FILE|DIR/          where snapshots go: by default each object gets\n"
    "                           <object>.apisnap; FILE: that one file; DIR/ (an\n"
    "                           existing directory or ending in /):\n"
    "                           DIR/<source path>.apisnap per source (the path\n"
    "                           relative to the project root, the parent of the\n"
    "                           first public dir)\n"
    "  --embed                  put each snapshot into its object file instead\n"
    "                           (ELF section .apicompat, kept by ccache, archives\n"
    "                           and linkers; docs/build.md)\n";

constexpr char kMergeUsage[] =
    "usage: apicompat merge -o OUT [--keep-first] [--allow-empty] [--progress|--no-progress]\n"
    "                       INPUT...\n"
    "\n"
    "Merges per-TU snapshots into one library snapshot.\n"
    "\n"
    "  INPUT              a snapshot file; an object file, .a archive or linked\n"
    "                     ELF binary carrying embedded snapshots; or a directory\n"
    "                     searched for *.apisnap and *.o\n"
    "  -o, --output OUT   the merged snapshot (OUT ending in .txtpb: text)\n"
    "  --keep-first       on conflicting declarations keep the first, with a\n"
    "                     warning, instead of failing\n"
    "  --allow-empty      accept a snapshot holding no declaration (else an error:\n"
    "                     it would check nothing)\n"
    "  --progress         show [N/TOTAL] FILE on stderr (default: only on a terminal)\n"
    "  --no-progress      never show it\n";

constexpr char kSnapshotUsage[] =
    "usage: apicompat snapshot -o OUT --public-dir DIR... [--exclude GLOB...]\n"
    "         (-p BUILD_DIR [SOURCE...] | [-I DIR] [-D X] [--std STD] [-x c|c++])\n"
    "         [--keep-first] [--allow-empty] [--progress|--no-progress] [-j N]\n"
    "         [-- FLAG...]\n"
    "\n"
    "The plugin's snapshot without building with Clang: the translation units of\n"
    "BUILD_DIR/compile_commands.json (GCC builds too), or each public header on\n"
    "its own. `apicompat snapshot --help` prints the details.\n";

constexpr char kDumpUsage[] =
    "usage: apicompat dump FILE\n"
    "\n"
    "Prints a snapshot as text.\n";

constexpr char kListingUsage[] =
    "usage: apicompat listing SNAPSHOT [-o FILE]\n"
    "\n"
    "Prints a snapshot as the API listing `update` writes beside the API file\n"
    "(api/NAME.api): one declaration per line in C++-like syntax, with its\n"
    "stability mark and the ABI facts (record size and alignment, field offsets,\n"
    "vtable order, enumerator and constant values, macro replacements), sorted,\n"
    "without locations or compiler versions.\n"
    "\n"
    "  SNAPSHOT           a snapshot file, or a built library carrying embedded\n"
    "                     snapshots\n"
    "  -o, --output FILE  write the listing to FILE (default: standard output)\n";

// diff's and check's report flags (cli/compare.cc).
#define APICOMPAT_COMPARE_FLAGS_HELP                                                   \
  "  --format FORMAT    text (default), json, sarif (code scanning), github\n"         \
  "                     (workflow annotations), markdown (job summary), junit\n"      \
  "                     or html (one page: declarations side by side, filters)\n"    \
  "  -o, --output FILE  write FORMAT to FILE (- is stdout); stdout then gets text;\n"  \
  "                     an output naming an input is refused, a symlinked one is\n"   \
  "                     written through\n"                                            \
  "  -v, --verbose      also report changes to exempt declarations\n"                  \
  "  --config FILE      the configuration (acknowledgements, severity overrides);\n"   \
  "                     default: apicompat.config.txtpb next to the baseline or at\n"  \
  "                     the repository root\n"                                         \
  "  --baseline-version X.Y.Z, --current-version X.Y.Z\n"                              \
  "                     judge the version bump (semantic versioning)\n"               \
  "  --fail-on error|warning\n"                                                        \
  "                     the lowest severity that fails (default error)\n"              \
  "  --write-acknowledgements FILE\n"                                                  \
  "                     write a configuration acknowledging the failing findings\n"  \
  "  --baseline-config FILE\n"                                                         \
  "                     the configuration in force at the baseline, to report what\n" \
  "                     the current one loosens (check reads it from the baseline's\n"\
  "                     commit)\n"                                                 \
  "  --witnesses        compile, for each error, user code that shows it (a\n"        \
  "                     witness) against both versions: proven, refuted (then\n"     \
  "                     info) or unproven (docs/witnesses.md)\n"                      \
  "  --baseline-include DIR, --current-include DIR\n"                                 \
  "                     each version's include roots (repeatable; check: read\n"     \
  "                     from the baseline commit and the working tree)\n"            \
  "  --witness-flags \"FLAGS\"\n"                                                     \
  "                     added to every witness compile (-D, -isystem, ...)\n"        \
  "  --witness-cache DIR\n"                                                           \
  "                     where results are cached by content (default\n"              \
  "                     $XDG_CACHE_HOME/apicompat/witness)\n"                        \
  "  -j, --jobs N       parallel witness compiles (default: one per core)\n"

constexpr char kDiffUsage[] =
    "usage: apicompat diff BASELINE CURRENT [--format FORMAT] [--output FILE] [-v]\n"
    "                      [--config FILE] [--baseline-version X.Y.Z]\n"
    "                      [--current-version X.Y.Z] [--fail-on error|warning]\n"
    "                      [--write-acknowledgements FILE] [--baseline-config FILE]\n"
    "                      [--witnesses --baseline-include DIR... --current-include DIR...\n"
    "                       [--witness-flags \"FLAGS\"] [--witness-cache DIR] [-j N]]\n"
    "\n"
    "Reports the incompatible changes from BASELINE to CURRENT: snapshots (ending\n"
    "in .txtpb: text, anything else binary), or built libraries carrying\n"
    "embedded snapshots (built with the plugin's embed option). Exit status:\n"
    "0 compatible, 1 breaking, 2 error.\n"
    "\n" APICOMPAT_COMPARE_FLAGS_HELP;

constexpr char kImpactUsage[] =
    "usage: apicompat impact --uses [NAME=]USES... DEP_OLD DEP_NEW\n"
    "       apicompat impact --uses [NAME=]USES... [--minimum DEP_MIN] [--maximum DEP_NEXT]\n"
    "                        [--minimum-version V] [--maximum-version V] [--current DEP]\n"
    "         [--format FORMAT] [--output FILE] [--fail-on error|warning]\n"
    "\n"
    "What a dependency's change means for the projects using it. USES is a\n"
    "consumer's merged snapshot, its build given the plugin flags that record\n"
    "its uses of the dependency's headers (`apicompat flags` prints them);\n"
    "DEP_* are the dependency's snapshots.\n"
    "With DEP_OLD DEP_NEW: the findings of `diff DEP_OLD DEP_NEW` that reach\n"
    "the consumer's uses (directly, or through a type it uses), each with its\n"
    "use sites; the others are counted in one line. With --minimum/--maximum:\n"
    "each use of a declaration that version lacks or declares differently\n"
    "(rules used-missing-in-minimum, used-incompatible-in-minimum and the\n"
    "maximum counterparts). Exit status: 0 not affected, 1 affected by an\n"
    "error (--fail-on), 2 error. docs/consumers.md says more.\n"
    "\n"
    "  --uses [NAME=]USES  a consumer's uses; repeatable: then each use names\n"
    "                      its project (NAME, else the file name without\n"
    "                      .apisnap, .txtpb and .uses)\n"
    "  --minimum DEP_MIN   the oldest version of the dependency supported\n"
    "  --maximum DEP_NEXT  the newest version it must also build against\n"
    "  --minimum-version V, --maximum-version V\n"
    "                      how the reports name them (default: the version in\n"
    "                      the file name, e.g. 2.8 of lib-2.8.apisnap)\n"
    "  --current DEP       the version the consumer is built against: then a\n"
    "                      return type (variable type, typedef target) that\n"
    "                      differs in DEP_MIN or DEP_NEXT is incompatible too\n"
    "  --format FORMAT     text (default), json, sarif, github, markdown, junit or\n"
    "                      html\n"
    "  -o, --output FILE   write FORMAT to FILE; stdout then gets text\n"
    "  --fail-on error|warning\n"
    "                      the lowest severity that fails (default error)\n";

constexpr char kCheckUsage[] =
    "usage: apicompat check (--library NAME | --api-file FILE) [--baseline auto|TAG|FILE]\n"
    "                       [--tag-pattern GLOB] [--public-dir DIR ...]\n"
    "                       [--require-updated-api-file] [--keep-first] [--allow-empty]\n"
    "                       [--rebuild-baseline [--rebuild-arg ARG ...]]\n"
    "                       [--progress|--no-progress] [diff's options]\n"
    "                       SNAPSHOT_OR_BUILD_DIR...\n"
    "\n"
    "The CI gate: compares the current build's snapshots with the API file of the\n"
    "last release tag (highest semantic version matching --tag-pattern, read from\n"
    "git, never from the working tree; no tag yet: the default branch's).\n"
    "Exit status: 0 compatible, 1 breaking or API file outdated, 2 error.\n"
    "\n"
    "  --library NAME     the API file is api/NAME.apisnap.txtpb at the repository root\n"
    "  --api-file FILE    the API file\n"
    "  --baseline auto|TAG|FILE\n"
    "                     auto (default): the last release tag; TAG: that tag's API\n"
    "                     file; FILE: a snapshot file\n"
    "  --tag-pattern GLOB the release tags (default v*)\n"
    "  --public-dir DIR   name headers in the report relative to the repository;\n"
    "                     repeatable\n"
    "  --require-updated-api-file\n"
    "                     also fail when the committed API file is not the current API,\n"
    "                     or its listing (api/NAME.api) not the listing of it\n"
    "  --rebuild-baseline instead of the API file stored at the baseline's commit,\n"
    "                     snapshot that commit's headers (the --public-dir dirs, in\n"
    "                     a temporary git worktree) with this apicompat's header\n"
    "                     mode: for a baseline an older collector wrote (check says\n"
    "                     when; docs/format.md)\n"
    "  --rebuild-arg ARG  an argument for `apicompat snapshot` when rebuilding\n"
    "                     (-Iinclude, -DX, the standard; paths relative to the\n"
    "                     repository root); repeatable\n"
    "  --keep-first, --allow-empty, --progress, --no-progress: as for merge\n"
    "\n" APICOMPAT_COMPARE_FLAGS_HELP;

constexpr char kUpdateUsage[] =
    "usage: apicompat update (--library NAME | --api-file FILE) [--keep-first]\n"
    "                        [--allow-empty] [--progress|--no-progress]\n"
    "                        SNAPSHOT_OR_BUILD_DIR...\n"
    "\n"
    "Writes the API file from the current build's snapshots, and beside it the\n"
    "API listing (the file's name without .apisnap.txtpb, plus .api; see\n"
    "`apicompat listing`): review both and commit them.\n"
    "\n"
    "  --library NAME     the API file is api/NAME.apisnap.txtpb at the repository\n"
    "                     root, its listing api/NAME.api\n"
    "  --api-file FILE    the API file\n"
    "  --keep-first, --allow-empty, --progress, --no-progress: as for merge\n";

constexpr char kHistoryUsage[] =
    "usage: apicompat history (--library NAME | --api-file FILE) [--tag-pattern GLOB]\n"
    "                         [--pre-releases] [--since TAG] [--format html|json|markdown]\n"
    "                         [-o FILE]\n"
    "\n"
    "The library's API across its releases: the API file at every release tag\n"
    "(read from git, in semantic version order), each release compared with the\n"
    "one before it as check would have (the configuration committed with it).\n"
    "Shows the declarations and breaking changes per release, flags releases\n"
    "whose version bump is too low for their changes (a patch release with a\n"
    "break), and lists each release's findings. Tags without the API file are\n"
    "skipped. docs/history.md says more.\n"
    "\n"
    "  --library NAME     the API file is api/NAME.apisnap.txtpb at the repository root\n"
    "  --api-file FILE    the API file\n"
    "  --tag-pattern GLOB the release tags (default v*)\n"
    "  --pre-releases     also the pre-release tags (v2.0.0-rc1)\n"
    "  --since TAG        only the releases after TAG (release notes)\n"
    "  --format FORMAT    html (default: one self-contained page with a timeline),\n"
    "                     json (releases[]) or markdown (release notes)\n"
    "  -o, --output FILE  write to FILE instead of stdout\n";

constexpr char kRulesUsage[] =
    "usage: apicompat rules\n"
    "\n"
    "Lists the rules: id, category, default severity, required bump, summary.\n";

constexpr char kExplainUsage[] =
    "usage: apicompat explain RULE-ID\n"
    "\n"
    "Prints a rule's documentation: what breaks, an example, how to fix it.\n";

constexpr char kVersionUsage[] =
    "usage: apicompat version   (or apicompat --version)\n"
    "\n"
    "Prints apicompat's version and the Clang major its plugin is built for.\n";

int RunHelp(const Args& args);

constexpr char kHelpUsage[] =
    "usage: apicompat help [COMMAND]   (or apicompat [COMMAND] --help)\n"
    "\n"
    "Prints the commands, or a command's usage.\n";

const Command kCommands[] = {
    {"flags", "the compiler flags that load the plugin into a Clang build", kFlagsUsage,
     FlagsFlagSpecs, RunFlags},
    {"merge", "merge per-TU snapshots into the library's snapshot", kMergeUsage,
     MergeFlagSpecs, RunMerge},
    {"snapshot", "take a snapshot with Clang, without the library's own build", kSnapshotUsage,
     nullptr, RunSnapshot},
    {"dump", "print a snapshot as text", kDumpUsage, NoFlags, RunDump},
    {"listing", "print a snapshot as the API listing people review", kListingUsage,
     ListingFlagSpecs, RunListing},
    {"diff", "report the incompatible changes between two snapshots", kDiffUsage,
     CompareFlagSpecs, RunDiff},
    {"impact", "what a dependency's change means for the code using it", kImpactUsage,
     ImpactFlagSpecs, RunImpact},
    {"check", "the CI gate: compare the build with the last release's API file", kCheckUsage,
     CheckFlagSpecs, RunCheck},
    {"update", "write the API file and its listing from the build's snapshots", kUpdateUsage,
     UpdateFlagSpecs, RunUpdate},
    {"history", "the API across the release tags: a timeline, each release's changes",
     kHistoryUsage, HistoryFlagSpecs, RunHistory},
    {"rules", "list the rules", kRulesUsage, NoFlags, RunRules},
    {"explain", "print a rule's documentation", kExplainUsage, NoFlags, RunExplain},
    {"version", "print the version", kVersionUsage, NoFlags, RunVersion},
    {"help", "print the commands, or a command's usage", kHelpUsage, NoFlags, RunHelp},
};

int RunHelp(const Args& raw) {
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, {});
  if (!args.ok()) return Fail(args.status());
  if (args->positional().size() > 1) return Fail("help: expected at most one COMMAND");
  if (args->positional().empty()) {
    std::fputs(GeneralUsage().c_str(), stdout);
    return kExitOk;
  }
  const Command* command = FindCommand(args->positional().front());
  if (command == nullptr) return RunUnknownCommand(args->positional().front());
  std::fputs(std::string(command->usage).c_str(), stdout);
  return kExitOk;
}

}  // namespace

absl::Span<const Command> AllCommands() { return kCommands; }

const Command* FindCommand(absl::string_view name) {
  for (const Command& command : kCommands) {
    if (command.name == name) return &command;
  }
  return nullptr;
}

int RunUnknownCommand(absl::string_view name) {
  std::vector<std::string> names;
  for (const Command& command : kCommands) names.emplace_back(command.name);
  return Fail(absl::StrCat("unknown command '", name, "'",
                           DidYouMean(name, names, " (apicompat --help lists the commands)")));
}

std::string GeneralUsage() {
  std::string out =
      "usage: apicompat COMMAND [options]\n"
      "\n"
      "An API/ABI compatibility gate for C and C++ libraries.\n"
      "\n"
      "commands:\n";
  for (const Command& command : kCommands) {
    absl::StrAppendFormat(&out, "  %-9s %s\n", command.name, command.summary);
  }
  absl::StrAppend(&out,
                  "\n"
                  "`apicompat COMMAND --help` prints a command's usage; `man apicompat` and\n"
                  "the installed docs (share/doc/apicompat: ci.md, the CI gate step by step;\n"
                  "rules.md) say more.\n");
  return out;
}

}  // namespace apicompat
