#pragma once

namespace ui {

struct Size {
    int width;
    int height;
};

}  // namespace ui
