#include <geo/algorithms.h>

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace geo {

namespace {

double g_tolerance = 1e-12;

bool lexicographic_less(Point a, Point b) {
  return a.x < b.x || (a.x == b.x && a.y < b.y);
}

// True if `p` lies on the segment [a, b] (within the tolerance).
bool on_segment(Point p, Point a, Point b) {
  if (detail::orientation(a, b, p) != 0) return false;
  return p.x >= std::min(a.x, b.x) - g_tolerance &&
         p.x <= std::max(a.x, b.x) + g_tolerance &&
         p.y >= std::min(a.y, b.y) - g_tolerance &&
         p.y <= std::max(a.y, b.y) + g_tolerance;
}

// Distance from `p` to the line through `a` and `b`.
double line_distance(Point p, Point a, Point b) {
  const double length = distance(a, b);
  if (length == 0.0) return distance(p, a);
  return std::fabs(detail::cross(a, b, p)) / length;
}

void simplify_range(const std::vector<Point>& in, std::size_t first,
                    std::size_t last, double tolerance,
                    std::vector<Point>& out) {
  double farthest = -1.0;
  std::size_t index = first;
  for (std::size_t i = first + 1; i < last; ++i) {
    const double d = line_distance(in[i], in[first], in[last]);
    if (d > farthest) {
      farthest = d;
      index = i;
    }
  }
  if (farthest > tolerance) {
    simplify_range(in, first, index, tolerance, out);
    simplify_range(in, index, last, tolerance, out);
  } else {
    out.push_back(in[last]);
  }
}

}  // namespace

namespace detail {

double cross(Point o, Point a, Point b) {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

int orientation(Point a, Point b, Point c) {
  const double value = cross(a, b, c);
  if (value > g_tolerance) return 1;
  if (value < -g_tolerance) return -1;
  return 0;
}

}  // namespace detail

std::vector<Point> convex_hull(const std::vector<Point>& points) {
  std::vector<Point> sorted(points);
  std::sort(sorted.begin(), sorted.end(), lexicographic_less);
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  if (sorted.size() < 3) return sorted;

  // Andrew's monotone chain.
  std::vector<Point> hull(2 * sorted.size());
  std::size_t k = 0;
  for (const Point& p : sorted) {
    while (k >= 2 && detail::orientation(hull[k - 2], hull[k - 1], p) <= 0) --k;
    hull[k++] = p;
  }
  const std::size_t lower = k + 1;
  for (std::size_t i = sorted.size() - 1; i-- > 0;) {
    const Point& p = sorted[i];
    while (k >= lower && detail::orientation(hull[k - 2], hull[k - 1], p) <= 0) --k;
    hull[k++] = p;
  }
  hull.resize(k - 1);  // the last point repeats the first
  return hull;
}

Box bounding_box(const std::vector<Point>& points) {
  if (points.empty()) return {};
  Box box{points.front(), points.front()};
  for (const Point& p : points) {
    box.min.x = std::min(box.min.x, p.x);
    box.min.y = std::min(box.min.y, p.y);
    box.max.x = std::max(box.max.x, p.x);
    box.max.y = std::max(box.max.y, p.y);
  }
  return box;
}

double polygon_area(const std::vector<Point>& polygon) {
  double twice_area = 0.0;
  for (std::size_t i = 0, n = polygon.size(); i < n; ++i) {
    const Point& a = polygon[i];
    const Point& b = polygon[(i + 1) % n];
    twice_area += a.x * b.y - b.x * a.y;
  }
  return std::fabs(twice_area) / 2.0;
}

double polygon_perimeter(const std::vector<Point>& polygon) {
  double length = 0.0;
  for (std::size_t i = 0, n = polygon.size(); i < n; ++i) {
    length += distance(polygon[i], polygon[(i + 1) % n]);
  }
  return length;
}

bool point_in_polygon(Point p, const std::vector<Point>& polygon) {
  const std::size_t n = polygon.size();
  if (n < 3) return false;
  bool inside = false;
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const Point& a = polygon[j];
    const Point& b = polygon[i];
    if (on_segment(p, a, b)) return true;
    if ((a.y > p.y) != (b.y > p.y)) {
      const double x = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
      if (p.x < x) inside = !inside;
    }
  }
  return inside;
}

std::vector<Point> simplify(const std::vector<Point>& polyline,
                            double tolerance) {
  if (polyline.size() < 3) return polyline;
  std::vector<Point> out{polyline.front()};
  simplify_range(polyline, 0, polyline.size() - 1, tolerance, out);
  return out;
}

void set_test_tolerance(double tolerance) {
  g_tolerance = tolerance < 0.0 ? -tolerance : tolerance;
}

}  // namespace geo
