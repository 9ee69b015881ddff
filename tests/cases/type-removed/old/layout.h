#pragma once

namespace ui {

struct Margin {  // expect: type-removed error ui::Margin
    int left;
    int top;
    int right;
    int bottom;

    int horizontal() const;
};

enum class Orientation { Horizontal, Vertical };  // expect: type-removed error ui::Orientation

typedef int pixels_t;  // expect: type-removed error ui::pixels_t

struct Size {
    int width;
    int height;
};

}  // namespace ui
