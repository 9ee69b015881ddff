#pragma once

namespace app {

extern int verbosity;
extern const char* program_name;

}  // namespace app
