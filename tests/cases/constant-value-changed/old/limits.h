#pragma once

namespace server {

constexpr int kMaxConnections = 64;
const double kTimeoutSeconds = 2.5;

struct Limits {
    static constexpr unsigned kMaxHeaderBytes = 8192;
};

}  // namespace server
