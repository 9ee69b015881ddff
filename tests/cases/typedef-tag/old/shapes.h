#pragma once

// Clang asks for a tag on an unnamed class with methods: this case adds it.
#pragma clang diagnostic ignored "-Wnon-c-typedef-for-linkage"

namespace gfx {

typedef struct {
    int x;
    int y;
    int sum() const;
} point_t;

typedef enum { Red, Green } color_t;

typedef struct extent {
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
