#pragma once

#include <apicompat/attributes.h>

namespace metrics {

double score(const double* values, int count);

}  // namespace metrics
