// Tool upgrades never cause findings: what a side's collector did not know
// is unknown, never "changed" (docs/format.md, "Collector revisions").
// Header.collector_revision says which facts a snapshot can hold; a fact
// newer than the older side's revision is forgotten on both sides before
// the comparison.
#ifndef APICOMPAT_DIFFER_UNKNOWN_FACTS_H_
#define APICOMPAT_DIFFER_UNKNOWN_FACTS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "apicompat/snapshot.pb.h"

namespace apicompat {

// The revision of the collector that wrote `snapshot`: its header's, or for
// a snapshot written before revisions existed, the oldest revision whose
// facts it holds.
uint32_t CollectorRevision(const Snapshot& snapshot);

// Copies of both snapshots with every fact one side's collector did not
// know removed from the other, and the older side's texts spelled as the
// newer collector spells them where that is known (revision 3); nullopt
// when both collectors are alike (compare the snapshots as they are).
std::optional<std::pair<Snapshot, Snapshot>> WithCommonFacts(const Snapshot& baseline,
                                                             const Snapshot& current);

// One line for the user when the baseline's collector computed some fact
// differently from the current one (findings about it may be artifacts of
// the upgrade, which a baseline rebuilt from its sources avoids); "" when
// not.
std::string RecomputedFactsNote(const Snapshot& baseline, const Snapshot& current);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_UNKNOWN_FACTS_H_
