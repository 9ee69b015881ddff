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
 * On Clang the marks are `annotate` attributes, which every Clang accepts
 * without the plugin and which the apicompat plugin reads from the AST. Other
 * compilers see nothing except the standard deprecation attribute, so the
 * header compiles silently with -Wall -Wextra -Werror everywhere, in C and
 * C++. Arguments are joined into one string because plugin-side parsing of
 * extra annotate arguments differs across Clang versions.
 */
#ifndef APICOMPAT_ATTRIBUTES_H_
#define APICOMPAT_ATTRIBUTES_H_

#if defined(__clang__)
#define APICOMPAT_ANNOTATE_(text) __attribute__((annotate(text)))
#else
#define APICOMPAT_ANNOTATE_(text)
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

/* The annotation is "apicompat::deprecated" followed by the four fields,
 * each introduced by the ASCII unit separator (0x1f), which cannot appear in
 * source text by accident. */
#define APICOMPAT_DEPRECATED(since, removal, alternative, reason)         \
  APICOMPAT_ANNOTATE_("apicompat::deprecated\x1f" since "\x1f" removal   \
                      "\x1f" alternative "\x1f" reason)                   \
  APICOMPAT_DEPRECATED_ATTR_("deprecated since " since ", removal in "    \
                             removal ": use " alternative " (" reason ")")

#endif /* APICOMPAT_ATTRIBUTES_H_ */
