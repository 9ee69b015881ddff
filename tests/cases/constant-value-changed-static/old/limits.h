#pragma once

// Namespace-scope `static` constants: internal linkage, but their values are
// compiled into every user, so they are API.
namespace server {

static constexpr int kBacklog = 16;
static const unsigned kMaxClients = 100;
static const char kSeparator = ';';
static int counter = 0;  // a mutable copy per TU: not API

struct Defaults {
    static const int kRetries = 3;
};

}  // namespace server

static const long SERVER_TIMEOUT_MS = 1000;
