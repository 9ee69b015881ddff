#pragma once

#include <apicompat/attributes.h>

namespace metrics {

// Announced for removal in 3.0, removed in 2.0.0.
APICOMPAT_DEPRECATED("1.5", "3.0", "score", "renamed") double evaluate(const double* values, int count);  // expect: deprecated-removed-early error metrics::evaluate
double score(const double* values, int count);

}  // namespace metrics
