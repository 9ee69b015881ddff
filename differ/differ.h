// Compares two snapshots: match declarations, run every check, apply the
// stability policy, and reach a verdict.
#ifndef APICOMPAT_DIFFER_DIFFER_H_
#define APICOMPAT_DIFFER_DIFFER_H_

#include <memory>
#include <string>
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

// The declarations a report's finding is about: the ids of its pair, empty
// on the side where the declaration is absent (an addition, a removal).
// `apicompat impact` maps findings to a consumer's uses by them.
struct FindingSubject {
  std::string before_id;
  std::string after_id;
};

// The declarations the findings of a report are about, in the report's
// order: those of the snapshots given to Diff (found by id), else copies
// (the checks compare normalized copies of the snapshots).
struct DiffSubjects {
  std::vector<DeclPair> pairs;
  std::vector<std::unique_ptr<Decl>> copies;
};

// With `subjects`, also fills it with the subject of each finding of the
// report, in the same order; `declarations` likewise with the declarations
// themselves (witnesses are built from them).
Report Diff(const Snapshot& baseline, const Snapshot& current,
            const DiffOptions& options, std::vector<FindingSubject>* subjects = nullptr,
            DiffSubjects* declarations = nullptr);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_DIFFER_H_
