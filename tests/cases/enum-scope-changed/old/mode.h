#pragma once

namespace term {

enum Mode {
    MODE_RAW,
    MODE_COOKED
};

enum class Color {
    Default,
    Red,
    Green
};

}  // namespace term
