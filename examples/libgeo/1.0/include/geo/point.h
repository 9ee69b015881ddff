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

/// True if both coordinates differ by at most 1e-9.
inline bool almost_equal(Point a, Point b) {
  return detail::near(a.x, b.x, 1e-9) && detail::near(a.y, b.y, 1e-9);
}

/// Euclidean distance between two points.
double distance(Point a, Point b);

/// The point halfway between `a` and `b`.
Point midpoint(Point a, Point b);

/// Rotates `p` counter-clockwise about the origin.
Point rotate(Point p, double angle_radians);

/// Old name of distance(), kept for source compatibility with 0.x.
APICOMPAT_DEPRECATED("0.9", "1.1", "geo::distance", "renamed to distance()")
double point_distance(Point a, Point b);

}  // namespace geo

#endif  // GEO_POINT_H
