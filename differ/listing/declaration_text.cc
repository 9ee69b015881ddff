#include "listing/declaration_text.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "describe.h"
#include "listing/macro_text.h"

namespace apicompat {
namespace {

// `type` declaring `name`: `char name[16]`, `void (*name)(int)`,
// `const char *name`, `int name`.
std::string Declarator(const std::string& type, const std::string& name) {
  if (name.empty()) return type;
  for (const char* inner : {"*)", "&)"}) {
    if (size_t at = type.find(inner); at != std::string::npos) {
      return absl::StrCat(type.substr(0, at + 1), name, type.substr(at + 1));
    }
  }
  if (absl::EndsWith(type, "]")) {
    size_t bracket = type.find('[');
    std::string head = type.substr(0, bracket);
    bool glued = absl::EndsWith(head, "*") || absl::EndsWith(head, "&");
    if (absl::EndsWith(head, " ")) head.pop_back();
    return absl::StrCat(head, glued ? "" : " ", name, type.substr(bracket));
  }
  bool glued = absl::EndsWith(type, "*") || absl::EndsWith(type, "&");
  return absl::StrCat(type, glued ? "" : " ", name);
}

// A type whose name cannot simply precede a declarator (a pointer to a
// function or an array): functions returning one use a trailing return.
bool NeedsTrailingReturn(const std::string& type) {
  return absl::StrContains(type, "*)") || absl::StrContains(type, "&)");
}

// Members say their access as a label would; `public:` goes unsaid.
std::string AccessLabel(Access access) {
  if (access == PROTECTED) return "protected: ";
  if (access == PRIVATE) return "private: ";
  return "";
}

std::string TemplateParameterText(const TemplateParameter& param) {
  std::string text;
  switch (param.kind()) {
    case TEMPLATE_TYPE:
      text = param.constraint().empty() ? "typename" : param.constraint();
      break;
    case TEMPLATE_NON_TYPE:
      text = Spelled(param.type());
      if (!param.constraint().empty() && !absl::StrContains(text, param.constraint())) {
        text = absl::StrCat(param.constraint(), " ", text);
      }
      break;
    case TEMPLATE_TEMPLATE:
      text = "template <...> class";
      break;
    default:
      text = "?";
  }
  if (param.is_pack()) absl::StrAppend(&text, "...");
  if (!param.name().empty()) absl::StrAppend(&text, " ", param.name());
  if (param.has_default()) absl::StrAppend(&text, " = ", param.default_text());
  return text;
}

std::string ParameterText(const Parameter& param) {
  std::string text = Declarator(Spelled(param.type()), param.name());
  if (param.has_default()) absl::StrAppend(&text, " = ", param.default_text());
  return text;
}

std::string FunctionSpecifiers(const Decl& decl) {
  const Function& f = decl.function();
  std::string text;
  if (f.is_extern_c()) absl::StrAppend(&text, "extern \"C\" ");
  if (f.is_static()) absl::StrAppend(&text, "static ");
  if (f.is_virtual()) absl::StrAppend(&text, "virtual ");
  if (f.is_explicit()) absl::StrAppend(&text, "explicit ");
  // A deleted function is inline by definition: saying so is noise.
  if (f.is_inline() && !f.is_deleted()) absl::StrAppend(&text, "inline ");
  if (f.is_consteval()) {
    absl::StrAppend(&text, "consteval ");
  } else if (f.is_constexpr()) {
    absl::StrAppend(&text, "constexpr ");
  }
  return text;
}

// What follows the parameter list: qualifiers, noexcept, virt-specifiers,
// `= 0`, `= delete`, `= default`.
std::string FunctionSuffix(const Function& f) {
  std::string text = MethodQualifiers(f);
  if (f.is_noexcept()) absl::StrAppend(&text, " noexcept");
  if (f.is_override()) absl::StrAppend(&text, " override");
  if (f.is_final()) absl::StrAppend(&text, " final");
  if (f.is_pure()) absl::StrAppend(&text, " = 0");
  if (f.is_deleted()) absl::StrAppend(&text, " = delete");
  if (f.is_defaulted()) absl::StrAppend(&text, " = default");
  return text;
}

std::string FunctionBody(const Decl& decl, const std::string& name) {
  const Function& f = decl.function();
  std::vector<std::string> params;
  for (const Parameter& param : f.parameters()) params.push_back(ParameterText(param));
  if (f.is_variadic()) params.push_back("...");
  std::string call = absl::StrCat(name, "(", absl::StrJoin(params, ", "), ")");
  std::string specifiers = absl::StrCat(AccessLabel(decl.access()), FunctionSpecifiers(decl));
  std::string suffix = absl::StrCat(FunctionSuffix(f), ";");
  bool has_return = f.role() == ROLE_FUNCTION || f.role() == ROLE_METHOD;
  if (!has_return) return absl::StrCat(specifiers, call, suffix);
  std::string result = Spelled(f.return_type());
  if (NeedsTrailingReturn(result)) {
    return absl::StrCat(specifiers, "auto ", call, " -> ", result, suffix);
  }
  return absl::StrCat(specifiers, Declarator(result, call), suffix);
}

std::string VariableBody(const Decl& decl, const std::string& name) {
  const Variable& v = decl.variable();
  std::string type = Spelled(v.type());
  std::string text = AccessLabel(decl.access());
  if (v.is_extern_c()) absl::StrAppend(&text, "extern \"C\" ");
  if (v.is_static_member()) absl::StrAppend(&text, "static ");
  if (v.is_constexpr()) {
    absl::StrAppend(&text, "constexpr ");
    // constexpr implies the top-level const that `const int` spells (but
    // not the one of `const char *const`).
    bool compound = type.find_first_of("*&[(") != std::string::npos;
    if (!compound && absl::StartsWith(type, "const ")) type = type.substr(6);
  }
  absl::StrAppend(&text, Declarator(type, name));
  if (!v.value().empty()) absl::StrAppend(&text, " = ", v.value());
  return absl::StrCat(text, ";");
}

std::string BaseText(const Base& base) {
  return absl::StrCat(base.is_virtual() ? "virtual " : "", AccessName(base.access()), " ",
                      Spelled(base.type()));
}

// Size, alignment and what else decides how objects are laid out and
// passed; only known for complete records that are not templates.
std::string RecordFacts(const Decl& decl) {
  const Record& r = decl.record();
  std::vector<std::string> facts;
  if (r.is_complete() && !r.is_template()) {
    facts.push_back(absl::StrCat("size ", r.size_bytes(), ", align ", r.align_bytes()));
    if (r.data_size_bytes() != r.size_bytes()) {
      facts.push_back(absl::StrCat("data size ", r.data_size_bytes()));
    }
    for (const Base& base : r.bases()) {
      if (base.is_virtual() || base.offset_bits() == 0) continue;
      facts.push_back(absl::StrCat("base ", Spelled(base.type()), " at ", base.offset_bits() / 8));
    }
    if (r.is_abstract()) facts.push_back("abstract");
    // Only C++ records know how they are passed (C ones have no special
    // members and are always passed in registers when small enough).
    if (r.has_special_members() && !r.passed_in_registers()) {
      facts.push_back("passed indirectly");
    }
  }
  if (decl.exposed_detail()) facts.push_back("exposed by public declarations");
  return absl::StrJoin(facts, ", ");
}

DeclText RecordHead(const Decl& decl, const std::string& name) {
  const Record& r = decl.record();
  std::string text = absl::StrCat(AccessLabel(decl.access()), RecordKindName(r.record_kind()),
                                  " ", name);
  if (!r.is_complete()) return {{}, absl::StrCat(text, ";"), ""};
  if (r.is_final()) absl::StrAppend(&text, " final");
  std::vector<std::string> bases;
  for (const Base& base : r.bases()) bases.push_back(BaseText(base));
  if (!bases.empty()) absl::StrAppend(&text, " : ", absl::StrJoin(bases, ", "));
  return {{}, absl::StrCat(text, " {"), RecordFacts(decl)};
}

bool IsAnonymous(const std::string& name) { return absl::StartsWith(name, "("); }

DeclText EnumHead(const Decl& decl, const std::string& name) {
  const Enum& e = decl.enum_decl();
  std::string text = absl::StrCat(AccessLabel(decl.access()), "enum");
  if (e.is_scoped()) absl::StrAppend(&text, " class");
  if (!IsAnonymous(name)) absl::StrAppend(&text, " ", name);
  std::string facts;
  if (e.is_fixed()) {
    absl::StrAppend(&text, " : ", Spelled(e.underlying_type()));
  } else {
    facts = absl::StrCat("underlying type ", Spelled(e.underlying_type()));
  }
  return {{}, absl::StrCat(text, " {"), facts};
}

std::string Body(const Decl& decl, const std::string& name) {
  switch (decl.kind()) {
    case FUNCTION: return FunctionBody(decl, name);
    case VARIABLE: return VariableBody(decl, name);
    case TYPEDEF:
      return absl::StrCat(AccessLabel(decl.access()), "using ", name, " = ",
                          Spelled(decl.typedef_decl().target()), ";");
    case MACRO: return MacroText(decl);
    default: return absl::StrCat("// ", decl.id());
  }
}

std::string FieldOffset(const Field& field) {
  if (!field.is_bitfield() && field.offset_bits() % 8 == 0) {
    return absl::StrCat("offset ", field.offset_bits() / 8);
  }
  return absl::StrCat("bit offset ", field.offset_bits());
}

std::string VtableEntryText(const VtableComponent& entry, const std::string& record_name) {
  std::string name = entry.name();
  std::string own = absl::StrCat(record_name, "::");
  if (absl::StartsWith(name, own)) name = name.substr(own.size());
  switch (entry.kind()) {
    case VTABLE_VCALL_OFFSET: return absl::StrCat("vcall-offset ", entry.offset());
    case VTABLE_VBASE_OFFSET: return absl::StrCat("vbase-offset ", entry.offset());
    case VTABLE_OFFSET_TO_TOP: return absl::StrCat("offset-to-top ", entry.offset());
    case VTABLE_RTTI: return entry.name() == record_name ? "rtti" : absl::StrCat("rtti ", name);
    case VTABLE_COMPLETE_DTOR: return absl::StrCat(name, " [complete]");
    case VTABLE_DELETING_DTOR: return absl::StrCat(name, " [deleting]");
    case VTABLE_UNUSED_FUNCTION: return absl::StrCat(name, " [unused]");
    case VTABLE_FUNCTION:
      return absl::StrCat(name, entry.is_pure() ? " = 0" : "", entry.is_deleted() ? " = delete" : "");
    default: return name;
  }
}

}  // namespace

std::string StabilityMark(const Stability& stability) {
  switch (stability.tier()) {
    case INTERNAL: return "[internal]";
    case EXPERIMENTAL: return "[experimental]";
    case DEPRECATED: {
      std::string text = "[[deprecated";
      std::vector<std::string> details;
      if (!stability.since().empty()) details.push_back(absl::StrCat("since ", stability.since()));
      if (!stability.removal().empty()) {
        details.push_back(absl::StrCat("removal ", stability.removal()));
      }
      if (!stability.alternative().empty()) {
        details.push_back(absl::StrCat("use ", stability.alternative()));
      }
      if (!stability.reason().empty()) details.push_back(absl::StrCat("\"", stability.reason(), "\""));
      if (!details.empty()) absl::StrAppend(&text, " ", absl::StrJoin(details, ", "));
      return absl::StrCat(text, "]]");
    }
    default: return "";
  }
}

std::string TemplateHead(const Decl& decl) {
  bool is_template = !decl.template_parameters().empty() ||
                     (decl.kind() == RECORD && decl.record().is_template()) ||
                     (decl.kind() == FUNCTION && decl.function().is_template());
  if (!is_template) return "";
  std::vector<std::string> params;
  for (const TemplateParameter& param : decl.template_parameters()) {
    params.push_back(TemplateParameterText(param));
  }
  std::string head = absl::StrCat("template <", absl::StrJoin(params, ", "), ">");
  if (!decl.requires_clause().empty()) absl::StrAppend(&head, " requires ", decl.requires_clause());
  return head;
}

DeclText DeclarationText(const Decl& decl, const std::string& name, bool mark) {
  DeclText text;
  if (decl.kind() == RECORD) {
    text = RecordHead(decl, name);
  } else if (decl.kind() == ENUM) {
    text = EnumHead(decl, name);
  } else {
    text.body = Body(decl, name);
  }
  std::string head = TemplateHead(decl);
  if (!head.empty()) {
    text.heads.insert(text.heads.begin(), head);
  } else if (!decl.requires_clause().empty()) {
    // A member of a class template constrained on its parameters.
    bool ends = absl::EndsWith(text.body, ";");
    if (ends) text.body.pop_back();
    absl::StrAppend(&text.body, " requires ", decl.requires_clause(), ends ? ";" : "");
  }
  std::string stability = mark ? StabilityMark(decl.stability()) : "";
  if (!stability.empty()) text.heads.insert(text.heads.begin(), stability);
  return text;
}

std::vector<std::string> FieldLines(const Record& record) {
  bool laid_out = record.is_complete() && !record.is_template();
  std::vector<std::string> lines;
  for (const Field& field : record.fields()) {
    std::string line = absl::StrCat(AccessLabel(field.access()), field.is_mutable() ? "mutable " : "",
                                    Declarator(Spelled(field.type()), field.name()));
    if (field.is_bitfield()) absl::StrAppend(&line, " : ", field.bit_width());
    absl::StrAppend(&line, ";");
    std::vector<std::string> facts;
    if (laid_out) facts.push_back(FieldOffset(field));
    if (!field.anonymous_parent().empty()) facts.push_back(absl::StrCat("in ", field.anonymous_parent()));
    if (!facts.empty()) absl::StrAppend(&line, "  // ", absl::StrJoin(facts, ", "));
    lines.push_back(std::move(line));
  }
  return lines;
}

std::vector<std::string> EnumeratorLines(const Enum& enumeration) {
  std::vector<std::string> lines;
  for (const Enumerator& enumerator : enumeration.enumerators()) {
    lines.push_back(absl::StrCat(enumerator.name(), " = ", enumerator.value(), ","));
  }
  return lines;
}

std::vector<std::string> VtableLines(const Record& record, const std::string& record_name) {
  std::vector<std::string> lines;
  for (const VtableComponent& entry : record.vtable()) {
    lines.push_back(VtableEntryText(entry, record_name));
  }
  return lines;
}

std::vector<std::string> DeletedImplicitMembers(const Record& record, const std::string& name) {
  const SpecialMembers& members = record.special_members();
  const std::pair<const SpecialMember*, std::string> kinds[] = {
      {&members.default_constructor(), absl::StrCat(name, "()")},
      {&members.copy_constructor(), absl::StrCat(name, "(const ", name, " &)")},
      {&members.move_constructor(), absl::StrCat(name, "(", name, " &&)")},
      {&members.copy_assignment(), absl::StrCat(name, " &operator=(const ", name, " &)")},
      {&members.move_assignment(), absl::StrCat(name, " &operator=(", name, " &&)")},
      {&members.destructor(), absl::StrCat("~", name, "()")},
  };
  std::vector<std::string> lines;
  for (const auto& [member, declaration] : kinds) {
    if (member->origin() == SPECIAL_IMPLICIT && member->is_deleted()) {
      lines.push_back(absl::StrCat("implicit ", declaration, " = delete;"));
    }
  }
  return lines;
}

}  // namespace apicompat
