#pragma once

namespace gfx {

struct Color {
    unsigned char r;
    unsigned char g;
    unsigned char b;
    unsigned char a;
};

class Canvas {
public:
    Canvas(int width, int height);
    ~Canvas();

    void resize(int width, int height);
    void fill(Color color);
    void draw_line(int x0, int y0, int x1, int y1, Color color);

private:
    int width_;
    int height_;
    Color* pixels_;
};

void draw_text(Canvas& canvas, int size, const char* text);
float text_width(const char* text, int size);

}  // namespace gfx
