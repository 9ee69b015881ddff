#pragma once

namespace img {

class Image {
public:
    Image(int width, int height);
    ~Image();

    int width() const;
    int height();  // expect: method-qualifiers-changed error img::Image::height
    unsigned char* pixels() &;  // expect: method-qualifiers-changed error img::Image::pixels
    void fill(unsigned char value);

private:
    int width_;
    int height_;
    unsigned char* data_;
};

}  // namespace img
