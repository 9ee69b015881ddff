#include <geo/shapes.h>

#include <geo/algorithms.h>

#include <utility>

namespace geo {

namespace {
constexpr double kPi = 3.14159265358979323846;
}  // namespace

Shape::~Shape() = default;

// Circle

Circle::Circle(Point center, double radius)
    : center_(center), radius_(radius < 0.0 ? -radius : radius) {}

double Circle::area() const { return kPi * radius_ * radius_; }

double Circle::perimeter() const { return 2.0 * kPi * radius_; }

Box Circle::bounds() const {
  return {{center_.x - radius_, center_.y - radius_},
          {center_.x + radius_, center_.y + radius_}};
}

const char* Circle::name() const { return "circle"; }

Point Circle::center() const { return center_; }

double Circle::radius() const { return radius_; }

// Rectangle

Rectangle::Rectangle(Point corner, double width, double height)
    : corner_(corner), width_(width), height_(height) {}

double Rectangle::area() const { return width_ * height_; }

double Rectangle::perimeter() const { return 2.0 * (width_ + height_); }

Box Rectangle::bounds() const {
  return {corner_, {corner_.x + width_, corner_.y + height_}};
}

const char* Rectangle::name() const { return "rectangle"; }

double Rectangle::width() const { return width_; }

double Rectangle::height() const { return height_; }

void Rectangle::scale(double factor) {
  width_ *= factor;
  height_ *= factor;
}

// Polygon

Polygon::Polygon(std::vector<Point> vertices) : vertices_(std::move(vertices)) {}

double Polygon::area() const { return polygon_area(vertices_); }

double Polygon::perimeter() const {
  double length = 0.0;
  for (std::size_t i = 0, n = vertices_.size(); i < n; ++i) {
    length += distance(vertices_[i], vertices_[(i + 1) % n]);
  }
  return length;
}

Box Polygon::bounds() const { return bounding_box(vertices_); }

const char* Polygon::name() const { return "polygon"; }

const std::vector<Point>& Polygon::vertices() const { return vertices_; }

std::size_t Polygon::vertex_count() const { return vertices_.size(); }

}  // namespace geo
