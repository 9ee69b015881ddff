#ifndef PAINT_PALETTE_H
#define PAINT_PALETTE_H

#include "color.h"

namespace paint {

class Palette {
public:
    Palette();
    ~Palette();

    void add(Rgb color);
    Rgb at(int index) const;
    int size() const;

private:
    Rgb* colors_;
    int count_;
};

Palette load_palette(const char* path);

}  // namespace paint

#endif  // PAINT_PALETTE_H
