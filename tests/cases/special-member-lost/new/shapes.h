#pragma once

namespace geo {

// A private copy constructor added to a polymorphic class: it also
// suppresses the implicit default constructor.
class Shape {  // expect: special-member-lost error geo::Shape
public:
    virtual ~Shape();
    virtual double area() const;
private:
    Shape(const Shape&);
};

// Unchanged: never had a default constructor.
struct Style {
    Style(int width, int color);
    int width;
    int color;
};

// A declared constructor suppresses the implicit default constructor.
struct Canvas {  // expect: special-member-lost error geo::Canvas
    Canvas(int width, int height);  // expect: function-added info geo::Canvas::Canvas
    int width;
    int height;
};

// A user-declared copy constructor removed: function-removed says it (the
// implicit one still copies).
class Buffer {
public:
    ~Buffer();
    int size() const;
};

// Made move-only: no longer copyable nor copy-assignable.
struct Handle {  // expect: special-member-lost error geo::Handle
    Handle() = default;  // expect: function-added info geo::Handle::Handle
    Handle(Handle&&) = default;  // expect: function-added info geo::Handle::Handle
    Handle& operator=(Handle&&) = default;  // expect: function-added info geo::Handle::operator=
    int fd;
};

// A member that became move-only makes the class non-copyable (still movable).
class Document {  // expect: special-member-lost error geo::Document
public:
    int pages;
    Handle file;
};

}  // namespace geo
