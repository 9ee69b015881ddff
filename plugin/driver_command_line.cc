#include "driver_command_line.h"

#include <unistd.h>

#include <fstream>

#include "absl/strings/str_cat.h"
#include "clang/Driver/Types.h"
#include "driver_options.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/StringSaver.h"

namespace apicompat {
namespace {

std::vector<std::string> ReadCommandLine(const std::string& proc_file) {
  std::ifstream in(proc_file, std::ios::binary);
  std::vector<std::string> args;
  for (std::string arg; std::getline(in, arg, '\0');) args.push_back(arg);
  return args;
}

bool IsFrontEnd(const std::vector<std::string>& args) {
  return args.size() > 1 && args[1] == "-cc1";
}

// The driver's own option table: `-o` has joined and separate forms, and
// many options take a separate value that must not be mistaken for one.
class ParsedDriverCommand {
 public:
  explicit ParsedDriverCommand(const std::vector<std::string>& args) : saver_(allocator_) {
    if (args.size() < 2 || IsFrontEnd(args)) return;
    for (size_t i = 1; i < args.size(); ++i) argv_.push_back(args[i].c_str());
    // Build systems pass long command lines in @response files.
    llvm::cl::ExpandResponseFiles(saver_, llvm::cl::TokenizeGNUCommandLine, argv_);
    parsed_ = driver_options::Parse(llvm::ArrayRef<const char*>(argv_.data(), argv_.size()));
  }

  const llvm::opt::InputArgList& args() const { return parsed_; }

 private:
  llvm::BumpPtrAllocator allocator_;
  llvm::StringSaver saver_;
  llvm::SmallVector<const char*, 64> argv_;
  llvm::opt::InputArgList parsed_;
};

}  // namespace

std::optional<std::string> ObjectFileOfDriverCommand(const std::vector<std::string>& args,
                                                     llvm::StringRef input_file) {
  ParsedDriverCommand command(args);
  if (!command.args().hasArg(driver_options::OPT_c)) return std::nullopt;
  if (const llvm::opt::Arg* output = command.args().getLastArg(driver_options::OPT_o)) {
    return std::string(output->getValue());
  }
  return absl::StrCat(llvm::sys::path::stem(input_file).str(), ".o");
}

size_t SourceCountOfDriverCommand(const std::vector<std::string>& args) {
  ParsedDriverCommand command(args);
  size_t count = 0;
  for (const llvm::opt::Arg* input : command.args().filtered(driver_options::OPT_INPUT)) {
    llvm::StringRef extension = llvm::sys::path::extension(input->getValue());
    if (clang::driver::types::isAcceptedByClang(
            clang::driver::types::lookupTypeForExtension(extension.drop_front()))) {
      ++count;
    }
  }
  return count;
}

std::vector<std::string> CurrentDriverCommandLine() {
  std::vector<std::string> args = ReadCommandLine("/proc/self/cmdline");
  if (IsFrontEnd(args)) args = ReadCommandLine(absl::StrCat("/proc/", getppid(), "/cmdline"));
  if (IsFrontEnd(args)) return {};
  return args;
}

}  // namespace apicompat
