// The Shape hierarchy.
#ifndef GEO_SHAPES_H
#define GEO_SHAPES_H

#include <geo/point.h>

#include <cstddef>
#include <vector>

namespace geo {

/// A closed plane figure.
class Shape {
 public:
  virtual ~Shape();

  virtual double area() const = 0;
  virtual double perimeter() const = 0;
  virtual Box bounds() const = 0;
  /// A short, static name such as "circle".
  virtual const char* name() const = 0;
};

class Circle : public Shape {
 public:
  Circle(Point center, double radius);

  double area() const override;
  double perimeter() const override;
  Box bounds() const override;
  const char* name() const override;

  Point center() const;
  double radius() const;

 private:
  Point center_;
  double radius_;
};

/// An axis-aligned rectangle anchored at its lower-left corner.
class Rectangle : public Shape {
 public:
  Rectangle(Point corner, double width, double height);

  double area() const override;
  double perimeter() const override;
  Box bounds() const override;
  const char* name() const override;

  double width() const;
  double height() const;

  /// Scales width by `sx` and height by `sy`; the corner stays fixed.
  void scale(double sx, double sy);

 private:
  Point corner_;
  double width_;
  double height_;
};

/// A simple polygon given by its vertices in order (either orientation).
class Polygon : public Shape {
 public:
  explicit Polygon(std::vector<Point> vertices);

  double area() const override;
  double perimeter() const override;
  Box bounds() const override;
  const char* name() const override;

  const std::vector<Point>& vertices() const;
  std::size_t vertex_count() const;

 private:
  std::vector<Point> vertices_;
};

}  // namespace geo

#endif  // GEO_SHAPES_H
