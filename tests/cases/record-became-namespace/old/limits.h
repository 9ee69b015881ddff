#pragma once

namespace cfg {

struct Limits {
    static const int max = 5;
    static int clamp(int value);
};

struct Counter {
    Counter();
    int count;
    static int total();
    int next();
};

}  // namespace cfg
