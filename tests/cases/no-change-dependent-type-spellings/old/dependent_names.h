// Dependent names (`typename X<...>::y`) in every position the collector
// records: Clang 19 and 22 spell their canonical types differently unless
// the collector prints them itself (scripts/test-cross-clang).
#pragma once
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

namespace dep {

struct Item { int x; };
namespace inner {
struct Thing {};
template <typename T> struct Holder { using type = T; };
}  // namespace inner
template <typename A, typename B> struct Pair {
  using first_type = A;
  template <typename U> struct rebind { using other = U; };
};

// The reproducer: a constructor constrained by a default template argument.
template <typename T> struct Box {
  template <typename U, typename std::enable_if<!std::is_same<U, T>::value, int>::type = 0>
  Box(U) {}
};
template <typename T> typename std::enable_if<std::is_integral<T>::value, T>::type twice(T);
template <typename T> typename T::value_type first(const T&);

// Parameter and return types, also inside pointers, references, arrays,
// function types, member pointers and pack expansions.
template <typename T> void by_pointer(typename T::value_type*);
template <typename T> void by_references(const typename T::value_type&, typename T::type&&);
template <typename T> typename inner::Holder<T>::type held(T);
template <typename T> typename Pair<inner::Thing, T>::first_type scoped_argument(T);
template <typename T> typename Pair<std::string, T>::first_type specialization_argument(T);
template <typename T> typename Pair<std::vector<T>, T>::first_type template_id_argument(T);
template <typename T> typename Pair<void (*)(std::string), T>::first_type function_argument(T);
template <typename T> typename Pair<T, char>::template rebind<std::string>::other rebind_argument(T);
template <typename T> std::vector<typename T::value_type> as_argument(T);
template <typename T> void callback(void (*)(typename T::type));
template <typename T> void method_callback(typename T::type (T::*)() const);
template <typename T> typename T::type::nested nested(T);
template <typename T> typename std::vector<T>::size_type size_of(T);
template <typename T, typename U>
void common(typename std::common_type<T, U>::type const volatile*);
template <typename... Ts> void each(typename Ts::type...);
template <typename T> typename T::type (&array(T))[3];
template <typename T> typename T::type T::*member(T);
template <typename T> typename ::dep::inner::Holder<T>::type global(T);
template <typename T> void elaborated(struct T::tag*);

// Template parameters: types and defaults.
template <typename T, typename = typename T::type> void defaulted(T);
template <typename T, typename T::value_type N> void value_of_dependent_type(T);

// Typedefs, fields and bases of class templates.
template <typename T> struct Members {
  using value = typename T::value_type;
  typedef typename inner::Holder<T>::type held;
  typename T::value_type field;
  typename std::enable_if<std::is_class<T>::value, T>::type* pointer;
  typename Members<T>::value again();
  void take(typename Members::held);
};
template <typename T> struct Derived : T::base {};
template <typename T, typename Alloc = std::allocator<T>> class Vec {
 public:
  using traits = std::allocator_traits<Alloc>;
  using pointer = typename traits::pointer;
  typename Vec::pointer begin();
  static typename std::allocator_traits<Alloc>::size_type max_size();
  static constexpr typename traits::size_type kMax = 10;

 private:
  pointer begin_;
};
template <typename T> constexpr typename std::make_unsigned<T>::type kMask = 0;
template <typename T> using Alias = typename std::remove_reference<T>::type;

}  // namespace dep
