// C++20 lets a dependent name in a declaration go without `typename`.
#pragma once

namespace dep {

template <typename T> T::value_type implicit(const T&);
template <typename T> concept HasType = requires { typename T::type; };
template <typename T> requires HasType<T> typename T::type constrained(T);

}  // namespace dep
