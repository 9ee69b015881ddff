#pragma once

// Namespace-scope `static` constants: internal linkage, but their values are
// compiled into every user, so they are API.
namespace server {

static constexpr int kBacklog = 64;  // expect: constant-value-changed warning server::kBacklog
static const unsigned kMaxClients = 100;
static const char kSeparator = ',';  // expect: constant-value-changed warning server::kSeparator
static int counter = 1;  // a mutable copy per TU: not API

struct Defaults {
    static const int kRetries = 5;  // expect: constant-value-changed warning server::Defaults::kRetries
};

}  // namespace server

static const long SERVER_TIMEOUT_MS = 2000;  // expect: constant-value-changed warning SERVER_TIMEOUT_MS
