// Human-readable renderings of snapshot facts for finding messages.
#ifndef APICOMPAT_DIFFER_DESCRIBE_H_
#define APICOMPAT_DIFFER_DESCRIBE_H_

#include <string>
#include <utility>

#include "apicompat/snapshot.pb.h"

namespace apicompat {

// As written in the header when known, else canonical.
std::string Spelled(const Type& type);
// Two versions of a type as a finding shows them: as spelled, or canonical
// where the spellings are the same (a typedef whose target changed:
// "'size_t (*)(void *)' instead of 'size_t (*)(void *, size_t)'", not
// "'HashSlotFn' instead of 'HashSlotFn'").
std::pair<std::string, std::string> ShownApart(const Type& before, const Type& after);
// `ns::f(int, const char *) const`
std::string Signature(const Decl& function);
// What follows a method's parameter list: " const volatile &&" (each part
// only when it has it); empty for a function without qualifiers.
std::string MethodQualifiers(const Function& function);
// `parameter 2 'height'` (1-based; the name only when it has one)
std::string DescribeParameter(const Function& function, int index);
std::string TierName(Tier tier);
// "public", "protected", "private"; empty outside classes.
std::string AccessName(Access access);
// public -> protected or private, protected -> private.
bool AccessReduced(Access before, Access after);
// "struct", "class", "union".
std::string RecordKindName(RecordKind kind);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_DESCRIBE_H_
