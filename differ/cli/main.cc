// apicompat: the command-line front end of the differ.
#include <iostream>
#include <string>

#include "absl/strings/str_cat.h"
#include "cli/command_table.h"
#include "cli/commands.h"
#include "progress.h"

namespace apicompat {
namespace {

bool IsHelp(const std::string& arg) { return arg == "--help" || arg == "-h"; }

// Parses the command's flags first: --help is answered here for every
// command, and --progress sets the process's progress mode.
int RunCommand(const Command& command, const Args& args) {
  if (command.flags == nullptr) return command.run(args);
  std::vector<FlagSpec> specs = command.flags();
  absl::StatusOr<ParsedArgs> parsed = ParseArgs(args, specs);
  if (!parsed.ok()) return Fail(parsed.status());
  if (parsed->Has("--help")) {
    std::cout << command.usage;
    return kExitOk;
  }
  absl::StatusOr<ProgressMode> progress =
      ProgressModeOf(parsed->Has("--progress"), parsed->Has("--no-progress"));
  if (!progress.ok()) return Fail(absl::StrCat(command.name, ": ", progress.status().message()));
  SetProgressMode(*progress);
  return command.run(args);
}

}  // namespace

int Fail(const absl::Status& status) { return Fail(std::string(status.message())); }

int Fail(const std::string& message) {
  std::cerr << "apicompat: error: " << message << "\n";
  return kExitUsage;
}

int RunVersion(const Args& raw) {
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, {});
  if (!args.ok()) return Fail(args.status());
  if (!args->positional().empty()) return Fail("version: takes no arguments");
  std::cout << "apicompat " << APICOMPAT_VERSION << " (plugin for Clang " << APICOMPAT_CLANG_MAJOR
            << ")\n";
  return kExitOk;
}

}  // namespace apicompat

int main(int argc, char** argv) {
  using namespace apicompat;
  if (argc < 2) {
    std::cerr << GeneralUsage();
    return kExitUsage;
  }
  std::string name = argv[1];
  Args args(argv + 2, argv + argc);
  if (IsHelp(name)) return FindCommand("help")->run(args);
  if (name == "--version") return RunVersion(args);
  const Command* command = FindCommand(name);
  if (command == nullptr) return RunUnknownCommand(name);
  return RunCommand(*command, args);
}
