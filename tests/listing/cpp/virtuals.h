// Polymorphic classes: vtable order, pure and final methods, overrides,
// virtual bases.
#pragma once

namespace shapes {

class Shape {
 public:
  virtual ~Shape();
  virtual double area() const = 0;
  virtual const char* name() const;
  virtual void scale(double factor);

 protected:
  Shape();

 private:
  virtual void on_change();
  int revision_;
};

class Circle final : public Shape {
 public:
  explicit Circle(double radius);
  ~Circle() override;
  double area() const override;
  void scale(double factor) final;

 private:
  double radius_;
};

struct Node {
  virtual ~Node() = default;
  int id;
};
struct Left : virtual Node {
  int left;
};
struct Right : virtual Node {
  int right;
};
struct Diamond : Left, Right {
  int value;
};

}  // namespace shapes
