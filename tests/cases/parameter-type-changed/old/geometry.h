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

    void translate(float dx, float dy);
    void set_mass(float kilograms);
    double mass() const;

private:
    Point position_;
    double mass_;
};

Point
project(const Point& p, const Plane& plane);
double scale_factor(float s);
int orientation(const Point& a, const Point& b, const Point& c);

}  // namespace geo
