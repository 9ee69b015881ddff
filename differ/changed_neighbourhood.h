// Which declarations a diff must read: those that changed, and those the
// checks of a changed pair may consult. Checks report only what differs
// between a pair's two sides (checks/check.h), so a declaration whose bytes
// are the same on both sides makes a finding only through the context of a
// changed one; this is that context, from the audit of every check:
// - the overloads and namesakes of a changed declaration (Functions);
// - the record a changed declaration is or is declared in, its members,
//   its bases (recursively) and theirs (EnclosingRecord, Members, the base
//   lookups of virtual methods);
// - every macro (a macro's expansion names others), namespace (inline
//   namespaces) and typedef (typedef tags), and every declaration with a
//   stability mark (the deprecation timeline).
// A change this does not cover reads everything: a namespace changed (an
// inline namespace renames every name in it), or a detail type exposed
// through public declarations changed (its finding names the first one,
// found among all).
#ifndef APICOMPAT_DIFFER_CHANGED_NEIGHBOURHOOD_H_
#define APICOMPAT_DIFFER_CHANGED_NEIGHBOURHOOD_H_

#include <optional>
#include <vector>

#include "decl_summary.h"

namespace apicompat {

struct Neighbourhood {
  std::vector<bool> before;  // per baseline declaration: read it
  std::vector<bool> after;   // per current declaration
};

// nullopt when every declaration must be read. A declaration is read on
// both sides or on neither (by id), so that what one side lacks is absent,
// never left out.
std::optional<Neighbourhood> ChangedNeighbourhood(const std::vector<DeclSummary>& before,
                                                  const std::vector<DeclSummary>& after);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CHANGED_NEIGHBOURHOOD_H_
