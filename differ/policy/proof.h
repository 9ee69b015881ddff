// What witnesses do to findings' severities (docs/witnesses.md): a refuted
// error is info, and with require_proof an unproven error is a warning.
#ifndef APICOMPAT_DIFFER_POLICY_PROOF_H_
#define APICOMPAT_DIFFER_POLICY_PROOF_H_

#include "apicompat/report.pb.h"
#include "policy/policy.h"

namespace apicompat {

// Adjusts the findings that carry a witness, then summarizes the report
// again.
void ApplyProof(const Policy& policy, Report& report);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_POLICY_PROOF_H_
