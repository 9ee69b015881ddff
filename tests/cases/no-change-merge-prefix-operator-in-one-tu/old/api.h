#pragma once

#include <type_traits>

// `!std::is_same<U, T>::value` is a UnaryOperator in a translation unit
// that declared no operator! before including this header, and an
// overloaded-operator call in one that did (abseil's Box constructors):
// both record it alike, so the merge sees one declaration.
template <class T>
struct Box {
  template <class U, typename std::enable_if<!std::is_same<U, T>::value, int>::type = 0>
  Box(U) {}
  template <class U, typename std::enable_if<~sizeof(U) != 0, int>::type = 0>
  void put(U) {}
};
