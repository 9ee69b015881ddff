// Dependent template ids (`typename X::template y<Z>`): a type class of their
// own before Clang 22, a template specialization from 22.
#pragma once
#include <memory>
#include <string>

namespace dep {

struct Widget {};
template <typename T> struct Outer {
  template <typename U> struct Inner { using type = U; };
};

template <typename T> typename T::template rebind<Widget>::other rebound(T);
template <typename T> typename T::template rebind<int> template_id(T);
template <typename T> void two_arguments(typename T::template X<std::string, Widget>);
template <typename T> void inside_name(typename T::type::template Y<int>::Z);
template <typename T> typename Outer<T>::template Inner<Widget>::type dependent_outer(T);
// Clang 19 spelled this one `template template Inner` as written.
template <typename T> typename Outer<Widget>::template Inner<T>::type known_outer(T);
template <typename T>
using Allocator = typename std::allocator_traits<std::allocator<T>>::template rebind_alloc<Widget>;

template <typename T> struct Container {
  typename T::template rebind<int>::other get() const;
  template <typename U> using other = typename T::template rebind<U>::other;
};

}  // namespace dep
