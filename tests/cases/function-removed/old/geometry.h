#pragma once

// geo: a small 2D geometry library (baseline).

namespace geo {

struct Point {
    double x;
    double y;
};

enum class Metric { Euclidean, Manhattan, Chebyshev };

double distance(Point a, Point b);
double distance(Point a, Point b, Metric metric);  // expect: function-removed error geo::distance
Point midpoint(Point a, Point b);
Point lerp(Point a, Point b, double t);  // expect: function-removed error geo::lerp

class Polygon {
public:
    Polygon();
    static Polygon regular(int sides, double radius);  // expect: function-removed error geo::Polygon::regular
    void add_vertex(Point p);
    int vertex_count() const;
    double perimeter() const;  // expect: function-removed error geo::Polygon::perimeter
    double area() const;

private:
    Point* vertices_;
    int count_;
    int capacity_;
};

}  // namespace geo
