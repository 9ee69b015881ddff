#pragma once

#define DRAW_SQUARE(value) ((value) * (value))

namespace draw {

void line(int from_x, int from_y, int to_x, int to_y);
void text(const char* utf8, int left, int baseline, int point_size = 12);

class Canvas {
public:
    Canvas(int width, int height);
    void fill(unsigned rgba);
};

}  // namespace draw
