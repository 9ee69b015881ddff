// Records: layout, bases, special members, bit-fields, anonymous members,
// opaque handles, typedef-named structs.
#ifndef COMP_RECORDS_H
#define COMP_RECORDS_H

#include <stdint.h>

namespace comp {

struct Point {
  double x;
  double y;
};

class Buffer {
 public:
  Buffer();
  explicit Buffer(uint32_t capacity);
  Buffer(const Buffer& other);
  Buffer(Buffer&& other) noexcept;
  Buffer& operator=(const Buffer& other);
  Buffer& operator=(Buffer&& other) noexcept;
  ~Buffer();

  uint32_t size() const;
  bool empty() const noexcept { return size_ == 0; }
  void resize(uint32_t size, char fill = '\0');
  char& operator[](uint32_t index) &;
  static Buffer from_text(const char* text);

 protected:
  void grow(uint32_t at_least);

 private:
  void release();
  char* data_;
  uint32_t size_;
  uint32_t capacity_;
  mutable int hits_;
};

struct Flags {
  unsigned readable : 1;
  unsigned writable : 1;
  unsigned mode : 6;
  uint16_t owner;
};

struct Variant {
  int kind;
  union {
    int as_int;
    double as_double;
  };
  struct {
    short lo;
    short hi;
  } range;
};

union Word {
  uint32_t value;
  unsigned char bytes[4];
};

struct alignas(32) Aligned {
  char tag;
  long long count;
};

class NonCopyable {
 public:
  NonCopyable() = default;
  NonCopyable(const NonCopyable&) = delete;
  NonCopyable& operator=(const NonCopyable&) = delete;
  NonCopyable(NonCopyable&&) = default;
  NonCopyable& operator=(NonCopyable&&) = default;

 private:
  int handle_ = -1;
};

class Sealed final {
 public:
  int value() const;

 private:
  int value_;
};

struct Derived : Point, private Flags {
  int extra;
};

// An opaque handle: only declared in the public headers.
struct Session;
Session* open_session(const char* name);
void close_session(Session* session);

typedef struct {
  int width;
  int height;
  int area() const;
} Size;

namespace detail {
// Not API by name, but exposed by value through Holder: its layout is.
struct Storage {
  int slots[4];
  void* owner;
};
}  // namespace detail

struct Holder {
  detail::Storage storage;
  int used;
};

using StorageAlias = detail::Storage;

}  // namespace comp

#endif  // COMP_RECORDS_H
