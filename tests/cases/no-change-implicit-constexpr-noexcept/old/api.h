#pragma once

// Widget() is implicitly constexpr and noexcept here, neither in new/
// (Slot's constructor changed): nobody wrote either, so nobody may rely on
// it. use.cc uses the constructors, so that Clang computes their exception
// specification.
struct Widget {
    Widget() = default;
    Widget(const Widget& other) = default;
    int id = 0;

private:
    struct Slot {
        constexpr Slot() noexcept : used(0) {}
        int used;
    };
    Slot slot_;
};
