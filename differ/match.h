// Pairs each baseline declaration with its counterpart in the current
// snapshot: by id first, then overloads of the same name by similarity, so a
// changed parameter type is reported as such and not as removal + addition;
// anonymous enums by their enumerators; a struct that became a namespace
// with that namespace, so that its members keep their pairs.
#ifndef APICOMPAT_DIFFER_MATCH_H_
#define APICOMPAT_DIFFER_MATCH_H_

#include <vector>

#include "apicompat/snapshot.pb.h"

namespace apicompat {

// `before` is null for an added declaration, `after` for a removed one. Both
// have the same kind, except a record paired with the namespace it became.
struct DeclPair {
  const Decl* before = nullptr;
  const Decl* after = nullptr;
};

std::vector<DeclPair> MatchDecls(const Snapshot& before, const Snapshot& after);

// An enum without a name: the collector names it after its first
// enumerator, `ns::(anonymous enum FIRST)`.
bool IsAnonymousEnum(const Decl& decl);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_MATCH_H_
