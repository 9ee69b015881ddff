// Witnesses for types, enumerators, macros and variables: a use of what was
// removed, and assertions of the baseline's types and values.
#include <algorithm>
#include <cstdint>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "witness/generators.h"
#include "witness/spelling.h"

namespace apicompat {
namespace {

// `std::is_same<A, B>::value`, or its C counterpart.
std::string SameType(absl::string_view a, absl::string_view b, const WitnessSubject& subject) {
  return subject.is_c ? absl::StrCat("__builtin_types_compatible_p(", a, ", ", b, ")")
                      : absl::StrCat("std::is_same<", a, ", ", b, ">::value");
}

Generated AssertPlan(absl::string_view condition, const WitnessSubject& subject) {
  WitnessPlan plan;
  plan.code = absl::StrCat(subject.is_c ? "" : "#include <type_traits>\n",
                           StaticAssert(condition, subject));
  return Planned(std::move(plan));
}

// How code names enumerator `name` of `enumeration`.
std::string EnumeratorName(const Decl& enumeration, absl::string_view name, bool is_c) {
  if (is_c) return std::string(name);
  if (enumeration.enum_decl().is_scoped()) return absl::StrCat(enumeration.qualified_name(), "::", name);
  std::string scope = EnclosingScope(enumeration.qualified_name());
  return scope.empty() ? std::string(name) : absl::StrCat(scope, "::", name);
}

// An integer literal (decimal) that fits long long or unsigned long long.
std::string IntegerCast(absl::string_view value) {
  int64_t signed_value;
  if (absl::SimpleAtoi(value, &signed_value)) {
    // The most negative value has no literal of its own.
    if (signed_value == INT64_MIN) return "(long long)(-9223372036854775807LL - 1)";
    return absl::StrCat("(long long)", value);
  }
  return absl::StrCat("(unsigned long long)", value, "ULL");
}

bool IsIntegerText(absl::string_view value) {
  absl::ConsumePrefix(&value, "-");
  return !value.empty() && std::all_of(value.begin(), value.end(), absl::ascii_isdigit);
}

}  // namespace

Generated TypeUseWitness(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  if (decl.kind() == RECORD && decl.record().is_template()) {
    return NoWitness("a class template is named only with template arguments");
  }
  if (decl.kind() == ENUM && absl::StrContains(decl.qualified_name(), "(anonymous")) {
    return NoWitness("an anonymous enum has no name to use");
  }
  std::string name = UserTypeName(decl, subject);
  if (subject.is_c && decl.kind() != TYPEDEF) {
    // Naming a tag in C declares it: only a complete one shows.
    if (decl.kind() == RECORD && !decl.record().is_complete()) {
      return NoWitness("in C an incomplete struct is declared by naming it");
    }
    return AssertPlan(absl::StrCat("sizeof(", name, ") > 0"), subject);
  }
  WitnessPlan plan;
  plan.code = absl::StrCat("typedef ", name, " witness_type;\n");
  return Planned(std::move(plan));
}

Generated RecordKindWitness(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  if (subject.is_c && UserTypeName(decl, subject) == decl.qualified_name()) {
    return NoWitness("the C union or struct is named by a typedef");
  }
  const char* tag = decl.record().record_kind() == UNION ? "union" : "struct";
  WitnessPlan plan;
  plan.code = absl::StrCat(tag, " ", decl.qualified_name(), "* witness;\n");
  return Planned(std::move(plan));
}

Generated EnumScopeWitness(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  const Enum& enumeration = decl.enum_decl();
  if (enumeration.enumerators().empty()) return NoWitness("the enum has no enumerator");
  const std::string& first = enumeration.enumerators(0).name();
  if (!enumeration.is_scoped()) {
    // An unscoped enumerator is named in the enclosing scope and converts to int.
    WitnessPlan plan;
    plan.code = absl::StrCat("int witness = ", EnumeratorName(decl, first, false), ";\n");
    return Planned(std::move(plan));
  }
  // A scoped one leaves the enclosing namespace's names free.
  std::string scope = EnclosingScope(decl.qualified_name());
  if (OwnerRecord(decl, subject) != nullptr) return NoWitness("the enum is a class member");
  WitnessPlan plan;
  plan.code = scope.empty() ? absl::StrCat("int ", first, "();\n")
                            : absl::StrCat("namespace ", scope, " {\nint ", first, "();\n}\n");
  return Planned(std::move(plan));
}

Generated UnderlyingTypeWitness(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  std::string old_type = TypeName(decl.enum_decl().underlying_type(), subject);
  if (subject.is_c) {
    return AssertPlan(SameType(UserTypeName(decl, subject), old_type, subject), subject);
  }
  return AssertPlan(SameType(absl::StrCat("std::underlying_type<", decl.qualified_name(), ">::type"),
                             old_type, subject),
                    subject);
}

Generated TypedefTargetWitness(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  if (!decl.template_parameters().empty()) return NoWitness("an alias template");
  return AssertPlan(SameType(decl.qualified_name(), TypeName(decl.typedef_decl().target(), subject), subject),
                    subject);
}

Generated EnumeratorWitness(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  std::string name = LastComponent(subject.finding->decl());
  for (const Enumerator& enumerator : decl.enum_decl().enumerators()) {
    if (enumerator.name() != name) continue;
    std::string value = IntegerCast(enumerator.value());
    std::string cast = value.substr(0, value.find(')') + 1);
    return AssertPlan(absl::StrCat(cast, EnumeratorName(decl, name, subject.is_c), " == ", value),
                      subject);
  }
  return NoWitness(absl::StrCat("the baseline has no enumerator ", name));
}

Generated EnumValuesWitness(const WitnessSubject& subject) {
  const Decl* enumeration = subject.before;
  if (enumeration == nullptr || subject.after == nullptr || subject.after->kind() != ENUM) {
    return NoWitness("the enum is not in both versions");
  }
  std::string conditions;
  for (const Enumerator& was : enumeration->enum_decl().enumerators()) {
    for (const Enumerator& now : subject.after->enum_decl().enumerators()) {
      if (now.name() != was.name() || now.value() == was.value()) continue;
      std::string value = IntegerCast(was.value());
      absl::StrAppend(&conditions, conditions.empty() ? "" : " && ",
                      value.substr(0, value.find(')') + 1),
                      EnumeratorName(*enumeration, was.name(), subject.is_c), " == ", value);
    }
  }
  if (conditions.empty()) return NoWitness("no enumerator of the baseline changed its value");
  return AssertPlan(conditions, subject);
}

// Naming a specialization with the baseline's parameter kinds: `int` for
// a type, `0` for a value.
Generated TemplateWitness(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  bool function = decl.kind() == FUNCTION;
  std::string arguments;
  for (const TemplateParameter& parameter : decl.template_parameters()) {
    if (parameter.kind() == TEMPLATE_TEMPLATE) return NoWitness("a template template parameter");
    if (parameter.is_pack() || (function && parameter.has_default())) break;
    absl::StrAppend(&arguments, arguments.empty() ? "" : ", ",
                    parameter.kind() == TEMPLATE_TYPE ? "int" : "0");
  }
  WitnessPlan plan;
  // A function template's address with the arguments its defaults did not
  // give; a class or alias template's specialization named.
  plan.code = function ? absl::StrCat("auto witness = &", decl.qualified_name(), "<", arguments, ">;\n")
                       : absl::StrCat("typedef ", decl.qualified_name(), "<", arguments,
                                      "> witness_type;\n");
  plan.decisive = false;  // other arguments may tell the versions apart
  return Planned(std::move(plan));
}

Generated MacroWitness(const WitnessSubject& subject) {
  const std::string& name = subject.before->qualified_name();
  WitnessPlan plan;
  plan.code = absl::StrCat("#ifndef ", name, "\n#error \"", name, " is not defined\"\n#endif\n");
  return Planned(std::move(plan));
}

Generated MacroParametersWitness(const WitnessSubject& subject) {
  const Macro& macro = subject.before->macro();
  const std::string& name = subject.before->qualified_name();
  std::string stringify = "#define witness_string_(...) #__VA_ARGS__\n"
                          "#define witness_string(...) witness_string_(__VA_ARGS__)\n";
  if (!macro.is_function_like()) {
    // Written without parentheses it expands, unless it became function-like.
    WitnessPlan plan;
    plan.code = absl::StrCat(stringify, StaticAssert(absl::StrCat("sizeof(witness_string(", name,
                                                                  ")) != sizeof(\"", name, "\")"),
                                                     subject));
    return Planned(std::move(plan));
  }
  std::string arguments;
  for (int i = 0; i < macro.parameters_size(); ++i) absl::StrAppend(&arguments, i ? ", " : "", "0");
  WitnessPlan plan;
  // Expanded inside a string: the arguments must fit, whatever the macro means.
  plan.code = absl::StrCat(stringify, "const char* witness = witness_string(", name, "(",
                           arguments, "));\n");
  plan.decisive = false;  // an object-like macro takes any parenthesized text
  return Planned(std::move(plan));
}

Generated VariableWitness(const WitnessSubject& subject) {
  WitnessPlan plan;
  plan.code = absl::StrCat("const void* witness(void) {\n  return &", subject.before->qualified_name(),
                           ";\n}\n");
  return Planned(std::move(plan));
}

Generated VariableTypeWitness(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  std::string type = subject.is_c ? absl::StrCat("__typeof__(", decl.qualified_name(), ")")
                                  : absl::StrCat("decltype(", decl.qualified_name(), ")");
  return AssertPlan(SameType(type, TypeName(decl.variable().type(), subject), subject), subject);
}

Generated ConstantValueWitness(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  if (subject.is_c) return NoWitness("a C constant variable is no constant expression");
  if (!IsIntegerText(decl.variable().value())) {
    return NoWitness("only integer constants are compared at compile time");
  }
  return AssertPlan(absl::StrCat(decl.qualified_name(), " == ", IntegerCast(decl.variable().value())),
                    subject);
}

Generated RemovalWitness(const WitnessSubject& subject) {
  switch (subject.before->kind()) {
    case FUNCTION:
      return AddressWitness(subject);
    case RECORD:
    case ENUM:
    case TYPEDEF:
      return TypeUseWitness(subject);
    case VARIABLE:
      return VariableWitness(subject);
    case MACRO:
      return MacroWitness(subject);
    default:
      return NoWitness("no use shows the removal of a namespace");
  }
}

}  // namespace apicompat
