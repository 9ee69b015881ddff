#pragma once

// geo: a small 2D geometry library (current).

namespace geo {

struct Point {
    double x;
    double y;
};

enum class Metric { Euclidean, Manhattan, Chebyshev };

double distance(Point a, Point b);
Point midpoint(Point a, Point b);

class Polygon {
public:
    Polygon();
    void add_vertex(Point p);
    int vertex_count() const;
    double area() const;

private:
    Point* vertices_;
    int count_;
    int capacity_;
};

}  // namespace geo
