#include "record_diff.h"

#include "absl/container/flat_hash_map.h"
#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace apicompat {
namespace {

// Messages name at most this many shifted fields.
constexpr size_t kMaxListed = 6;

std::string DescribeShifts(const Record& before, const Record& after) {
  FieldMatch match = MatchFields(before, after);
  std::vector<std::string> moves;
  for (const FieldPair& pair : match.kept) {
    if (pair.before->offset_bits() == pair.after->offset_bits()) continue;
    std::string from = DescribeOffset(pair.before->offset_bits());
    std::string to = DescribeOffset(pair.after->offset_bits());
    moves.push_back(moves.empty()
                        ? absl::StrCat("'", pair.after->name(), "' moves from offset ", from, " to ", to)
                        : absl::StrCat("'", pair.after->name(), "' from ", from, " to ", to));
  }
  if (moves.size() > kMaxListed) {
    size_t more = moves.size() - kMaxListed;
    moves.resize(kMaxListed);
    moves.push_back(absl::StrCat(more, " more"));
  }
  return absl::StrJoin(moves, ", ");
}

std::string Grows(uint64_t from, uint64_t to) { return from < to ? "grows" : "shrinks"; }

// Records have a handful of fields: a scan from the back (the last field of
// a name wins, as in a map filled in order) beats hashing copied names.
constexpr int kScannedFields = 16;

// The index in `fields` of the last field named `name`, or -1.
int LastNamed(const google::protobuf::RepeatedPtrField<Field>& fields, absl::string_view name,
              const absl::flat_hash_map<absl::string_view, int>& by_name) {
  if (fields.size() > kScannedFields) {
    auto it = by_name.find(name);
    return it == by_name.end() ? -1 : it->second;
  }
  for (int i = fields.size() - 1; i >= 0; --i) {
    if (fields[i].name() == name) return i;
  }
  return -1;
}

}  // namespace

// Called by several checks for every record kept: allocates only the result
// (MatchFields ran 232,665 times for 33,333 records in a 100,000-declaration
// diff).
FieldMatch MatchFields(const Record& before, const Record& after) {
  FieldMatch match;
  absl::flat_hash_map<absl::string_view, int> old_by_name;
  if (before.fields_size() > kScannedFields) {
    for (int i = 0; i < before.fields_size(); ++i) {
      if (!before.fields(i).name().empty()) old_by_name[before.fields(i).name()] = i;
    }
  }
  std::vector<bool> old_kept(before.fields_size());
  std::vector<const Field*> new_unmatched;
  match.kept.reserve(after.fields_size());
  for (const Field& field : after.fields()) {
    if (field.name().empty()) continue;
    int old = LastNamed(before.fields(), field.name(), old_by_name);
    if (old >= 0) {
      match.kept.push_back({&before.fields(old), &field});
      old_kept[old] = true;
    } else {
      new_unmatched.push_back(&field);
    }
  }
  std::vector<const Field*> old_unmatched;
  for (int i = 0; i < before.fields_size(); ++i) {
    const Field& field = before.fields(i);
    if (!field.name().empty() && !old_kept[i]) old_unmatched.push_back(&field);
  }
  for (const Field* added : new_unmatched) {
    const Field* renamed = nullptr;
    for (const Field*& removed : old_unmatched) {
      if (removed != nullptr && removed->offset_bits() == added->offset_bits() &&
          !FieldTypeChanged(*removed, *added)) {
        renamed = removed;
        removed = nullptr;
        break;
      }
    }
    if (renamed != nullptr) {
      match.kept.push_back({renamed, added, /*renamed=*/true});
    } else {
      match.added.push_back(added);
    }
  }
  for (const Field* removed : old_unmatched) {
    if (removed != nullptr) match.removed.push_back(removed);
  }
  return match;
}

bool HasLayout(const Decl& decl) {
  return decl.kind() == RECORD && decl.record().is_complete() &&
         !decl.record().is_template();
}

bool BothHaveLayout(const DeclPair& pair) {
  return pair.before != nullptr && pair.after != nullptr && HasLayout(*pair.before) &&
         HasLayout(*pair.after);
}

bool FieldTypeChanged(const Field& before, const Field& after) {
  return before.type().canonical() != after.type().canonical() ||
         before.is_bitfield() != after.is_bitfield() ||
         before.bit_width() != after.bit_width();
}

bool BasesChanged(const Record& before, const Record& after) {
  if (before.bases_size() != after.bases_size()) return true;
  for (int i = 0; i < before.bases_size(); ++i) {
    if (before.bases(i).type().canonical() != after.bases(i).type().canonical() ||
        before.bases(i).is_virtual() != after.bases(i).is_virtual()) {
      return true;
    }
  }
  return false;
}

bool IsUnion(const Record& record) { return record.record_kind() == UNION; }

LayoutCause PrimaryLayoutCause(const Record& before, const Record& after) {
  if (IsUnion(before) != IsUnion(after)) return LayoutCause::kRecordKind;
  if (before.is_polymorphic() != after.is_polymorphic()) return LayoutCause::kPolymorphism;
  if (BasesChanged(before, after)) return LayoutCause::kBases;
  FieldMatch match = MatchFields(before, after);
  if (!match.added.empty() || !match.removed.empty()) return LayoutCause::kFields;
  for (const FieldPair& pair : match.kept) {
    if (FieldTypeChanged(*pair.before, *pair.after)) return LayoutCause::kFields;
  }
  return LayoutCause::kNone;
}

bool LayoutChanged(const Record& before, const Record& after) {
  if (before.size_bytes() != after.size_bytes() ||
      before.align_bytes() != after.align_bytes()) {
    return true;
  }
  for (const FieldPair& pair : MatchFields(before, after).kept) {
    if (pair.before->offset_bits() != pair.after->offset_bits()) return true;
  }
  return false;
}

std::string LayoutEffects(const Record& before, const Record& after) {
  std::vector<std::string> effects;
  if (before.size_bytes() != after.size_bytes()) {
    effects.push_back(absl::StrCat("the size ", Grows(before.size_bytes(), after.size_bytes()),
                                   " from ", before.size_bytes(), " to ",
                                   after.size_bytes(), " bytes"));
  }
  if (before.align_bytes() != after.align_bytes()) {
    effects.push_back(absl::StrCat("the alignment changes from ", before.align_bytes(),
                                   " to ", after.align_bytes()));
  }
  std::string shifts = DescribeShifts(before, after);
  if (!shifts.empty()) effects.push_back(shifts);
  if (effects.empty()) return "";
  return absl::StrCat("; ", absl::StrJoin(effects, "; "));
}

std::string FieldName(const Decl& record, const Field& field) {
  return absl::StrCat(record.qualified_name(), "::", field.name());
}

void LocateAtField(const Field& field, Finding& finding) {
  if (field.line() != 0) finding.set_line(field.line());
}

namespace {

bool IsNameChar(char c) { return absl::ascii_isalnum(c) || c == '_' || c == ':'; }

// Whether the canonical type text names `name` itself, not a longer name.
bool Mentions(const Type& type, absl::string_view name) {
  absl::string_view text = type.canonical();
  for (size_t at = text.find(name); at != absl::string_view::npos; at = text.find(name, at + 1)) {
    size_t end = at + name.size();
    if ((at == 0 || !IsNameChar(text[at - 1])) && (end == text.size() || !IsNameChar(text[end]))) {
      return true;
    }
  }
  return false;
}

bool Exposes(const Decl& decl, absl::string_view name) {
  switch (decl.detail_case()) {
    case Decl::kTypedefDecl: return Mentions(decl.typedef_decl().target(), name);
    case Decl::kVariable: return Mentions(decl.variable().type(), name);
    case Decl::kFunction:
      return Mentions(decl.function().return_type(), name) ||
             absl::c_any_of(decl.function().parameters(),
                            [&](const Parameter& param) { return Mentions(param.type(), name); });
    case Decl::kRecord:
      return absl::c_any_of(decl.record().fields(),
                            [&](const Field& field) { return Mentions(field.type(), name); }) ||
             absl::c_any_of(decl.record().bases(),
                            [&](const Base& base) { return Mentions(base.type(), name); });
    default: return false;
  }
}

}  // namespace

std::string ExposedThrough(const Decl& record, const Snapshot& snapshot) {
  if (!record.exposed_detail()) return "";
  for (const Decl& decl : snapshot.decls()) {
    if (!decl.exposed_detail() && Exposes(decl, record.qualified_name())) {
      return absl::StrCat(" (exposed through '", decl.qualified_name(), "')");
    }
  }
  return "";
}

std::string DescribeOffset(uint64_t offset_bits) {
  if (offset_bits % 8 == 0) return absl::StrCat(offset_bits / 8);
  return absl::StrCat("bit ", offset_bits);
}

}  // namespace apicompat
