// Templates: class, function, alias and variable templates, non-type and
// template template parameters, packs, defaults, constraints (C++20).
#ifndef COMP_TEMPLATES_H
#define COMP_TEMPLATES_H

namespace comp {

template <typename T>
concept Numeric = requires(T value) { value + value; };

template <typename T, int N = 4>
class Array {
 public:
  T& at(int index);
  const T& at(int index) const;
  static constexpr int size() { return N; }

 private:
  T items_[N];
};

template <typename K, typename V, template <typename> class Alloc>
struct Table;

template <typename... Args>
int count_args(Args&&... args);

template <Numeric T>
T twice(T value) {
  return value + value;
}

template <typename T>
  requires(sizeof(T) <= 8)
T small_copy(const T& value);

template <typename T>
using Pair = Array<T, 2>;

template <typename T>
inline constexpr bool is_small_v = sizeof(T) <= 8;

// Instantiated: a concrete type with a layout.
using IntArray = Array<int, 8>;

struct Registry {
  template <typename T>
  void add(const T& item);
  template <typename T>
  static T* find(const char* name);
};

}  // namespace comp

#endif  // COMP_TEMPLATES_H
