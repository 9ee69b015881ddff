#pragma once

namespace mathx {

int clamp(int value, int low, int high);  // expect: function-constexpr-removed error mathx::clamp

constexpr long square(long x) {
    return x * x;
}

}  // namespace mathx
