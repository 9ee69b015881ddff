#ifndef PAINT_COLOR_H
#define PAINT_COLOR_H

namespace paint {

struct Rgb {
    unsigned char r;
    unsigned char g;
    unsigned char b;
};

Rgb mix(Rgb a, Rgb b, float t);
Rgb from_hex(const char* hex);  // expect: function-removed error paint::from_hex
float luminance(Rgb c);

}  // namespace paint

#endif  // PAINT_COLOR_H
