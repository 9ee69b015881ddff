#pragma once

namespace gfx {

// The tag becomes the name the type is mangled with.
typedef struct point {  // expect: type-linkage-name-changed error gfx::point_t
    int x;
    int y;
    int sum() const;
} point_t;

// The same, but no symbol mentions the type: only a new name.
typedef enum color { Red, Green } color_t;  // expect: type-added info gfx::color

// A tag removed: `gfx::extent` is gone, and resize's symbol changed.
typedef struct {  // expect: type-removed error gfx::extent
    int width;
    int height;
} extent_t;

// C++ functions taking the types: their symbols spell their linkage names.
void draw(point_t at);
double distance(const point_t& a, const point_t& b);
void resize(extent_t* to);

// No symbol spells color_t: C linkage, or inline.
extern "C" void gfx_fill(color_t color);
inline color_t next(color_t color) { return color == Red ? Green : Red; }

}  // namespace gfx
