#pragma once

namespace ui {

struct Size {
    int width;
    int height;
};

struct Insets {  // expect: type-added info ui::Insets
    int left;
    int top;

    bool empty() const;
};

enum class Align { Start, Center, End };  // expect: type-added info ui::Align

using dip_t = float;  // expect: type-added info ui::dip_t

}  // namespace ui
