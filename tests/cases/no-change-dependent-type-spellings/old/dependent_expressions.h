// Expressions in dependent types: Clang 21+ names a non-type template
// parameter there `value-parameter-D-I` where Clang 19 uses its name, and
// Clang 22 scopes the names in their qualifiers differently.
#pragma once
#include <array>
#include <cstddef>
#include <type_traits>

namespace dep {

namespace traits {
struct Flag { static constexpr bool value = true; };
template <typename T> struct Trait { static constexpr bool value = true; };
}  // namespace traits
template <typename T> struct Wrap { using type = T; };

template <int N> std::array<int, N + 1> one_more(int);
template <int N> void constant(std::integral_constant<int, N>);
template <int N> void array_bound(int (&)[N]);
template <int N> void comparison(std::integral_constant<bool, (N > 2)>);
template <int N, typename std::enable_if<(N > 2), int>::type = 0> void large();
template <int N> typename Wrap<std::integral_constant<int, N>>::type wrapped();
template <typename T, int N> typename std::enable_if<(N > 2), typename T::type>::type both(T);
template <typename T> void trait(std::integral_constant<bool, std::is_same<T, int>::value>);
template <typename T>
void dependent_trait(std::integral_constant<bool, std::is_same<typename T::type, traits::Flag>::value>);
template <typename T> void nothrow(T) noexcept(std::is_nothrow_copy_constructible<typename T::type>::value);
template <typename T> void size_bound(int (&)[sizeof(typename T::type)]);
template <typename T> void declared(decltype(typename T::type{}));
template <typename T> void flag(std::integral_constant<bool, traits::Flag::value && sizeof(T) != 0>);
template <typename T> void scoped_trait(std::integral_constant<bool, traits::Trait<T>::value>);
template <typename T> void variable_template(std::integral_constant<bool, std::is_same_v<T, traits::Flag>>);
template <typename T, std::size_t N> void array_argument(std::integral_constant<bool, traits::Trait<T[N]>::value>);
template <typename T> void global_trait(std::integral_constant<bool, ::dep::traits::Trait<T>::value>);
template <typename T>
void cast(std::integral_constant<int, static_cast<int>(sizeof(typename T::type))>);

}  // namespace dep
