#pragma once

namespace geo {

class Shape {
public:
    virtual ~Shape();
    virtual double area() const;
    virtual void scale(double factor);  // expect: virtual-method-added error geo::Shape::scale
    virtual double perimeter() const;
};

class Circle : public Shape {
public:
    explicit Circle(double radius);
    double area() const override;
    double perimeter() const override;
    void scale(double factor) override;  // expect: function-added info geo::Circle::scale

private:
    double radius_;
};

}  // namespace geo
