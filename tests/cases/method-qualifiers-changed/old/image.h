#pragma once

namespace img {

class Image {
public:
    Image(int width, int height);
    ~Image();

    int width() const;
    int height() const;
    unsigned char* pixels();
    void fill(unsigned char value);

private:
    int width_;
    int height_;
    unsigned char* data_;
};

}  // namespace img
