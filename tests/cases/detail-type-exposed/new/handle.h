#pragma once

// Types of a detail namespace that the public API exposes are API: their
// layout is part of every public type built from them.
namespace lib {

namespace detail {
struct Impl {
    int fd;
    int flags;  // expect: field-added error lib::detail::Impl::flags
};
struct Counters {
    long reads;  // expect: field-type-changed error lib::detail::Counters::reads
};
enum class Mode {
    read = 1,  // expect: enumerator-value-changed error lib::detail::Mode::read
    write,  // expect: enumerator-value-changed error lib::detail::Mode::write
};
struct Payload {  // expect: record-size-changed error lib::detail::Payload
    Counters counters;
};
struct Unexposed {
    int x;
    int y;
};
}  // namespace detail

using Handle = detail::Impl;

struct Stats {  // expect: record-size-changed error lib::Stats
    detail::Counters counters;
    int total;
};

detail::Mode current_mode();
void send(detail::Payload payload);

}  // namespace lib
