#pragma once

namespace app {

extern int verbosity;
extern const char* program_name;  // expect: variable-removed error app::program_name

class Settings {
public:
    static int max_threads;  // expect: variable-removed error app::Settings::max_threads
    int threads;
};

}  // namespace app
