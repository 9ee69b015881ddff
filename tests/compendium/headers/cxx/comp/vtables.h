// Polymorphic classes: vtable order, pure and final virtuals, overrides,
// virtual and multiple inheritance.
#ifndef COMP_VTABLES_H
#define COMP_VTABLES_H

namespace comp {

class Shape {
 public:
  virtual ~Shape();
  virtual double area() const = 0;
  virtual double perimeter() const;
  virtual void scale(double factor);
  const char* name() const;

 private:
  virtual void on_change();
  int id_;
};

class Circle : public Shape {
 public:
  explicit Circle(double radius);
  double area() const override;
  double perimeter() const final;

 private:
  double radius_;
};

class Square final : public Shape {
 public:
  double area() const override;
};

class Observer {
 public:
  virtual void notify(int event) = 0;

 protected:
  ~Observer() = default;
};

class Widget : public virtual Shape, public Observer {
 public:
  double area() const override;
  void notify(int event) override;
  virtual Widget* clone() const;
};

}  // namespace comp

#endif  // COMP_VTABLES_H
