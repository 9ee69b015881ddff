// Witnesses for classes: a class deriving and overriding, type traits that
// held for the baseline, and the compiler's vtable layout.
#include "absl/strings/str_cat.h"
#include "describe.h"
#include "witness/generators.h"
#include "witness/spelling.h"

namespace apicompat {
namespace {

// The record a finding is about: the declaration itself, or a method's class.
const Decl* SubjectRecord(const WitnessSubject& subject) {
  const Decl* decl = subject.before != nullptr ? subject.before : subject.after;
  if (decl == nullptr) return nullptr;
  if (decl->kind() == RECORD) return subject.before;
  return OwnerRecord(*decl, subject);
}

std::string Traits(absl::string_view trait, const Decl& record, const WitnessSubject& subject,
                   bool holds = true) {
  return StaticAssert(absl::StrCat(holds ? "" : "!", "std::", trait, "<",
                                   record.qualified_name(), ">::value"), subject);
}

Generated TraitWitness(absl::string_view trait, const Decl& record, const WitnessSubject& subject,
                       bool holds) {
  WitnessPlan plan;
  plan.code = absl::StrCat("#include <type_traits>\n", Traits(trait, record, subject, holds));
  return Planned(std::move(plan));
}

// `R name(A...) const override;` as a class deriving from the method's
// class declares it.
std::string OverrideDeclaration(const Decl& method, const WitnessSubject& subject) {
  const Function& function = method.function();
  std::string name = LastComponent(method.qualified_name());
  std::string head = function.role() == ROLE_METHOD
                         ? absl::StrCat(TypeName(function.return_type(), subject), " ", name)
                         : name;
  std::string out = absl::StrCat("  ", head, "(", ParameterList(method, subject), ")",
                                 MethodQualifiers(function));
  if (function.is_noexcept()) absl::StrAppend(&out, " noexcept");
  return absl::StrCat(out, " override;\n");
}

bool Derivable(const Decl* record) {
  return record != nullptr && record->kind() == RECORD && !record->record().is_final() &&
         record->record().record_kind() != UNION;
}

// Whether code outside the class can use the special member.
bool Usable(const SpecialMember& member) {
  return member.origin() != SPECIAL_NOT_DECLARED && !member.is_deleted() &&
         member.access() == PUBLIC;
}

// Moves fall back to copies when no move member is declared.
bool UsableMove(const SpecialMember& move, const SpecialMember& copy) {
  return Usable(move) || (move.origin() == SPECIAL_NOT_DECLARED && Usable(copy));
}

}  // namespace

Generated OverrideWitness(const WitnessSubject& subject) {
  const Decl& method = *subject.before;
  const Decl* record = OwnerRecord(method, subject);
  if (method.kind() != FUNCTION || !method.function().is_virtual()) {
    return NoWitness("the baseline's method is not virtual");
  }
  if (!Derivable(record)) return NoWitness("its class cannot be derived from");
  WitnessPlan plan;
  plan.code = absl::StrCat("struct witness : ", record->qualified_name(), " {\n",
                           OverrideDeclaration(method, subject), "};\n");
  return Planned(std::move(plan));
}

Generated VirtualityWitness(const WitnessSubject& subject) {
  if (subject.before->function().is_virtual()) return OverrideWitness(subject);
  return VtableWitness(subject);
}

Generated VtableWitness(const WitnessSubject& subject) {
  const Decl* record = SubjectRecord(subject);
  if (!Derivable(record)) return NoWitness("the class cannot be derived from to emit its vtable");
  WitnessPlan plan;
  plan.code = absl::StrCat("struct witness : ", record->qualified_name(),
                           " {\n  virtual void witness_key();\n};\n"
                           "void witness::witness_key() {}\n");
  plan.expectation = Expectation::kDumpDiffers;
  plan.dump_flag = "-fdump-vtable-layouts";
  return Planned(std::move(plan));
}

Generated AbstractWitness(const WitnessSubject& subject) {
  const Decl* record = SubjectRecord(subject);
  if (record == nullptr || record->kind() != RECORD) return NoWitness("its class is not in the baseline");
  if (!record->record().is_abstract()) return TraitWitness("is_abstract", *record, subject, false);
  if (!Derivable(record)) return NoWitness("the abstract class cannot be derived from");
  // A class implementing every pure virtual of the baseline.
  std::string body;
  for (const VtableComponent& component : record->record().vtable()) {
    if (component.kind() != VTABLE_FUNCTION || !component.is_pure()) continue;
    const Decl* method = BaselineDecl(absl::StrCat("function:", component.name()), subject);
    if (method == nullptr) return NoWitness(absl::StrCat("pure virtual ", component.name(), " not found"));
    absl::StrAppend(&body, OverrideDeclaration(*method, subject));
  }
  WitnessPlan plan;
  plan.code = absl::StrCat("#include <type_traits>\nstruct witness : ", record->qualified_name(),
                           " {\n", body, "};\n",
                           StaticAssert("!std::is_abstract<witness>::value", subject));
  return Planned(std::move(plan));
}

Generated FinalWitness(const WitnessSubject& subject) {
  WitnessPlan plan;
  plan.code = absl::StrCat("struct witness : ", subject.before->qualified_name(), " {};\n");
  return Planned(std::move(plan));
}

Generated PolymorphicWitness(const WitnessSubject& subject) {
  return TraitWitness("is_polymorphic", *subject.before, subject,
                      subject.before->record().is_polymorphic());
}

Generated SpecialMemberWitness(const WitnessSubject& subject) {
  if (subject.after == nullptr || subject.after->kind() != RECORD) return NoWitness("no current class");
  const SpecialMembers& was = subject.before->record().special_members();
  const SpecialMembers& now = subject.after->record().special_members();
  struct Lost {
    const char* trait;
    bool before, after;
  } lost[] = {
      {"is_default_constructible", Usable(was.default_constructor()), Usable(now.default_constructor())},
      {"is_copy_constructible", Usable(was.copy_constructor()), Usable(now.copy_constructor())},
      {"is_move_constructible", UsableMove(was.move_constructor(), was.copy_constructor()),
       UsableMove(now.move_constructor(), now.copy_constructor())},
      {"is_copy_assignable", Usable(was.copy_assignment()), Usable(now.copy_assignment())},
      {"is_move_assignable", UsableMove(was.move_assignment(), was.copy_assignment()),
       UsableMove(now.move_assignment(), now.copy_assignment())},
      {"is_destructible", Usable(was.destructor()), Usable(now.destructor())},
  };
  WitnessPlan plan;
  plan.code = "#include <type_traits>\n";
  bool any = false;
  for (const Lost& member : lost) {
    if (!member.before || member.after) continue;
    absl::StrAppend(&plan.code, Traits(member.trait, *subject.before, subject));
    any = true;
  }
  if (!any) return NoWitness("the snapshots name no special member usable before and not now");
  return Planned(std::move(plan));
}

Generated CallingConventionWitness(const WitnessSubject& subject) {
  const Record& was = subject.before->record();
  if (subject.after == nullptr || subject.after->kind() != RECORD) return NoWitness("no current class");
  const Record& now = subject.after->record();
  if (was.is_trivially_copyable() != now.is_trivially_copyable()) {
    return TraitWitness("is_trivially_copyable", *subject.before, subject, was.is_trivially_copyable());
  }
  bool trivial_destructor = was.special_members().destructor().is_trivial();
  if (trivial_destructor != now.special_members().destructor().is_trivial()) {
    return TraitWitness("is_trivially_destructible", *subject.before, subject, trivial_destructor);
  }
  return NoWitness("no standard trait tells how the class is passed");
}

Generated BaseClassWitness(const WitnessSubject& subject) {
  const Decl& record = *subject.before;
  WitnessPlan plan;
  plan.code = "#include <type_traits>\n";
  for (const Base& base : record.record().bases()) {
    absl::StrAppend(&plan.code, StaticAssert(absl::StrCat("std::is_convertible<", record.qualified_name(),
                                                          "*, ", TypeName(base.type(), subject), "*>::value"),
                                             subject));
  }
  if (subject.after == nullptr) return Planned(std::move(plan));
  // The same bases: what changed is where they are.
  for (const Base& base : record.record().bases()) {
    bool kept = false;
    for (const Base& other : subject.after->record().bases()) {
      kept = kept || other.type().canonical() == base.type().canonical();
    }
    if (!kept) return Planned(std::move(plan));
  }
  return RecordLayoutDump(record, subject, /*decisive=*/false);
}

}  // namespace apicompat
