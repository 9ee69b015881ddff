// The deprecation timeline: with the version being released known, a
// deprecated declaration's removal is checked against the removal version
// its APICOMPAT_DEPRECATED mark announced.
#ifndef APICOMPAT_DIFFER_POLICY_DEPRECATION_TIMELINE_H_
#define APICOMPAT_DIFFER_POLICY_DEPRECATION_TIMELINE_H_

#include "findings.h"
#include "match.h"
#include "policy/semver.h"

namespace apicompat {

// deprecated-removed-early, removed-after-deprecation and
// deprecation-removal-overdue for `pair`, released as `current`.
void CheckDeprecationTimeline(const DeclPair& pair, const Version& current, FindingSink& sink);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_POLICY_DEPRECATION_TIMELINE_H_
