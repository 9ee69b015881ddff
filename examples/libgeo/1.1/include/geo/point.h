// Points, boxes and elementary point operations.
#ifndef GEO_POINT_H
#define GEO_POINT_H

#include <apicompat/attributes.h>

#include <cmath>

namespace geo {

/// A point (or a displacement) in the plane.
struct Point {
  double x = 0.0;
  double y = 0.0;
};

/// An axis-aligned box; `min` is the lower-left corner.
struct Box {
  Point min;
  Point max;
};

inline Point operator+(Point a, Point b) { return {a.x + b.x, a.y + b.y}; }
inline Point operator-(Point a, Point b) { return {a.x - b.x, a.y - b.y}; }
inline Point operator*(Point p, double s) { return {p.x * s, p.y * s}; }
inline bool operator==(Point a, Point b) { return a.x == b.x && a.y == b.y; }
inline bool operator!=(Point a, Point b) { return !(a == b); }

namespace detail {
inline bool near(double a, double b, double eps) {
  return std::fabs(a - b) <= eps;
}
}  // namespace detail

/// True if both coordinates differ by at most `epsilon`.
inline bool almost_equal(Point a, Point b, double epsilon = 1e-9) {
  return detail::near(a.x, b.x, epsilon) && detail::near(a.y, b.y, epsilon);
}

/// Euclidean distance between two points.
double distance(Point from, Point to);

/// The point halfway between `a` and `b`.
Point midpoint(Point a, Point b);

/// Rotates `p` counter-clockwise about the origin.
Point rotate(Point p, float angle_radians);

}  // namespace geo

#endif  // GEO_POINT_H
