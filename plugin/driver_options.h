// The clang driver's option table (its flags' spellings and arguments),
// which moved from clang/Driver to clang/Options in Clang 22.
#ifndef APICOMPAT_PLUGIN_DRIVER_OPTIONS_H_
#define APICOMPAT_PLUGIN_DRIVER_OPTIONS_H_

#include "clang/Basic/Version.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"

#if CLANG_VERSION_MAJOR >= 22
#include "clang/Options/Options.h"
#else
#include "clang/Driver/Options.h"
#endif

namespace apicompat::driver_options {

#if CLANG_VERSION_MAJOR >= 22
using namespace clang::options;
inline const llvm::opt::OptTable& Table() { return clang::getDriverOptTable(); }
#else
using namespace clang::driver::options;
inline const llvm::opt::OptTable& Table() { return clang::driver::getDriverOptTable(); }
#endif

// Parses a driver command line (without the program name) as the driver
// does; flags it does not know come out as OPT_UNKNOWN.
inline llvm::opt::InputArgList Parse(llvm::ArrayRef<const char*> args) {
  unsigned missing_index = 0, missing_count = 0;
#if CLANG_VERSION_MAJOR >= 17
  return Table().ParseArgs(args, missing_index, missing_count);
#else
  // Front-end-only options are unknown to the driver too.
  return Table().ParseArgs(args, missing_index, missing_count, /*FlagsToInclude=*/0,
                           /*FlagsToExclude=*/NoDriverOption);
#endif
}

}  // namespace apicompat::driver_options

#endif  // APICOMPAT_PLUGIN_DRIVER_OPTIONS_H_
