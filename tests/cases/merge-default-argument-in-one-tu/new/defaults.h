#pragma once

#include "api.h"

// Adds a default argument; included by one TU only. The declaration in
// api.h still gives scale() its location and parameter names.
int scale(int amount, int factor = 2);
