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

// Constructors have no address: a construction with the old parameter
// types, whose code (-S -emit-llvm) calls the old constructor's symbol. It
// fails to compile once no constructor takes the arguments; an implicit
// constructor now taking them shows in the symbols.
Generated ConstructionWitness(const Decl& constructor, const WitnessSubject& subject) {
  WitnessPlan plan;
  std::string type = EnclosingScope(constructor.qualified_name());
  std::string arguments = ForwardedArguments(constructor, subject);
  plan.code = absl::StrCat("void witness(", ParameterList(constructor, subject), ") {\n  ", type,
                           arguments.empty() ? " object;" : absl::StrCat(" object(", arguments, ");"),
                           "\n  (void)object;\n}\n");
  plan.expectation = Expectation::kDumpDiffers;
  plan.dump_flag = kSymbolDump;
  plan.decisive = false;  // another constructor may take the arguments
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

bool SameParameterTypes(const Decl& a, const Decl& b) {
  const auto& left = a.function().parameters();
  const auto& right = b.function().parameters();
  if (left.size() != right.size()) return false;
  for (int i = 0; i < left.size(); ++i) {
    if (left[i].type().canonical() != right[i].type().canonical()) return false;
  }
  return true;
}

}  // namespace

Generated AddressWitness(const WitnessSubject& subject) {
  if (std::string problem = AddressProblem(subject); !problem.empty()) return NoWitness(problem);
  const Decl& decl = *subject.before;
  const Function& function = decl.function();
  if (function.role() == ROLE_CONSTRUCTOR) return ConstructionWitness(decl, subject);
  if (subject.finding->rule() == "parameter-reordered" && subject.after != nullptr &&
      subject.after->kind() == FUNCTION && SameParameterTypes(decl, *subject.after)) {
    return NoWitness("parameters of the same types swapped: the calls still compile, with "
                     "another meaning");
  }
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
  std::string parameters = ParameterList(decl, subject, required);
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
    absl::StrAppend(&arguments, arguments.empty() ? "" : ", ", TypeName(parameter.type(), subject), "{}");
  }
  WitnessPlan plan;
  plan.code = StaticAssert(absl::StrCat("(", decl.qualified_name(), "(", arguments, "), true)"),
                           subject);
  plan.decisive = false;  // value-initialized arguments may not be constant-evaluable
  return Planned(std::move(plan));
}

// An implicit conversion through the conversion function.
Generated ImplicitConversionWitness(const Decl& decl, const WitnessSubject& subject) {
  const Function& function = decl.function();
  WitnessPlan plan;
  plan.code = absl::StrCat("void witness(", function.is_const() ? "const " : "",
                           EnclosingScope(decl.qualified_name()), "& object) {\n  ",
                           TypeName(function.return_type(), subject),
                           " converted = object;\n  (void)converted;\n}\n");
  return Planned(std::move(plan));
}

Generated ExplicitWitness(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  if (decl.kind() == FUNCTION && decl.function().role() == ROLE_CONVERSION) {
    return ImplicitConversionWitness(decl, subject);
  }
  if (decl.kind() != FUNCTION || decl.function().role() != ROLE_CONSTRUCTOR ||
      decl.function().is_template()) {
    return NoWitness("copy-initialization is shown for constructors that are not templates");
  }
  WitnessPlan plan;
  plan.code = absl::StrCat("void witness(", ParameterList(decl, subject), ") {\n  ",
                           EnclosingScope(decl.qualified_name()), " object = {",
                           ForwardedArguments(decl, subject), "};\n  (void)object;\n}\n");
  return Planned(std::move(plan));
}

// `std::declval<A>()...` for the parameters.
std::string DeclvalArguments(const Decl& decl, const WitnessSubject& subject) {
  std::string arguments;
  for (const Parameter& parameter : decl.function().parameters()) {
    absl::StrAppend(&arguments, arguments.empty() ? "" : ", ", "std::declval<",
                    TypeName(parameter.type(), subject), ">()");
  }
  return arguments;
}

Generated NoexceptWitness(const WitnessSubject& subject) {
  const Decl& decl = *subject.before;
  if (decl.kind() != FUNCTION || decl.function().is_template()) return NoWitness("not a function");
  const Function& function = decl.function();
  if (!function.is_noexcept()) {
    // Added to a virtual: overriders without it no longer compile.
    if (function.is_virtual()) return OverrideWitness(subject);
    return NoWitness("only the loss of noexcept breaks callers");
  }
  std::string scope = EnclosingScope(decl.qualified_name());
  std::string condition;
  if (function.role() == ROLE_CONSTRUCTOR) {
    std::string types = scope;
    for (const Parameter& parameter : function.parameters()) {
      absl::StrAppend(&types, ", ", TypeName(parameter.type(), subject));
    }
    condition = absl::StrCat("std::is_nothrow_constructible<", types, ">::value");
  } else if (function.role() == ROLE_DESTRUCTOR) {
    condition = absl::StrCat("std::is_nothrow_destructible<", scope, ">::value");
  } else {
    std::string object =
        function.ref_qualifier() == REF_RVALUE
            ? absl::StrCat("std::declval<", function.is_const() ? "const " : "", scope, ">()")
            : absl::StrCat("std::declval<", function.is_const() ? "const " : "", scope, "&>()");
    std::string callee = IsMember(function)
                             ? absl::StrCat(object, ".", LastComponent(decl.qualified_name()))
                             : decl.qualified_name();
    condition = absl::StrCat("noexcept(", callee, "(", DeclvalArguments(decl, subject), "))");
  }
  WitnessPlan plan;
  plan.code = absl::StrCat("#include <type_traits>\n#include <utility>\n",
                           StaticAssert(condition, subject));
  plan.decisive = false;  // overload resolution may pick another function
  return Planned(std::move(plan));
}

namespace {

// Whether `decl` is declared in namespace `space`. Snapshots name the
// members of an inline namespace without it: then a function's symbol
// tells, and a record is taken to be in it when declared after its start
// in its file.
bool DeclaredIn(const Decl& decl, const Decl& space) {
  if (!space.namespace_decl().is_inline()) {
    return EnclosingScope(decl.qualified_name()) == space.qualified_name();
  }
  if (EnclosingScope(decl.qualified_name()) != EnclosingScope(space.qualified_name())) return false;
  std::string component = LastComponent(space.qualified_name());
  std::string mangled = absl::StrCat(component.size(), component);
  for (const std::string& symbol : decl.mangled_names()) {
    if (symbol.find(mangled) != std::string::npos) return true;
  }
  return decl.kind() == RECORD && decl.location().file() == space.location().file() &&
         decl.location().line() > space.location().line();
}

// A free function, else a record, of namespace `space`, with a symbol.
const Decl* SymbolIn(const Decl& space, const WitnessSubject& subject) {
  const Decl* record = nullptr;
  for (const Decl& decl : subject.baseline->decls()) {
    if (!DeclaredIn(decl, space)) continue;
    if (decl.kind() == FUNCTION && decl.function().role() == ROLE_FUNCTION &&
        !decl.function().is_template() && !decl.mangled_names().empty()) {
      return &decl;
    }
    if (record == nullptr && decl.kind() == RECORD && !decl.record().is_template()) record = &decl;
  }
  return record;
}

WitnessPlan SymbolPlan(std::string code) {
  WitnessPlan plan;
  plan.code = std::move(code);
  plan.expectation = Expectation::kDumpDiffers;
  plan.dump_flag = kSymbolDump;
  plan.decisive = false;
  return plan;
}

// The symbols the witness's code refers to or defines: what the compiler
// emits for it (-S -emit-llvm), compared between the versions. A function's
// address, or a function taking a pointer to a type (its mangled name
// spells the type's).
Generated SymbolsOf(const Decl& decl, const std::string& name, const WitnessSubject& subject) {
  if (decl.kind() != FUNCTION) return Planned(SymbolPlan(absl::StrCat("void witness(", name, "*) {}\n")));
  std::string code = FunctionTypedef(decl, subject, "witness_type");
  if (IsMember(decl.function())) {
    absl::StrAppend(&code, "witness_type ", EnclosingScope(name), "::* witness = &", name, ";\n");
  } else {
    absl::StrAppend(&code, "witness_type* witness = &", name, ";\n");
  }
  return Planned(SymbolPlan(std::move(code)));
}

// The baseline's namespace a finding about a namespace is about: its own,
// or for one added the inline namespace it replaced.
const Decl* BaselineNamespace(const WitnessSubject& subject) {
  if (subject.before != nullptr) return subject.before;
  if (subject.after == nullptr) return nullptr;
  std::string scope = EnclosingScope(subject.after->qualified_name());
  for (const Decl& decl : subject.baseline->decls()) {
    if (decl.kind() == NAMESPACE && decl.namespace_decl().is_inline() &&
        EnclosingScope(decl.qualified_name()) == scope) {
      return &decl;
    }
  }
  return nullptr;
}

Generated NamespaceSymbols(const Decl& space, const WitnessSubject& subject) {
  const Decl* member = SymbolIn(space, subject);
  if (member == nullptr) return NoWitness("the namespace has no function or class to show");
  // Snapshots, like users, name what an inline namespace holds without it.
  return SymbolsOf(*member, member->qualified_name(), subject);
}

}  // namespace

Generated SymbolWitness(const WitnessSubject& subject) {
  const Decl* decl = subject.before;
  if (decl == nullptr || decl->kind() == NAMESPACE) {
    const Decl* space = BaselineNamespace(subject);
    if (space == nullptr) return NoWitness("the namespace is not in the baseline");
    return NamespaceSymbols(*space, subject);
  }
  // A type as the finding names it (the baseline's typedef name).
  if (decl->kind() != FUNCTION) return SymbolsOf(*decl, subject.finding->decl(), subject);
  if (std::string problem = AddressProblem(subject); !problem.empty()) return NoWitness(problem);
  if (decl->function().role() == ROLE_CONSTRUCTOR) return ConstructionWitness(*decl, subject);
  return SymbolsOf(*decl, decl->qualified_name(), subject);
}

}  // namespace apicompat
