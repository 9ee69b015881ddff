#pragma once

namespace app {

extern long verbosity;  // expect: variable-type-changed error app::verbosity
extern const char* program_name;

}  // namespace app
