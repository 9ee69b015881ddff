#ifndef PAINT_PALETTE_H
#define PAINT_PALETTE_H

#include "color.h"

namespace paint {

class Palette {
public:
    Palette();
    ~Palette();

    void add(Rgb color);
    Rgb at(unsigned index) const;  // expect: parameter-type-changed error paint::Palette::at
    int size() const;

private:
    Rgb* colors_;
    int count_;
};

Palette load_palette(const char* path);
Palette default_palette();  // expect: function-added info paint::default_palette

}  // namespace paint

#endif  // PAINT_PALETTE_H
