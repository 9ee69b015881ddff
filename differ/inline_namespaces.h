// A namespace that becomes inline (or stops being inline) renames every
// declaration in it: `lib::v1::f` is printed `lib::f` once `v1` is inline,
// in ids and in types alike, while the symbols stay the same. Comparing the
// snapshots as if the namespace had been inline on both sides keeps that
// one edit from showing up as every declaration removed and added again;
// inline-namespace-changed reports it once.
#ifndef APICOMPAT_DIFFER_INLINE_NAMESPACES_H_
#define APICOMPAT_DIFFER_INLINE_NAMESPACES_H_

#include <memory>
#include <string>
#include <vector>

#include "apicompat/snapshot.pb.h"

namespace apicompat {

// Qualified names of the namespaces that are inline in `inline_side` and
// not inline (but present) in `other_side`.
std::vector<std::string> NamespacesOnlyInlineIn(const Snapshot& inline_side,
                                                const Snapshot& other_side);

// A copy of `snapshot` with each of `namespaces` dropped from every name and
// type ("lib::v1::Widget" -> "lib::Widget"); symbols and locations are
// kept. Null when `namespaces` is empty: compare the snapshot itself.
std::unique_ptr<Snapshot> WithoutNamespaces(const Snapshot& snapshot,
                                            const std::vector<std::string>& namespaces);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_INLINE_NAMESPACES_H_
