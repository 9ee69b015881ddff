// `apicompat impact`: what a dependency's change means for the projects
// using it, from the uses their builds recorded.
#ifndef APICOMPAT_DIFFER_IMPACT_IMPACT_H_
#define APICOMPAT_DIFFER_IMPACT_IMPACT_H_

#include <vector>

#include "apicompat/report.pb.h"
#include "apicompat/snapshot.pb.h"
#include "differ.h"
#include "impact/consumer.h"
#include "impact/use_presence.h"

namespace apicompat {

// The diff from `old_dependency` to `new_dependency`, keeping only the
// findings that reach the consumers' uses (impact/use_reach.h), each with
// its use sites; Report.impact counts the others.
Report ImpactOfChange(const std::vector<Consumer>& consumers, const Snapshot& old_dependency,
                      const Snapshot& new_dependency, const DiffOptions& options);

// The uses of the consumers that the versions of `bounds` lack or declare
// incompatibly (impact/use_presence.h), sorted like a diff's findings.
Report UsesAgainstVersions(const std::vector<Consumer>& consumers,
                           const std::vector<BoundVersion>& bounds, const Policy& policy);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_IMPACT_IMPACT_H_
