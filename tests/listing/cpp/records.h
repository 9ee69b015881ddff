// Records: layouts, bases, bit-fields, anonymous unions, nested types,
// static members, special members, access.
#pragma once

#include <apicompat/attributes.h>

namespace shapes {

struct Point {
  double x;
  double y;
  Point();
  Point(double x, double y);
  Point operator+(const Point& other) const;
  bool operator==(const Point& other) const;
  explicit operator bool() const noexcept;
  static Point origin();
  static const int kDimensions = 2;
};

struct Flags {
  unsigned visible : 1;
  unsigned layer : 4;
  unsigned char tag;
  union {
    int as_int;
    float as_float;
  };
};

class Buffer {
 public:
  explicit Buffer(unsigned long size);
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;
  ~Buffer();
  char* data() & noexcept;
  const char* data() const&;
  unsigned long size() const { return size_; }

  struct View {
    const char* begin;
    const char* end;
  };
  View view() const;

 protected:
  void reset(unsigned long size = 0);

 private:
  void grow(unsigned long size);  // a private helper: not in the listing
  char* data_;
  unsigned long size_;
  mutable int cache_;
};

// Not copyable because of its member: the implicit copy is deleted.
struct Owner {
  Buffer buffer;
};

// Not copyable, C++03 style: private and never defined.
class Handle {
 public:
  Handle();

 private:
  Handle(const Handle&);
  Handle& operator=(const Handle&);
  int fd_;
};

namespace detail {
// Not public by name, but its layout is: Exposes holds one by value.
struct Storage {
  int capacity;
  void* block;
};
}  // namespace detail

struct Exposes {
  detail::Storage storage;
};

struct Empty {};

struct Opaque;
Opaque* open_opaque(const char* name);

struct Base1 {
  int a;
};
struct Base2 {
  long b;
};
struct Both final : Base1, protected Base2 {
  char c;
};

struct Callbacks {
  void (*on_event)(int code, void* user);
  int values[4];
  const char* names[2];
};

}  // namespace shapes

struct GlobalRecord {
  int id;
};
