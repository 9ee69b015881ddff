#include "checks/private_field.h"

#include <tuple>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "checks/function_facts.h"
#include "describe.h"

namespace apicompat {
namespace {

// What users may do with a record's objects apart from its fields: its
// constructors, assignments and destructor (whether deleted, and to whom
// accessible) and how it is copied and passed.
bool SameObjectSemantics(const DeclPair& record, const DiffContext& context) {
  const Record& before = record.before->record();
  const Record& after = record.after->record();
  if (before.is_trivially_copyable() != after.is_trivially_copyable() ||
      before.passed_in_registers() != after.passed_in_registers()) {
    return false;
  }
  auto facts = [](const SnapshotIndex& index, const std::string& scope) {
    std::vector<std::tuple<std::string, bool, Access>> members;
    for (const Decl* member : index.Members(scope)) {
      if (IsSpecialMember(*member)) {
        members.emplace_back(member->id(), member->function().is_deleted(), member->access());
      }
    }
    return members;
  };
  return facts(context.before(), record.before->qualified_name()) ==
         facts(context.after(), record.after->qualified_name());
}

// The class's code that programs built against the old header contain:
// inline and template methods. The defaulted special members of a
// trivially copyable record copy bytes without reading them as any type.
std::vector<std::string> InlineMembers(const DeclPair& record, const DiffContext& context) {
  bool trivial = record.before->record().is_trivially_copyable();
  std::vector<std::string> names;
  for (const Decl* member : context.before().Members(record.before->qualified_name())) {
    if (member->kind() != FUNCTION) continue;
    const Function& function = member->function();
    if (function.is_deleted() || (!function.is_inline() && !function.is_template())) continue;
    if (trivial && function.is_defaulted() && IsSpecialMember(*member)) continue;
    names.push_back(absl::StrCat("'", Signature(*member), "'"));
  }
  return names;
}

std::string Unqualified(absl::string_view type) {
  absl::ConsumeSuffix(&type, " const");
  absl::ConsumeSuffix(&type, " volatile");
  return std::string(type);
}

// Integer types of one size, by their name without signedness.
std::string WithoutSignedness(absl::string_view type) {
  if (!absl::ConsumePrefix(&type, "unsigned ")) absl::ConsumePrefix(&type, "signed ");
  return std::string(type);
}

bool IsPointer(absl::string_view type) { return absl::EndsWith(type, "*"); }

// `T *`, or `std::unique_ptr<T>` (with its default deleter, which the
// canonical form does not print): one pointer, the same bits.
bool IsPointerLike(absl::string_view type) {
  return IsPointer(type) ||
         (absl::StartsWith(type, "std::unique_ptr<") && !absl::StrContains(type, ","));
}

// Whether old code reading the new type's bits as the old type still reads
// the same value.
bool SameRepresentation(const Field& before, const Field& after) {
  if (before.is_bitfield() || after.is_bitfield()) return false;
  std::string old_type = Unqualified(before.type().canonical());
  std::string new_type = Unqualified(after.type().canonical());
  return WithoutSignedness(old_type) == WithoutSignedness(new_type) ||
         (IsPointerLike(old_type) && IsPointerLike(new_type));
}

}  // namespace

HiddenRetype JudgeHiddenRetype(const DeclPair& record, const Field& before, const Field& after,
                               const DiffContext& context) {
  if (!SameObjectSemantics(record, context)) {
    return {Severity::kWarning,
            "; the record's triviality or special members changed with it, and inline "
            "code built against the old header still treats it as the old type"};
  }
  std::vector<std::string> code = InlineMembers(record, context);
  if (code.empty()) {
    return {Severity::kInfo,
            "; the record's size, alignment, triviality and special members are "
            "unchanged, and no inline code of the class reads it in programs built "
            "against the old header"};
  }
  if (SameRepresentation(before, after)) {
    return {Severity::kInfo,
            "; the record's size, alignment, triviality and special members are "
            "unchanged, and both types hold the same bits the same way, so inline code "
            "built against the old header still reads it correctly"};
  }
  return {Severity::kWarning,
          absl::StrCat("; inline ", absl::StrJoin(code, ", "),
                       ", built into programs against the old header, may still read "
                       "it as the old type")};
}

}  // namespace apicompat
