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
    "  flags --public-dir DIR [--public-dir DIR ...] [--out FILE]\n"
    "        print the compiler flags that load the plugin into a clang build\n"
    "  merge -o OUT [--keep-first] INPUT...\n"
    "        merge per-TU snapshots (files, or directories searched for *.apisnap)\n"
    "  dump FILE\n"
    "        print a snapshot as text\n"
    "  diff BASELINE CURRENT [--format text|json] [-v]\n"
    "        report incompatible changes; exit 0 compatible, 1 breaking, 2 error\n"
    "\n"
    "Snapshots ending in .txtpb are text, anything else binary.\n";

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
  if (command == "dump") return RunDump(args);
  if (command == "diff") return RunDiff(args);
  return Fail(absl::StrCat("unknown command '", command, "' (try apicompat --help)"));
}
