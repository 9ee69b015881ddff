#pragma once

namespace img {

enum class Filter { Nearest, Bilinear, Bicubic };

struct Size {
    int width;
    int height;
};

class Image {
public:
    Image(int width, int height);
    ~Image();

    Image resized(Size target) const;
    int width() const { return width_; }
    int height() const { return height_; }
    int stride() const { return width_ * 4; }

private:
    int width_;
    int height_;
    unsigned char* pixels_;
};

bool save_png(const Image& image, const char* path);

inline Size fit(Size size, int max_side) {
    int longest = size.width > size.height ? size.width : size.height;
    if (longest <= max_side) return size;
    return Size{size.width * max_side / longest, size.height * max_side / longest};
}

template <typename T>
T clamp(T value, T lo, T hi) {
    return value < lo ? lo : (hi < value ? hi : value);
}

}  // namespace img
