// Witnesses for functions: the address taken as the baseline's exact type,
// a call with the baseline's arguments, copy-initialization.
#include "absl/strings/str_cat.h"
#include "witness/generators.h"
#include "witness/spelling.h"

namespace apicompat {
namespace {

bool IsMember(const Function& function) {
  return function.role() != ROLE_FUNCTION && !function.is_static();
}

// `static_assert(std::is_constructible<C, A...>::value)`: constructors have
// no address; another constructor may accept the arguments, so it does not
// refute.
Generated ConstructibleWitness(const Decl& constructor, const WitnessSubject& subject) {
  std::string arguments = EnclosingScope(constructor.qualified_name());
  for (const Parameter& parameter : constructor.function().parameters()) {
    absl::StrAppend(&arguments, ", ", TypeName(parameter.type()));
  }
  WitnessPlan plan;
  plan.code = absl::StrCat("#include <type_traits>\n",
                           StaticAssert(absl::StrCat("std::is_constructible<", arguments,
                                                     ">::value"), subject));
  plan.decisive = false;
  return Planned(std::move(plan));
}

// Why the baseline's function cannot be shown by its address, or "".
std::string AddressProblem(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  if (decl.kind() != FUNCTION) return "the declaration is not a function";
  const Function& function = decl.function();
  if (function.is_template()) return "a function template has no address without template arguments";
  if (function.is_deleted()) return "the function was deleted in the baseline";
  if (function.role() == ROLE_DESTRUCTOR) return "a destructor has no address";
  return "";
}

}  // namespace

Generated AddressWitness(const WitnessSubject& subject) {
  if (std::string problem = AddressProblem(subject); !problem.empty()) return NoWitness(problem);
  const Decl& decl = *subject.before;
  const Function& function = decl.function();
  if (function.role() == ROLE_CONSTRUCTOR) return ConstructibleWitness(decl, subject);
  if (subject.finding->rule() == "function-noexcept-changed" &&
      (!function.is_noexcept() || subject.standard_year < 2017)) {
    return NoWitness("noexcept is part of a function's type only from C++17, and only its loss breaks");
  }
  WitnessPlan plan;
  plan.code = FunctionTypedef(decl, subject, "witness_type");
  if (IsMember(function)) {
    absl::StrAppend(&plan.code, "witness_type ", EnclosingScope(decl.qualified_name()),
                    "::* witness = &", decl.qualified_name(), ";\n");
  } else {
    absl::StrAppend(&plan.code, "witness_type* witness = &", decl.qualified_name(), ";\n");
  }
  return Planned(std::move(plan));
}

Generated CallWitness(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  if (decl.kind() != FUNCTION || decl.function().is_template()) {
    return NoWitness("a call needs a function that is not a template");
  }
  const Function& function = decl.function();
  size_t required = 0;
  while (required < static_cast<size_t>(function.parameters_size()) &&
         !function.parameters(required).has_default()) {
    ++required;
  }
  std::string scope = EnclosingScope(decl.qualified_name());
  std::string arguments = ForwardedArguments(decl, subject, required);
  std::string parameters = ParameterList(decl, required);
  std::string call;
  if (function.role() == ROLE_CONSTRUCTOR) {
    call = required == 0 ? absl::StrCat(scope, " object;\n  (void)object")
                         : absl::StrCat(scope, " object(", arguments, ");\n  (void)object");
  } else if (IsMember(function)) {
    parameters = absl::StrCat(scope, function.ref_qualifier() == REF_RVALUE ? "&& self" : "& self",
                              parameters.empty() ? "" : ", ", parameters);
    std::string self = function.ref_qualifier() == REF_RVALUE
                           ? absl::StrCat("static_cast<", scope, "&&>(self)")
                           : "self";
    call = absl::StrCat(self, ".", LastComponent(decl.qualified_name()), "(", arguments, ")");
  } else {
    call = absl::StrCat(decl.qualified_name(), "(", arguments, ")");
  }
  WitnessPlan plan;
  plan.code = absl::StrCat("void witness(", parameters, ") {\n  ", call, ";\n}\n");
  plan.decisive = false;  // another overload may take the arguments
  return Planned(std::move(plan));
}

Generated ConstexprWitness(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  if (decl.kind() != FUNCTION || IsMember(decl.function()) ||
      decl.function().role() == ROLE_CONSTRUCTOR || decl.function().is_template()) {
    return NoWitness("constant evaluation is shown for functions and static methods only");
  }
  std::string arguments;
  for (const Parameter& parameter : decl.function().parameters()) {
    absl::StrAppend(&arguments, arguments.empty() ? "" : ", ", TypeName(parameter.type()), "{}");
  }
  WitnessPlan plan;
  plan.code = StaticAssert(absl::StrCat("(", decl.qualified_name(), "(", arguments, "), true)"),
                           subject);
  plan.decisive = false;  // value-initialized arguments may not be constant-evaluable
  return Planned(std::move(plan));
}

Generated ExplicitWitness(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  if (decl.kind() != FUNCTION || decl.function().role() != ROLE_CONSTRUCTOR ||
      decl.function().is_template()) {
    return NoWitness("copy-initialization is shown for constructors that are not templates");
  }
  WitnessPlan plan;
  plan.code = absl::StrCat("void witness(", ParameterList(decl), ") {\n  ",
                           EnclosingScope(decl.qualified_name()), " object = {",
                           ForwardedArguments(decl, subject), "};\n  (void)object;\n}\n");
  return Planned(std::move(plan));
}

}  // namespace apicompat
