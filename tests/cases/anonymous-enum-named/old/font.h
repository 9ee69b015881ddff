#pragma once

namespace gfx {

enum { FONT_REGULAR = 0, FONT_BOLD = 1, FONT_ITALIC = 2 };

enum { ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT };

struct Font {
    enum { MAX_SIZE = 72 };
    int size;
    int flags;
};

}  // namespace gfx
