#ifndef PAINT_COLOR_H
#define PAINT_COLOR_H

namespace paint {

struct Rgb {
    unsigned char r;
    unsigned char g;
    unsigned char b;
};

Rgb mix(Rgb a, Rgb b, double t);  // expect: parameter-type-changed error paint::mix
float luminance(Rgb c);

}  // namespace paint

#endif  // PAINT_COLOR_H
