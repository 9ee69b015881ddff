#pragma once

namespace geo {

struct Point {
    double x;
    double y;
    double z;
};

struct Plane {
    Point origin;
    Point normal;
};

class Body {
public:
    Body();

    void translate(double dx, double dy);  // expect: parameter-type-changed error geo::Body::translate; parameter-type-changed error geo::Body::translate
    void set_mass(double kilograms);  // expect: parameter-type-changed error geo::Body::set_mass
    double mass() const;

private:
    Point position_;
    double mass_;
};

Point
project(Point p, const Plane& plane);  // expect: parameter-type-changed error geo::project
double scale_factor(double s);  // expect: parameter-type-changed error geo::scale_factor
int orientation(const Point& a, const Point& b, const Point& c);

}  // namespace geo
