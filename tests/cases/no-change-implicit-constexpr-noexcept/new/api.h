#pragma once

struct Widget {
    Widget() = default;
    Widget(const Widget& other) = default;
    int id = 0;

private:
    struct Slot {
        Slot() : used(0) {}
        int used;
    };
    Slot slot_;
};
