// special-member-lost: objects of a class can no longer be created,
// copied, moved, assigned or destroyed the way they could, because an
// implicit special member disappeared, became deleted or less accessible
// (a private copy constructor declared, a constructor that suppresses the
// implicit default one, a move-only member). One finding per record, naming
// every operation lost.
//
// Members the user declared in both versions are left to the function
// checks (function-removed, function-deleted, function-access-reduced): one
// edit, one finding. Triviality is not judged here: where it changes how
// objects are passed, record-calling-convention-changed says so.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checks/check.h"
#include "record_diff.h"

namespace apicompat {
namespace {

enum class Member { kDefaultCtor, kCopyCtor, kMoveCtor, kCopyAssign, kMoveAssign, kDtor };

struct Operation {
  const char* verb;   // "copied": "can no longer be copied"
  Member member;
  Member fallback;    // what overload resolution picks when `member` is not a candidate
};

constexpr Operation kOperations[] = {
    {"default-constructed", Member::kDefaultCtor, Member::kDefaultCtor},
    {"copied", Member::kCopyCtor, Member::kCopyCtor},
    {"moved", Member::kMoveCtor, Member::kCopyCtor},
    {"copy-assigned", Member::kCopyAssign, Member::kCopyAssign},
    {"move-assigned", Member::kMoveAssign, Member::kCopyAssign},
    {"destroyed", Member::kDtor, Member::kDtor},
};

const char* MemberName(Member member) {
  switch (member) {
    case Member::kDefaultCtor: return "default constructor";
    case Member::kCopyCtor: return "copy constructor";
    case Member::kMoveCtor: return "move constructor";
    case Member::kCopyAssign: return "copy assignment operator";
    case Member::kMoveAssign: return "move assignment operator";
    case Member::kDtor: return "destructor";
  }
  return "";
}

const SpecialMember& Get(const SpecialMembers& members, Member member) {
  switch (member) {
    case Member::kDefaultCtor: return members.default_constructor();
    case Member::kCopyCtor: return members.copy_constructor();
    case Member::kMoveCtor: return members.move_constructor();
    case Member::kCopyAssign: return members.copy_assignment();
    case Member::kMoveAssign: return members.move_assignment();
    case Member::kDtor: return members.destructor();
  }
  return members.destructor();
}

// The member that performs `operation`: a move falls back to the copy when
// no move member is declared, or when the implicit one is deleted (a
// defaulted move that is deleted is ignored by overload resolution).
Member Provider(const SpecialMembers& members, const Operation& operation) {
  const SpecialMember& own = Get(members, operation.member);
  bool candidate = own.origin() == SPECIAL_USER_DECLARED ||
                   (own.origin() == SPECIAL_IMPLICIT && !own.is_deleted());
  return candidate ? operation.member : operation.fallback;
}

// Who may perform it: 2 everyone, 1 subclasses, 0 nobody.
int Reach(const SpecialMember& member) {
  if (member.origin() == SPECIAL_NOT_DECLARED || member.is_deleted()) return 0;
  switch (member.access()) {
    case PROTECTED: return 1;
    case PRIVATE: return 0;
    default: return 2;
  }
}

std::string Why(Member member, const SpecialMember& now) {
  std::string name = MemberName(member);
  if (now.origin() == SPECIAL_NOT_DECLARED) {
    return absl::StrCat("it has no ", name,
                        member == Member::kDefaultCtor
                            ? " any more, a declared constructor suppresses the implicit one"
                            : " any more");
  }
  if (now.is_deleted()) {
    return now.origin() == SPECIAL_IMPLICIT
               ? absl::StrCat("its implicit ", name,
                              " is now deleted, because a base or member does not allow "
                              "it or a declared move operation deletes it")
               : absl::StrCat("its ", name, " is now declared deleted");
  }
  return absl::StrCat("its ", name, " is now ", now.access() == PROTECTED ? "protected" : "private");
}

class SpecialMemberCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& /*context*/,
           FindingSink& sink) const override {
    if (!BothHaveLayout(pair) || !pair.before->record().has_special_members() ||
        !pair.after->record().has_special_members()) {
      return;
    }
    const SpecialMembers& before = pair.before->record().special_members();
    const SpecialMembers& after = pair.after->record().special_members();
    // Operations lost through the same member are named together:
    // "copied or moved: its copy constructor is now private".
    std::vector<std::pair<Member, std::string>> lost;
    for (const Operation& operation : kOperations) {
      Member old_member = Provider(before, operation);
      Member new_member = Provider(after, operation);
      const SpecialMember& was = Get(before, old_member);
      const SpecialMember& now = Get(after, new_member);
      if (Reach(now) >= Reach(was)) continue;
      // A member the user had declared, since deleted, restricted or
      // removed: the function checks report the declaration itself.
      if (old_member == new_member && was.origin() == SPECIAL_USER_DECLARED) continue;
      auto same = std::find_if(lost.begin(), lost.end(),
                               [&](const auto& entry) { return entry.first == new_member; });
      if (same != lost.end()) {
        absl::StrAppend(&same->second, " or ", operation.verb);
      } else {
        lost.emplace_back(new_member, operation.verb);
      }
    }
    if (lost.empty()) return;
    std::vector<std::string> clauses;
    for (const auto& [member, verbs] : lost) {
      clauses.push_back(absl::StrCat(verbs, ": ", Why(member, Get(after, member))));
    }
    sink.Add("special-member-lost", pair,
             absl::StrCat("'", pair.after->qualified_name(), "' can no longer be ",
                          absl::StrJoin(clauses, "; nor "),
                          "; code creating, copying, moving or destroying it that way no "
                          "longer compiles"));
  }
};

}  // namespace

std::unique_ptr<Check> MakeSpecialMemberCheck() {
  return std::make_unique<SpecialMemberCheck>();
}

}  // namespace apicompat
