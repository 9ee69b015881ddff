#include "witness/spelling.h"

#include <regex>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "describe.h"

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

namespace {

// A C type spelled without its tag ("imgio_status" for enum imgio_status),
// with the tag put back where the baseline has no typedef of that name.
std::string WithCTags(const std::string& spelled, const WitnessSubject& subject) {
  static const std::regex kIdentifier("[A-Za-z_][A-Za-z_0-9]*");
  std::string out;
  std::string previous;
  auto last = spelled.cbegin();
  for (std::sregex_iterator it(spelled.begin(), spelled.end(), kIdentifier), end; it != end; ++it) {
    std::string word = it->str();
    out.append(last, spelled.cbegin() + it->position());
    last = spelled.cbegin() + it->position() + it->length();
    bool tagged = previous == "struct" || previous == "union" || previous == "enum";
    const Decl* named = nullptr;
    for (const Decl& decl : subject.baseline->decls()) {
      if (decl.qualified_name() != word) continue;
      if (decl.kind() == TYPEDEF) named = nullptr;
      if (decl.kind() == TYPEDEF) break;
      if (decl.kind() == RECORD || decl.kind() == ENUM) named = &decl;
    }
    out += !tagged && named != nullptr ? UserTypeName(*named, subject) : word;
    previous = word;
  }
  out.append(last, spelled.cend());
  return out;
}

}  // namespace

std::string TypeName(const Type& type, const WitnessSubject& subject) {
  std::string name = subject.is_c ? WithCTags(type.canonical(), subject) : type.canonical();
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

std::string ParameterTypes(const Function& function, const WitnessSubject& subject) {
  std::vector<std::string> types;
  for (const Parameter& parameter : function.parameters()) {
    types.push_back(TypeName(parameter.type(), subject));
  }
  if (function.is_variadic()) types.push_back("...");
  if (types.empty() && subject.is_c) types.push_back("void");
  return absl::StrJoin(types, ", ");
}

}  // namespace

std::string FunctionTypedef(const Decl& decl, const WitnessSubject& subject,
                            absl::string_view name) {
  const Function& function = decl.function();
  std::string out = absl::StrCat("typedef ", TypeName(function.return_type(), subject), " ", name, "(",
                                 ParameterTypes(function, subject), ")");
  if (function.role() != ROLE_FUNCTION && !function.is_static()) {
    absl::StrAppend(&out, MethodQualifiers(function));
  }
  if (function.is_noexcept() && subject.standard_year >= 2017) absl::StrAppend(&out, " noexcept");
  return absl::StrCat(out, ";\n");
}

std::string ParameterList(const Decl& decl, const WitnessSubject& subject, size_t count) {
  std::vector<std::string> parameters;
  const auto& list = decl.function().parameters();
  for (int i = 0; i < list.size() && static_cast<size_t>(i) < count; ++i) {
    parameters.push_back(absl::StrCat(TypeName(list[i].type(), subject), " a", i));
  }
  return absl::StrJoin(parameters, ", ");
}

std::string ForwardedArguments(const Decl& decl, const WitnessSubject& subject, size_t count) {
  std::vector<std::string> arguments;
  const auto& list = decl.function().parameters();
  for (int i = 0; i < list.size() && static_cast<size_t>(i) < count; ++i) {
    std::string name = absl::StrCat("a", i);
    std::string type = TypeName(list[i].type(), subject);
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
