// Templates: class, function, alias and variable templates, defaults,
// packs, constraints.
#pragma once

#include <concepts>

namespace shapes {

template <typename T, int N = 4>
class Array {
 public:
  T& operator[](int index);
  const T* data() const;
  static constexpr int size() { return N; }

 private:
  T items_[N];
};

template <typename T>
T clamp(T value, T low, T high);

template <typename... Args>
void log_all(const char* format, Args... args);

template <std::integral T>
T gcd(T a, T b);

template <typename T>
  requires std::floating_point<T>
T lerp(T a, T b, T t);

template <typename T>
using Pair = Array<T, 2>;

template <typename T>
constexpr T pi = T(3.14159);

template <typename T>
struct Numeric {
  T value;
  T half() const
    requires std::floating_point<T>;
};

template <template <typename> class Container, typename T>
struct Wrapped {
  Container<T> inner;
};

}  // namespace shapes
