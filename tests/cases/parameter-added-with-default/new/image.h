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

    Image resized(Size target, Filter filter = Filter::Bilinear) const;  // expect: parameter-added-with-default error img::Image::resized
    int width() const { return width_; }
    int height() const { return height_; }
    int stride(int alignment = 4) const { return (width_ * 4 + alignment - 1) / alignment * alignment; }  // expect: parameter-added-with-default info img::Image::stride

private:
    int width_;
    int height_;
    unsigned char* pixels_;
};

bool save_png(const Image& image, const char* path, int compression = 6);  // expect: parameter-added-with-default error img::save_png

inline Size fit(Size size, int max_side, bool upscale = false) {  // expect: parameter-added-with-default info img::fit
    int longest = size.width > size.height ? size.width : size.height;
    if (longest <= max_side && !upscale) return size;
    return Size{size.width * max_side / longest, size.height * max_side / longest};
}

template <typename T>
T clamp(T value, T lo, T hi, bool* clipped = nullptr) {  // expect: parameter-added-with-default info img::clamp
    T result = value < lo ? lo : (hi < value ? hi : value);
    if (clipped) *clipped = (value < lo) || (hi < value);
    return result;
}

}  // namespace img
