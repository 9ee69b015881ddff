#pragma once

#include <apicompat/attributes.h>

namespace metrics {

// Still here in 2.0.0, although removal in 2.0 was announced; `rate` had its
// removal postponed, so it is not overdue.
APICOMPAT_DEPRECATED("1.0", "2.0", "score", "renamed") double evaluate(const double* values, int count);  // expect: deprecation-removal-overdue warning metrics::evaluate
APICOMPAT_DEPRECATED("1.0", "2.1", "score", "renamed") double rate(const double* values, int count);
double score(const double* values, int count);

}  // namespace metrics
