#include "describe.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace apicompat {

std::string Spelled(const Type& type) {
  return type.spelling().empty() ? type.canonical() : type.spelling();
}

std::pair<std::string, std::string> ShownApart(const Type& before, const Type& after) {
  std::string was = Spelled(before), now = Spelled(after);
  if (was == now && before.canonical() != after.canonical()) {
    return {before.canonical(), after.canonical()};
  }
  return {was, now};
}

std::string Signature(const Decl& function) {
  const Function& facts = function.function();
  std::vector<std::string> params;
  for (const Parameter& param : facts.parameters()) params.push_back(Spelled(param.type()));
  if (facts.is_variadic()) params.push_back("...");
  return absl::StrCat(function.qualified_name(), "(", absl::StrJoin(params, ", "), ")",
                      MethodQualifiers(facts));
}

std::string MethodQualifiers(const Function& function) {
  std::string out;
  if (function.is_const()) absl::StrAppend(&out, " const");
  if (function.is_volatile()) absl::StrAppend(&out, " volatile");
  if (function.ref_qualifier() == REF_LVALUE) absl::StrAppend(&out, " &");
  if (function.ref_qualifier() == REF_RVALUE) absl::StrAppend(&out, " &&");
  return out;
}

std::string DescribeParameter(const Function& function, int index) {
  const std::string& name = function.parameters(index).name();
  return name.empty() ? absl::StrCat("parameter ", index + 1)
                      : absl::StrCat("parameter ", index + 1, " '", name, "'");
}

std::string TierName(Tier tier) {
  switch (tier) {
    case STABLE: return "stable";
    case INTERNAL: return "internal";
    case EXPERIMENTAL: return "experimental";
    case DEPRECATED: return "deprecated";
    default: return "unknown";
  }
}

std::string AccessName(Access access) {
  switch (access) {
    case PUBLIC: return "public";
    case PROTECTED: return "protected";
    case PRIVATE: return "private";
    default: return "";
  }
}

bool AccessReduced(Access before, Access after) {
  // ACCESS_NONE (not a member) never changes into a member access.
  return before != ACCESS_NONE && after != ACCESS_NONE && after > before;
}

std::string RecordKindName(RecordKind kind) {
  switch (kind) {
    case STRUCT: return "struct";
    case CLASS: return "class";
    case UNION: return "union";
    default: return "record";
  }
}

}  // namespace apicompat
