#include <geo/point.h>

#include <cmath>

namespace geo {

double distance(Point a, Point b) { return std::hypot(b.x - a.x, b.y - a.y); }

Point midpoint(Point a, Point b) {
  return {(a.x + b.x) / 2.0, (a.y + b.y) / 2.0};
}

Point rotate(Point p, double angle_radians) {
  const double c = std::cos(angle_radians);
  const double s = std::sin(angle_radians);
  return {p.x * c - p.y * s, p.x * s + p.y * c};
}

double point_distance(Point a, Point b) { return distance(a, b); }

}  // namespace geo
