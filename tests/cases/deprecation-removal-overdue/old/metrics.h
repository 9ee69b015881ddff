#pragma once

#include <apicompat/attributes.h>

namespace metrics {

APICOMPAT_DEPRECATED("1.0", "2.0", "score", "renamed") double evaluate(const double* values, int count);
APICOMPAT_DEPRECATED("1.0", "2.0", "score", "renamed") double rate(const double* values, int count);
double score(const double* values, int count);

}  // namespace metrics
