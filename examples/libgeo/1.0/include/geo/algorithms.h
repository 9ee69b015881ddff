// Algorithms on point sets and polygons.
#ifndef GEO_ALGORITHMS_H
#define GEO_ALGORITHMS_H

#include <apicompat/attributes.h>
#include <geo/point.h>

#include <vector>

namespace geo {

/// The convex hull of `points`, counter-clockwise, starting at the
/// lowest-leftmost point. Collinear points on the hull's edges are dropped.
std::vector<Point> convex_hull(const std::vector<Point>& points);

/// The smallest axis-aligned box containing all of `points`.
Box bounding_box(const std::vector<Point>& points);

/// Area of a simple polygon (always non-negative).
double polygon_area(const std::vector<Point>& polygon);

/// Length of the closed boundary of `polygon`.
double polygon_perimeter(const std::vector<Point>& polygon);

/// True if `p` is inside `polygon` or on its boundary.
bool point_in_polygon(Point p, const std::vector<Point>& polygon);

/// Ramer-Douglas-Peucker simplification of an open polyline.
APICOMPAT_EXPERIMENTAL_API
std::vector<Point> simplify(const std::vector<Point>& polyline,
                            double tolerance);

/// Sets the tolerance used for collinearity and boundary tests. For libgeo's
/// own test suite only.
APICOMPAT_INTERNAL_API
void set_test_tolerance(double tolerance);

namespace detail {
/// Cross product of (a - o) and (b - o).
double cross(Point o, Point a, Point b);
/// +1 if a, b, c turn counter-clockwise, -1 if clockwise, 0 if collinear.
int orientation(Point a, Point b, Point c);
}  // namespace detail

}  // namespace geo

#endif  // GEO_ALGORITHMS_H
