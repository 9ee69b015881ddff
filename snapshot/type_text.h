// One spelling of the expressions inside type texts, shared by the
// collector (which prints them so) and the differ (which respells the texts
// of snapshots written before the collector did).
#ifndef APICOMPAT_SNAPSHOT_TYPE_TEXT_H_
#define APICOMPAT_SNAPSHOT_TYPE_TEXT_H_

#include <string>

namespace apicompat {

// Clang prints a prefix operator as `!x` in a UnaryOperator but `! x` in a
// CXXOperatorCallExpr, which a dependent operand becomes when the TU has
// declared any overload of it before (abseil: `!std::is_same<U, T>::value`
// in a template argument, `decltype(std::addressof(*ptr))`). One spelling
// for both, so that translation units agree: the space after a prefix `!`,
// `~`, `-`, `+`, `*` or `&` (one that follows nothing, an opening bracket, a
// comma or another prefix operator) goes. String literals are left alone.
// A declarator's `*` or `&` never has a space after it in Clang's types
// (`int *`, `void (*)(int)`, `int (&)[3]`), nor follows an opening bracket
// with one.
std::string WithoutPrefixOperatorSpace(std::string text);

}  // namespace apicompat

#endif  // APICOMPAT_SNAPSHOT_TYPE_TEXT_H_
