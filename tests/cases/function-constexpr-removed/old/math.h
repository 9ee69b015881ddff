#pragma once

namespace mathx {

constexpr int clamp(int value, int low, int high) {
    return value < low ? low : value > high ? high : value;
}

constexpr long square(long x) {
    return x * x;
}

}  // namespace mathx
