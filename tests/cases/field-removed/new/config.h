#pragma once

namespace app {

struct Config {  // expect: field-removed error app::Config::verbose
    int threads;
    const char* log_path;
};

class Session {  // expect: field-removed error app::Session::retries_
public:
    Session();
    int id() const;

private:
    int id_;
};

}  // namespace app
