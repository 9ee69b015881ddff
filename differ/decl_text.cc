#include "decl_text.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "describe.h"

namespace apicompat {
namespace {

std::string TemplateHead(const Decl& decl) {
  if (decl.template_parameters().empty()) return "";
  std::vector<std::string> params;
  for (const TemplateParameter& param : decl.template_parameters()) {
    std::string text;
    switch (param.kind()) {
      case TEMPLATE_NON_TYPE: text = Spelled(param.type()); break;
      case TEMPLATE_TEMPLATE: text = "template <class> class"; break;
      default: text = param.constraint().empty() ? "typename" : param.constraint(); break;
    }
    if (param.is_pack()) absl::StrAppend(&text, "...");
    if (!param.name().empty()) absl::StrAppend(&text, " ", param.name());
    if (param.has_default()) absl::StrAppend(&text, " = ", param.default_text());
    params.push_back(std::move(text));
  }
  std::string head = absl::StrCat("template <", absl::StrJoin(params, ", "), ">\n");
  if (!decl.requires_clause().empty()) {
    absl::StrAppend(&head, "  requires ", decl.requires_clause(), "\n");
  }
  return head;
}

// `int x`, `const Point &a`, `char *name`: as Clang prints declarations.
std::string Declarator(const std::string& type, const std::string& name) {
  if (name.empty()) return type;
  bool tight = !type.empty() && (type.back() == '*' || type.back() == '&');
  return absl::StrCat(type, tight ? "" : " ", name);
}

std::string AccessPrefix(const Decl& decl) {
  std::string access = AccessName(decl.access());
  return access.empty() ? "" : absl::StrCat(access, ": ");
}

std::string FunctionText(const Decl& decl) {
  const Function& f = decl.function();
  std::string out = absl::StrCat(TemplateHead(decl), AccessPrefix(decl));
  if (f.is_extern_c()) absl::StrAppend(&out, "extern \"C\" ");
  if (f.is_static()) absl::StrAppend(&out, "static ");
  if (f.is_virtual()) absl::StrAppend(&out, "virtual ");
  if (f.is_inline()) absl::StrAppend(&out, "inline ");
  if (f.is_consteval()) absl::StrAppend(&out, "consteval ");
  if (f.is_constexpr()) absl::StrAppend(&out, "constexpr ");
  if (f.is_explicit()) absl::StrAppend(&out, "explicit ");
  bool has_return = f.role() == ROLE_FUNCTION || f.role() == ROLE_METHOD;
  if (has_return) absl::StrAppend(&out, Spelled(f.return_type()), " ");
  std::vector<std::string> params;
  for (const Parameter& param : f.parameters()) {
    std::string text = Declarator(Spelled(param.type()), param.name());
    if (param.has_default()) absl::StrAppend(&text, " = ", param.default_text());
    params.push_back(std::move(text));
  }
  if (f.is_variadic()) params.push_back("...");
  absl::StrAppend(&out, decl.qualified_name(), "(", absl::StrJoin(params, ", "), ")");
  if (f.is_const()) absl::StrAppend(&out, " const");
  if (f.is_volatile()) absl::StrAppend(&out, " volatile");
  if (f.ref_qualifier() == REF_LVALUE) absl::StrAppend(&out, " &");
  if (f.ref_qualifier() == REF_RVALUE) absl::StrAppend(&out, " &&");
  if (f.is_noexcept()) absl::StrAppend(&out, " noexcept");
  if (f.is_override()) absl::StrAppend(&out, " override");
  if (f.is_final()) absl::StrAppend(&out, " final");
  if (f.is_pure()) absl::StrAppend(&out, " = 0");
  if (f.is_deleted()) absl::StrAppend(&out, " = delete");
  if (f.is_defaulted()) absl::StrAppend(&out, " = default");
  return absl::StrCat(out, ";");
}

std::string FieldText(const Field& field) {
  std::string out = absl::StrCat("  ", field.is_mutable() ? "mutable " : "",
                                 Declarator(Spelled(field.type()), field.name()));
  if (field.is_bitfield()) absl::StrAppend(&out, " : ", field.bit_width());
  absl::StrAppend(&out, ";  // offset ", field.offset_bits() / 8);
  if (field.offset_bits() % 8 != 0) absl::StrAppend(&out, " + ", field.offset_bits() % 8, " bits");
  if (field.access() != PUBLIC && field.access() != ACCESS_NONE) {
    absl::StrAppend(&out, ", ", AccessName(field.access()));
  }
  return out;
}

std::string RecordText(const Decl& decl) {
  const Record& r = decl.record();
  std::string out =
      absl::StrCat(TemplateHead(decl), AccessPrefix(decl), RecordKindName(r.record_kind()), " ",
                   decl.qualified_name(), r.is_final() ? " final" : "");
  std::vector<std::string> bases;
  for (const Base& base : r.bases()) {
    bases.push_back(absl::StrCat(AccessName(base.access()), base.is_virtual() ? " virtual " : " ",
                                 Spelled(base.type())));
  }
  if (!bases.empty()) absl::StrAppend(&out, " : ", absl::StrJoin(bases, ", "));
  if (!r.is_complete()) return absl::StrCat(out, ";  // incomplete");
  absl::StrAppend(&out, " {\n");
  for (const Field& field : r.fields()) absl::StrAppend(&out, FieldText(field), "\n");
  for (const VtableComponent& entry : r.vtable()) {
    if (entry.kind() == VTABLE_FUNCTION) {
      absl::StrAppend(&out, "  // virtual ", entry.name(), entry.is_pure() ? " = 0" : "", "\n");
    }
  }
  absl::StrAppend(&out, "};");
  if (!r.is_template()) {
    absl::StrAppend(&out, "  // size ", r.size_bytes(), ", align ", r.align_bytes());
  }
  return out;
}

std::string EnumText(const Decl& decl) {
  const Enum& e = decl.enum_decl();
  std::string out = absl::StrCat(AccessPrefix(decl), "enum ", e.is_scoped() ? "class " : "",
                                 decl.qualified_name());
  if (e.is_fixed()) absl::StrAppend(&out, " : ", Spelled(e.underlying_type()));
  absl::StrAppend(&out, " {\n");
  for (const Enumerator& enumerator : e.enumerators()) {
    absl::StrAppend(&out, "  ", enumerator.name(), " = ", enumerator.value(), ",\n");
  }
  return absl::StrCat(out, "};");
}

std::string VariableText(const Decl& decl) {
  const Variable& v = decl.variable();
  std::string out = AccessPrefix(decl);
  if (v.is_extern_c()) absl::StrAppend(&out, "extern \"C\" ");
  if (v.is_static_member()) absl::StrAppend(&out, "static ");
  if (v.is_constexpr()) absl::StrAppend(&out, "constexpr ");
  absl::StrAppend(&out, Declarator(Spelled(v.type()), decl.qualified_name()));
  if (!v.value().empty()) absl::StrAppend(&out, " = ", v.value());
  return absl::StrCat(out, ";");
}

std::string MacroText(const Decl& decl) {
  const Macro& m = decl.macro();
  std::string out = absl::StrCat("#define ", decl.qualified_name());
  if (m.is_function_like()) {
    std::vector<std::string> params(m.parameters().begin(), m.parameters().end());
    if (m.is_variadic()) params.push_back("...");
    absl::StrAppend(&out, "(", absl::StrJoin(params, ", "), ")");
  }
  if (!m.replacement().empty()) absl::StrAppend(&out, " ", m.replacement());
  return out;
}

}  // namespace

std::string DeclarationText(const Decl& decl) {
  switch (decl.kind()) {
    case FUNCTION: return FunctionText(decl);
    case RECORD: return RecordText(decl);
    case ENUM: return EnumText(decl);
    case TYPEDEF:
      return absl::StrCat(TemplateHead(decl), AccessPrefix(decl), "using ", decl.qualified_name(),
                          " = ", Spelled(decl.typedef_decl().target()), ";");
    case VARIABLE: return VariableText(decl);
    case NAMESPACE:
      return absl::StrCat(decl.namespace_decl().is_inline() ? "inline " : "", "namespace ",
                          decl.qualified_name(), " { ... }");
    case MACRO: return MacroText(decl);
    default: return decl.qualified_name();
  }
}

}  // namespace apicompat
