#include "witness/spelling.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace apicompat {

std::vector<std::string> NameComponents(absl::string_view qualified) {
  std::vector<std::string> parts;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < qualified.size(); ++i) {
    char c = qualified[i];
    if (c == '<' || c == '(' || c == '[') ++depth;
    if (c == '>' || c == ')' || c == ']') --depth;
    if (depth == 0 && c == ':' && i + 1 < qualified.size() && qualified[i + 1] == ':') {
      parts.emplace_back(qualified.substr(start, i - start));
      start = i + 2;
      ++i;
    }
  }
  parts.emplace_back(qualified.substr(start));
  return parts;
}

std::string EnclosingScope(absl::string_view qualified) {
  std::vector<std::string> parts = NameComponents(qualified);
  parts.pop_back();
  return absl::StrJoin(parts, "::");
}

std::string LastComponent(absl::string_view qualified) { return NameComponents(qualified).back(); }

std::string TypeName(const Type& type) {
  const std::string& name = type.canonical();
  bool needs_wrap = absl::StrContains(name, '(') || absl::StrContains(name, '[');
  return needs_wrap ? absl::StrCat("__typeof__(", name, ")") : name;
}

std::string UserTypeName(const Decl& decl, const WitnessSubject& subject) {
  if (!subject.is_c || decl.kind() == TYPEDEF) return decl.qualified_name();
  for (const Decl& other : subject.baseline->decls()) {
    if (other.kind() == TYPEDEF && other.qualified_name() == decl.qualified_name()) {
      return decl.qualified_name();
    }
  }
  const char* tag = decl.kind() == ENUM                           ? "enum"
                    : decl.record().record_kind() == UNION ? "union"
                                                                  : "struct";
  return absl::StrCat(tag, " ", decl.qualified_name());
}

std::string StaticAssert(absl::string_view condition, const WitnessSubject& subject) {
  return absl::StrCat(subject.is_c ? "_Static_assert(" : "static_assert(", condition, ", \"\");\n");
}

namespace {

std::string ParameterTypes(const Function& function, bool is_c) {
  std::vector<std::string> types;
  for (const Parameter& parameter : function.parameters()) types.push_back(TypeName(parameter.type()));
  if (function.is_variadic()) types.push_back("...");
  if (types.empty() && is_c) types.push_back("void");
  return absl::StrJoin(types, ", ");
}

std::string MethodQualifiers(const Function& function) {
  std::string out;
  if (function.is_const()) absl::StrAppend(&out, " const");
  if (function.is_volatile()) absl::StrAppend(&out, " volatile");
  if (function.ref_qualifier() == REF_LVALUE) absl::StrAppend(&out, " &");
  if (function.ref_qualifier() == REF_RVALUE) absl::StrAppend(&out, " &&");
  return out;
}

}  // namespace

std::string FunctionTypedef(const Decl& decl, const WitnessSubject& subject,
                            absl::string_view name) {
  const Function& function = decl.function();
  std::string out = absl::StrCat("typedef ", TypeName(function.return_type()), " ", name, "(",
                                 ParameterTypes(function, subject.is_c), ")");
  if (function.role() != ROLE_FUNCTION && !function.is_static()) {
    absl::StrAppend(&out, MethodQualifiers(function));
  }
  if (function.is_noexcept() && subject.standard_year >= 2017) absl::StrAppend(&out, " noexcept");
  return absl::StrCat(out, ";\n");
}

std::string ParameterList(const Decl& decl, size_t count) {
  std::vector<std::string> parameters;
  const auto& list = decl.function().parameters();
  for (int i = 0; i < list.size() && static_cast<size_t>(i) < count; ++i) {
    parameters.push_back(absl::StrCat(TypeName(list[i].type()), " a", i));
  }
  return absl::StrJoin(parameters, ", ");
}

std::string ForwardedArguments(const Decl& decl, const WitnessSubject& subject, size_t count) {
  std::vector<std::string> arguments;
  const auto& list = decl.function().parameters();
  for (int i = 0; i < list.size() && static_cast<size_t>(i) < count; ++i) {
    std::string name = absl::StrCat("a", i);
    std::string type = TypeName(list[i].type());
    if (subject.is_c || (absl::EndsWith(type, "&") && !absl::EndsWith(type, "&&"))) {
      arguments.push_back(name);
    } else if (absl::EndsWith(type, "&&")) {
      arguments.push_back(absl::StrCat("static_cast<", type, ">(", name, ")"));
    } else {
      arguments.push_back(absl::StrCat("static_cast<", type, "&&>(", name, ")"));
    }
  }
  return absl::StrJoin(arguments, ", ");
}

}  // namespace apicompat
