// Witnesses for record layouts: compile-time assertions of the baseline's
// size, alignment and field offsets, and uses of its fields.
#include "absl/strings/str_cat.h"
#include "witness/generators.h"
#include "witness/spelling.h"

namespace apicompat {
namespace {

Generated Assertion(absl::string_view condition, absl::string_view header,
                    const WitnessSubject& subject) {
  WitnessPlan plan;
  plan.code = absl::StrCat(header, StaticAssert(condition, subject));
  return Planned(std::move(plan));
}

const Field* FindField(const Decl& record, absl::string_view name) {
  for (const Field& field : record.record().fields()) {
    if (field.name() == name) return &field;
  }
  return nullptr;
}

// `offsetof(T, f) == N`, for a field that is no bit-field.
Generated OffsetAssertion(const Decl& record, const Field& field, const WitnessSubject& subject) {
  if (field.is_bitfield()) return RecordLayoutDump(record, subject, /*decisive=*/true);
  return Assertion(absl::StrCat("offsetof(", UserTypeName(record, subject), ", ", field.name(),
                                ") == ", field.offset_bits() / 8),
                   "#include <stddef.h>\n", subject);
}

Generated SizeAssertion(const Decl& record, const WitnessSubject& subject) {
  return Assertion(absl::StrCat("sizeof(", UserTypeName(record, subject), ") == ",
                                record.record().size_bytes()),
                   "", subject);
}

bool HasLayout(const Decl* decl) {
  return decl != nullptr && decl->kind() == RECORD && decl->record().is_complete() &&
         !decl->record().is_template();
}

}  // namespace

Generated SizeWitness(const WitnessSubject& subject) {
  if (!HasLayout(subject.before)) return NoWitness("the baseline's record has no layout");
  return SizeAssertion(*subject.before, subject);
}

Generated AlignmentWitness(const WitnessSubject& subject) {
  if (!HasLayout(subject.before)) return NoWitness("the baseline's record has no layout");
  const Decl& record = *subject.before;
  return Assertion(absl::StrCat(subject.is_c ? "_Alignof(" : "alignof(",
                                UserTypeName(record, subject), ") == ", record.record().align_bytes()),
                   "", subject);
}

Generated FieldOffsetWitness(const WitnessSubject& subject) {
  if (!HasLayout(subject.before)) return NoWitness("the baseline's record has no layout");
  const Field* field = FindField(*subject.before, LastComponent(subject.finding->decl()));
  if (field == nullptr) return RecordLayoutDump(*subject.before, subject, /*decisive=*/true);
  return OffsetAssertion(*subject.before, *field, subject);
}

// A layout change (a field added, a private one removed) shows in the
// size, else in a public field that moved, else only in the compiler's
// record layout.
Generated LayoutWitness(const WitnessSubject& subject) {
  if (!HasLayout(subject.before) || !HasLayout(subject.after)) {
    return NoWitness("the record has no layout in both versions");
  }
  const Record& was = subject.before->record();
  if (was.size_bytes() != subject.after->record().size_bytes()) return SizeAssertion(*subject.before, subject);
  for (const Field& field : was.fields()) {
    const Field* now = FindField(*subject.after, field.name());
    if (now != nullptr && now->offset_bits() != field.offset_bits() && field.access() == PUBLIC) {
      return OffsetAssertion(*subject.before, field, subject);
    }
  }
  return RecordLayoutDump(*subject.before, subject, /*decisive=*/false);
}

Generated FieldUseWitness(const WitnessSubject& subject) {
  if (subject.before->kind() != RECORD) return NoWitness("not a record's field");
  std::string name = LastComponent(subject.finding->decl());
  const Field* field = FindField(*subject.before, name);
  // User code never named a private field: what breaks is the layout.
  if (field != nullptr && field->access() != PUBLIC && field->access() != ACCESS_NONE) {
    return LayoutWitness(subject);
  }
  WitnessPlan plan;
  plan.code = absl::StrCat("void witness(", UserTypeName(*subject.before, subject),
                           "* object) {\n  (void)object->", name, ";\n}\n");
  return Planned(std::move(plan));
}

Generated FieldTypeWitness(const WitnessSubject& subject) {
  if (subject.before->kind() != RECORD) return NoWitness("not a record's field");
  const Field* field = FindField(*subject.before, LastComponent(subject.finding->decl()));
  if (field == nullptr) return NoWitness("the baseline's record has no such field");
  std::string record = UserTypeName(*subject.before, subject);
  std::string type = TypeName(field->type(), subject);
  if (subject.is_c) {
    return Assertion(absl::StrCat("__builtin_types_compatible_p(__typeof__(((", record, "*)0)->",
                                  field->name(), "), ", type, ")"),
                     "", subject);
  }
  return Assertion(absl::StrCat("std::is_same<decltype(", record, "::", field->name(), "), ", type,
                                ">::value"),
                   "#include <type_traits>\n", subject);
}

}  // namespace apicompat
