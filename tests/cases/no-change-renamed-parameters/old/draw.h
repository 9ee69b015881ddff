#pragma once

#define DRAW_SQUARE(x) ((x) * (x))

namespace draw {

void line(int x0, int y0, int x1, int y1);
void text(const char* s, int x, int y, int size = 12);

class Canvas {
public:
    Canvas(int w, int h);
    void fill(unsigned color);
};

}  // namespace draw
