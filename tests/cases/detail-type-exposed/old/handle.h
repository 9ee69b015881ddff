#pragma once

// Types of a detail namespace that the public API exposes are API: their
// layout is part of every public type built from them.
namespace lib {

namespace detail {
struct Impl {
    int fd;
};
struct Counters {
    int reads;
};
enum class Mode { read, write };
struct Payload {
    Counters counters;
};
struct Unexposed {
    int x;
};
}  // namespace detail

using Handle = detail::Impl;

struct Stats {
    detail::Counters counters;
    int total;
};

detail::Mode current_mode();
void send(detail::Payload payload);

}  // namespace lib
