// `apicompat impact --minimum DEP_MIN` (and --maximum DEP_NEXT): each use of
// a declaration that the dependency's version lacks, or declares so that
// the use's id is not there but its name is (another parameter list or
// kind), or (given the version the consumer is built against) with another
// return type, as a finding of its own rule at the use site.
#ifndef APICOMPAT_DIFFER_IMPACT_USE_PRESENCE_H_
#define APICOMPAT_DIFFER_IMPACT_USE_PRESENCE_H_

#include <string>
#include <vector>

#include "apicompat/report.pb.h"
#include "apicompat/snapshot.pb.h"
#include "impact/consumer.h"

namespace apicompat {

// The oldest version a consumer supports, or the newest it must also build
// against.
enum class Bound { kMinimum, kMaximum };

struct BoundVersion {
  Bound bound;
  const Snapshot* dependency;
  std::string version;  // as shown: "2.8"
  // The version the consumer is built against, when known (--current):
  // then a used function whose return type changed (a variable's type, a
  // typedef's target), which its id does not say, is incompatible too.
  const Snapshot* current = nullptr;
};

// Appends the findings for the uses of `consumers` that `bound` lacks or
// declares incompatibly: used-missing-in-minimum,
// used-incompatible-in-minimum, and the maximum counterparts.
void CheckUsesAgainst(const std::vector<Consumer>& consumers, const BoundVersion& bound,
                      std::vector<Finding>& findings);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_IMPACT_USE_PRESENCE_H_
