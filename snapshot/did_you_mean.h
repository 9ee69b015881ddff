// "did you mean ...": the closest known name to a mistyped one.
#ifndef APICOMPAT_SNAPSHOT_DID_YOU_MEAN_H_
#define APICOMPAT_SNAPSHOT_DID_YOU_MEAN_H_

#include <string>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace apicompat {

// Edit distance counting an insertion, a deletion, a substitution or a swap
// of two neighbours as one edit (optimal string alignment).
size_t EditDistance(absl::string_view a, absl::string_view b);

// " (did you mean 'NAME'?)" for the candidate closest to `given`, if it is
// close enough to be a typo (at most a third of its letters, at least one,
// edited; `given` is at least 3 characters: '-x' is no typo of '-v'); else
// `otherwise`. Ties go to the first candidate.
std::string DidYouMean(absl::string_view given, absl::Span<const std::string> candidates,
                       absl::string_view otherwise = "");

}  // namespace apicompat

#endif  // APICOMPAT_SNAPSHOT_DID_YOU_MEAN_H_
