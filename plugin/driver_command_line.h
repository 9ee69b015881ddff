// What the clang driver that runs this front end was asked for, read from
// its command line: the front end (cc1) is not told everything. With an
// external assembler (-fno-integrated-as) it writes a temporary .s and never
// learns the object file's name.
#ifndef APICOMPAT_PLUGIN_DRIVER_COMMAND_LINE_H_
#define APICOMPAT_PLUGIN_DRIVER_COMMAND_LINE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "llvm/ADT/StringRef.h"

namespace apicompat {

// The object file a driver command line (`args[0]` is the program) makes
// from `input_file`: the -o value or `<input stem>.o` with -c, nullopt when
// the command also links (no object is kept) or is not a compile.
std::optional<std::string> ObjectFileOfDriverCommand(const std::vector<std::string>& args,
                                                     llvm::StringRef input_file);

// How many source files a driver command line compiles (one front end
// each); 0 when `args` is not a driver's.
size_t SourceCountOfDriverCommand(const std::vector<std::string>& args);

// The command line of the driver running this process's front end: this
// process (cc1 runs in the driver's process by default) or its parent
// (-fno-integrated-cc1); empty when neither is a driver.
std::vector<std::string> CurrentDriverCommandLine();

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_DRIVER_COMMAND_LINE_H_
