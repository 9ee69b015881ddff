#pragma once

#include <memory>
#include <type_traits>

template <bool>
struct Check {};

// `!std::is_same<U, T>::value` is a UnaryOperator in a translation unit
// that declared no operator! before including this header, and an
// overloaded-operator call in one that did (abseil's NoDestructor): both
// record it alike, so the merge sees one declaration.
template <class T>
struct Box {
  template <class U, Check<!std::is_same<U, T>::value>* = nullptr>
  Box(U) {}
  template <class U, Check<~sizeof(U) != 0>* = nullptr>
  void put(U) {}
};

// `*ptr` and `&value.x` likewise (abseil's RawPtr, in memory.h).
template <class T>
auto RawPtr(T&& ptr) -> decltype(std::addressof(*ptr)) {
  return std::addressof(*ptr);
}
template <class T>
auto AddressOfX(T&& value) -> decltype(&value.x) {
  return &value.x;
}
