/* apicompat stability marks: the portable header library users include.
 *
 *   APICOMPAT_INTERNAL_API      int helper(int);        not part of the API
 *   APICOMPAT_EXPERIMENTAL_API  int preview(int);       may change any time
 *   APICOMPAT_DEPRECATED("1.0", "2.0", "train_v2", "faster")
 *                               int train(int);          scheduled for removal
 *
 * Place a mark before a function or variable declaration, or after the
 * class-key / `enum` keyword of a type: `class APICOMPAT_INTERNAL_API Cache`.
 *
 * A mark on a class or namespace covers everything declared inside it, and a
 * mark on one opening of a namespace covers its other openings too. Place it
 * after the namespace's name: `namespace cache APICOMPAT_INTERNAL_API {`
 * works on every Clang (14..22) and on GCC; before the name
 * (`namespace APICOMPAT_INTERNAL_API cache {`) Clang 14 rejects it. With the
 * plugin loaded, `namespace [[apicompat::internal_api]] cache {` (C++17) and
 * `namespace cache __attribute__((internal_api)) {` work as well (checked
 * with Clang 19). A nested definition (`namespace a::b`) takes no
 * attributes: open the namespace to be marked on its own.
 *
 * On Clang the marks are `annotate` attributes, which every Clang accepts
 * without the plugin and which the apicompat plugin reads from the AST. Other
 * compilers see nothing except the standard deprecation attribute, so the
 * header compiles silently with -Wall -Wextra -Werror everywhere, in C and
 * C++.
 */
#ifndef APICOMPAT_ATTRIBUTES_H_
#define APICOMPAT_ATTRIBUTES_H_

#if defined(__clang__)
#define APICOMPAT_ANNOTATE_(...) __attribute__((annotate(__VA_ARGS__)))
#else
#define APICOMPAT_ANNOTATE_(...)
#endif

#if defined(__GNUC__) || defined(__clang__)
#define APICOMPAT_DEPRECATED_ATTR_(msg) __attribute__((deprecated(msg)))
#elif defined(_MSC_VER)
#define APICOMPAT_DEPRECATED_ATTR_(msg) __declspec(deprecated(msg))
#else
#define APICOMPAT_DEPRECATED_ATTR_(msg)
#endif

#define APICOMPAT_INTERNAL_API APICOMPAT_ANNOTATE_("apicompat::internal_api")
#define APICOMPAT_EXPERIMENTAL_API \
  APICOMPAT_ANNOTATE_("apicompat::experimental_api")

/* The four fields travel as the annotation's extra arguments (constant
 * string expressions, which Clang keeps on the attribute). */
#define APICOMPAT_DEPRECATED(since, removal, alternative, reason)         \
  APICOMPAT_ANNOTATE_("apicompat::deprecated", since, removal,            \
                      alternative, reason)                                \
  APICOMPAT_DEPRECATED_ATTR_("deprecated since " since ", removal in "    \
                             removal ": use " alternative " (" reason ")")

#endif /* APICOMPAT_ATTRIBUTES_H_ */
