// Which of a consumer's uses a finding of `apicompat diff` reaches: the one
// definition `apicompat impact` filters a report by (docs/consumers.md says
// the same for users).
//
// A finding is about a declaration D (its pair's ids in the old and the new
// version: FindingSubject) and, when its `decl` goes on past D's name
// ("lib::S::x", "lib::Mode::fast"), about a member M of D: a field or an
// enumerator. A use U (decl_id, member, kind) is reached when:
//
// 1. U names D: U's decl_id is one of D's ids; or U names a typedef of the
//    old version whose target is D (through a pointer or reference: then it
//    counts as a TYPE_BY_REFERENCE use of D);
// 2. and the finding concerns what U depends on:
//    - with a member M: U names M; or D is a record (M a field) and U uses
//      D as a whole object (by value, constructing it, deriving from it),
//      or the finding is an ABI one (a layout change moving the fields) and
//      U accesses another member. An enumerator's finding reaches only the
//      uses naming it;
//    - without a member: always, except for an ABI finding (layout, calling
//      convention, vtable pointer) and a use of D only through a pointer or
//      reference, which the layout does not concern (an opaque handle).
// 3. Or the finding is about a virtual method of a record R (one of
//    kVirtualRules: added, removed, became pure, final, (non-)virtual) and U
//    derives from R (BASE): a derived class is built on R's vtable. (Findings
//    about R itself, its vtable layout included, reach U by 1.)
// 4. Or D is a namespace (an inline namespace changed, renaming every
//    symbol in it) and U's declaration is inside it.
//
// Uses are matched against the old version first: the consumer was built
// against it. A use of a declaration only the new version has matches too
// (a consumer built against the new version, reading the report backwards).
#ifndef APICOMPAT_DIFFER_IMPACT_USE_REACH_H_
#define APICOMPAT_DIFFER_IMPACT_USE_REACH_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "apicompat/report.pb.h"
#include "apicompat/snapshot.pb.h"
#include "diff_context.h"
#include "differ.h"
#include "impact/consumer.h"

namespace apicompat {

class UseReach {
 public:
  // `consumers` and both snapshots must outlive this.
  UseReach(const std::vector<Consumer>& consumers, const Snapshot& old_dependency,
           const Snapshot& new_dependency);

  // The sites of the uses `finding` (about `subject`) reaches, sorted by
  // project, file, line and kind, without duplicates; empty when none.
  std::vector<UseSite> Reached(const Finding& finding, const FindingSubject& subject) const;

 private:
  struct Indexed {
    const Use* use;
    const Consumer* consumer;
    UseKind kind;  // the use's, or TYPE_BY_REFERENCE through a pointer typedef
  };
  void Index(const Use& use, const Consumer& consumer);
  const Decl* Find(const std::string& id) const;
  void Collect(const std::string& id, const Finding& finding, const Decl* decl,
               absl::string_view member, std::vector<const Indexed*>& out) const;
  void CollectDerived(const Decl& subject, const Finding& finding,
                      std::vector<const Indexed*>& out) const;
  void CollectInside(const Decl& ns, std::vector<const Indexed*>& out) const;

  const std::vector<Consumer>& consumers_;
  SnapshotIndex old_;
  SnapshotIndex new_;
  // By the id of the declaration each use reaches (a typedef's use under
  // its target's id too).
  absl::flat_hash_map<std::string, std::vector<Indexed>> by_id_;
};

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_IMPACT_USE_REACH_H_
