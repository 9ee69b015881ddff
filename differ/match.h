// Pairs each baseline declaration with its counterpart in the current
// snapshot: by id first, then overloads of the same name by similarity, so a
// changed parameter type is reported as such and not as removal + addition.
#ifndef APICOMPAT_DIFFER_MATCH_H_
#define APICOMPAT_DIFFER_MATCH_H_

#include <vector>

#include "apicompat/snapshot.pb.h"

namespace apicompat {

// `before` is null for an added declaration, `after` for a removed one.
struct DeclPair {
  const Decl* before = nullptr;
  const Decl* after = nullptr;
};

std::vector<DeclPair> MatchDecls(const Snapshot& before, const Snapshot& after);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_MATCH_H_
