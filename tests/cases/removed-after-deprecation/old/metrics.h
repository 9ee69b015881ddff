#pragma once

#include <apicompat/attributes.h>

namespace metrics {

// Announced for removal in 2.0, removed in 2.0.0; and one deprecated without
// a removal version.
APICOMPAT_DEPRECATED("1.0", "2.0", "score", "renamed") double evaluate(const double* values, int count);  // expect: removed-after-deprecation info metrics::evaluate
[[deprecated("use score")]] double rate(const double* values, int count);  // expect: removed-after-deprecation info metrics::rate
double score(const double* values, int count);

}  // namespace metrics
