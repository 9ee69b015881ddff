// Compares two snapshots: match declarations, run every check, apply the
// stability policy, and reach a verdict.
#ifndef APICOMPAT_DIFFER_DIFFER_H_
#define APICOMPAT_DIFFER_DIFFER_H_

#include <vector>

#include "apicompat/report.pb.h"
#include "apicompat/snapshot.pb.h"
#include "match.h"
#include "policy/policy.h"

namespace apicompat {

struct DiffOptions {
  // Also report changes to declarations exempt in the baseline (as info).
  bool verbose = false;
  // The configuration, versions and failure threshold (differ/policy/).
  Policy policy;
};

// `subjects`, when given, gets the declarations each reported finding is
// about, in the report's order (witnesses are built from them).
Report Diff(const Snapshot& baseline, const Snapshot& current,
            const DiffOptions& options, std::vector<DeclPair>* subjects = nullptr);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_DIFFER_H_
