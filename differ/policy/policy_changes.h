// Policy changes are decisions in the diff: the configuration in force is
// compared with the one at the baseline, so an exemption it adds shows as a
// finding (and needs an acknowledgement like any break), never silently.
#ifndef APICOMPAT_DIFFER_POLICY_POLICY_CHANGES_H_
#define APICOMPAT_DIFFER_POLICY_POLICY_CHANGES_H_

#include <optional>

#include "apicompat/report.pb.h"
#include "findings.h"
#include "match.h"
#include "policy/policy.h"

namespace apicompat {

// exemption-added for a declaration stable in the baseline that the
// configuration newly exempts (the baseline's configuration did not): the
// configuration's counterpart of a newly added APICOMPAT_INTERNAL_API.
void CheckConfigExemption(const DeclPair& pair, const Policy& policy, FindingSink& sink);

// A finding the current configuration no longer enforces although the
// baseline's did (enforce lost its category): made a policy-loosened finding
// about the same declaration, which policy always enforces. Others are
// left alone.
void ReportUnenforced(const Policy& policy, const DeclPair& subject, Finding& finding);

// For `finding` as the sink made it (`checked`) and as the policy left it
// (`applied`): a policy-loosened finding when the current configuration's
// severity_override rates it lower than the baseline's configuration would.
std::optional<Finding> LoweredSeverity(const Finding& checked, const Finding& applied,
                                       const Policy& policy);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_POLICY_POLICY_CHANGES_H_
