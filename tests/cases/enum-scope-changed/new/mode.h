#pragma once

namespace term {

enum class Mode {  // expect: enum-scope-changed error term::Mode
    MODE_RAW,
    MODE_COOKED
};

enum Color {  // expect: enum-scope-changed warning term::Color
    Default,
    Red,
    Green
};

}  // namespace term
