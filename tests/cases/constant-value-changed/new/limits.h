#pragma once

namespace server {

constexpr int kMaxConnections = 128;  // expect: constant-value-changed warning server::kMaxConnections
const double kTimeoutSeconds = 2.5;

struct Limits {
    static constexpr unsigned kMaxHeaderBytes = 16384;  // expect: constant-value-changed warning server::Limits::kMaxHeaderBytes
};

}  // namespace server
