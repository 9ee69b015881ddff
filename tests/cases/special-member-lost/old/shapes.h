#pragma once

namespace geo {

class Shape {
public:
    virtual ~Shape();
    virtual double area() const;
};

struct Style {
    Style(int width, int color);
    int width;
    int color;
};

struct Canvas {
    int width;
    int height;
};

class Buffer {
public:
    Buffer(const Buffer&);  // expect: function-removed error geo::Buffer::Buffer
    ~Buffer();
    int size() const;
};

struct Handle {
    int fd;
};

class Document {
public:
    int pages;
    Handle file;
};

}  // namespace geo
