// Algorithms on point sets and polygons.
#ifndef GEO_ALGORITHMS_H
#define GEO_ALGORITHMS_H

#include <apicompat/attributes.h>
#include <geo/point.h>

#include <vector>

namespace geo {

/// The convex hull of `points`, counter-clockwise, starting at the
/// lowest-leftmost point. Collinear points on the hull's edges are dropped
/// unless `keep_collinear` is true.
std::vector<Point> convex_hull(const std::vector<Point>& points,
                               bool keep_collinear = false);

/// The smallest axis-aligned box containing all of `points`.
Box bounding_box(const std::vector<Point>& points);

/// Area of a simple polygon (always non-negative).
double polygon_area(const std::vector<Point>& polygon);

/// Where `p` lies relative to `polygon`: 1 inside, 0 on the boundary,
/// -1 outside.
int point_in_polygon(Point p, const std::vector<Point>& polygon);

/// Centroid (centre of mass) of a simple polygon; the mean of the vertices
/// if the polygon is degenerate.
Point centroid(const std::vector<Point>& polygon);

/// Ramer-Douglas-Peucker simplification of an open polyline.
APICOMPAT_EXPERIMENTAL_API
std::vector<Point> simplify(const std::vector<Point>& polyline,
                            double tolerance);

/// Sets the tolerances used for collinearity and boundary tests: a value
/// counts as zero if it is within max(absolute, relative * magnitude). For
/// libgeo's own test suite only.
APICOMPAT_INTERNAL_API
void set_test_tolerance(double absolute, double relative);

namespace detail {
/// Cross product of (a - o) and (b - o).
double cross(Point o, Point a, Point b);
/// +1 if a, b, c turn counter-clockwise, -1 if clockwise, 0 if the cross
/// product is within `eps` of zero.
int orientation(Point a, Point b, Point c, double eps);
}  // namespace detail

}  // namespace geo

#endif  // GEO_ALGORITHMS_H
