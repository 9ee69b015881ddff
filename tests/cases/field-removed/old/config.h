#pragma once

namespace app {

struct Config {
    int threads;
    bool verbose;
    const char* log_path;
};

class Session {
public:
    Session();
    int id() const;

private:
    int id_;
    int retries_;
};

}  // namespace app
