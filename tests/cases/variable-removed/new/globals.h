#pragma once

namespace app {

extern int verbosity;

class Settings {
public:
    int threads;
};

}  // namespace app
