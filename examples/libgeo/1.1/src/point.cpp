#include <geo/point.h>

#include <cmath>

namespace geo {

double distance(Point from, Point to) {
  return std::hypot(to.x - from.x, to.y - from.y);
}

Point midpoint(Point a, Point b) {
  return {(a.x + b.x) / 2.0, (a.y + b.y) / 2.0};
}

Point rotate(Point p, float angle_radians) {
  const double angle = angle_radians;
  const double c = std::cos(angle);
  const double s = std::sin(angle);
  return {p.x * c - p.y * s, p.x * s + p.y * c};
}

}  // namespace geo
