// apicompat: the command-line front end of the differ.
#include <cstdio>
#include <iostream>
#include <string>

#include "absl/strings/str_cat.h"
#include "cli/commands.h"

namespace apicompat {
namespace {

constexpr char kUsage[] =
    "usage: apicompat <command> [options]\n"
    "\n"
    "commands:\n"
    "  flags --public-dir DIR|HEADER [--public-dir ...] [--exclude GLOB ...]\n"
    "        [--out FILE|DIR/]\n"
    "        print the compiler flags that load the plugin into a clang build; only\n"
    "        headers under the public dirs are recorded (never sources beside them),\n"
    "        but those --exclude matches (GLOB against the path relative to the\n"
    "        public dir or a directory in it: 'detail', '*_internal.h'); each object\n"
    "        gets <object>.apisnap, or --out FILE, or with --out DIR/ (an existing\n"
    "        directory or ending in /) DIR/<source path>.apisnap per source (the\n"
    "        path relative to the project root, the parent of the first public dir)\n"
    "  merge -o OUT [--keep-first] [--allow-empty] INPUT...\n"
    "        merge per-TU snapshots (files, or directories searched for *.apisnap);\n"
    "        no declaration at all is an error unless --allow-empty\n"
    "  snapshot -o OUT --public-dir DIR... [--exclude GLOB...] (-p BUILD_DIR [SOURCE...]\n"
    "           | [-I DIR] [-D X] [--std STD] [-x c|c++]) [--keep-first] [--allow-empty]\n"
    "           [-- FLAG...]\n"
    "        the plugin's snapshot without building with Clang: the translation units\n"
    "        of BUILD_DIR/compile_commands.json (GCC builds too), or each public header\n"
    "        on its own (apicompat snapshot --help)\n"
    "  dump FILE\n"
    "        print a snapshot as text\n"
    "  diff BASELINE CURRENT [--format FORMAT] [--output FILE] [-v] [--config FILE]\n"
    "       [--baseline-version X.Y.Z] [--current-version X.Y.Z]\n"
    "       [--fail-on error|warning] [--write-acknowledgements FILE]\n"
    "       [--baseline-config FILE]\n"
    "        report incompatible changes; exit 0 compatible, 1 breaking, 2 error;\n"
    "        --baseline-config: the baseline's configuration, to report what the\n"
    "        current one loosens (check reads it from the baseline's commit)\n"
    "  check (--library NAME | --api-file FILE) [--baseline auto|TAG|FILE]\n"
    "        [--tag-pattern GLOB] [--public-dir DIR ...] [--require-updated-api-file]\n"
    "        [--allow-empty] [diff's options] SNAPSHOT_OR_BUILD_DIR...\n"
    "        the CI gate: compare the current build's snapshots with the API file\n"
    "        (default api/NAME.apisnap.txtpb) of the last release tag (highest\n"
    "        semantic version matching --tag-pattern, default v*, read from git,\n"
    "        never from the working tree; no tag yet: the default branch's);\n"
    "        exit 0 compatible, 1 breaking or API file outdated, 2 error\n"
    "  update (--library NAME | --api-file FILE) [--allow-empty] SNAPSHOT_OR_BUILD_DIR...\n"
    "        write the API file from the current build's snapshots; commit it\n"
    "        (merge, snapshot, check and update refuse snapshots holding no\n"
    "        declaration, which would check nothing, unless --allow-empty)\n"
    "  rules\n"
    "        list the rules: id, category, default severity, required bump\n"
    "  explain RULE-ID\n"
    "        print a rule's documentation\n"
    "\n"
    "Snapshots ending in .txtpb are text, anything else binary.\n"
    "FORMAT (--format) is text, json, sarif (code scanning), github (workflow\n"
    "annotations), markdown (job summary) or junit; with --output FILE (-o) the\n"
    "file gets FORMAT and stdout text. An output of - is stdout; an output naming\n"
    "an input is refused; symlinked outputs are written through.\n"
    "docs/ci.md: the CI gate step by step.\n";

}  // namespace

int Fail(const absl::Status& status) { return Fail(std::string(status.message())); }

int Fail(const std::string& message) {
  std::cerr << "apicompat: error: " << message << "\n";
  return kExitUsage;
}

}  // namespace apicompat

int main(int argc, char** argv) {
  using namespace apicompat;
  if (argc < 2) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  std::string command = argv[1];
  Args args(argv + 2, argv + argc);
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (command == "--version") {
    std::cout << "apicompat " << APICOMPAT_VERSION << " (plugin for Clang "
              << APICOMPAT_CLANG_MAJOR << ")\n";
    return kExitOk;
  }
  if (command == "flags") return RunFlags(args);
  if (command == "merge") return RunMerge(args);
  if (command == "snapshot") return RunSnapshot(args);
  if (command == "dump") return RunDump(args);
  if (command == "diff") return RunDiff(args);
  if (command == "check") return RunCheck(args);
  if (command == "update") return RunUpdate(args);
  if (command == "rules") return RunRules(args);
  if (command == "explain") return RunExplain(args);
  return Fail(absl::StrCat("unknown command '", command, "' (try apicompat --help)"));
}
