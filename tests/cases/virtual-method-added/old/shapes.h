#pragma once

namespace geo {

class Shape {
public:
    virtual ~Shape();
    virtual double area() const;
    virtual double perimeter() const;
};

class Circle : public Shape {
public:
    explicit Circle(double radius);
    double area() const override;
    double perimeter() const override;

private:
    double radius_;
};

}  // namespace geo
