#pragma once

#include "api.h"

// Included by one TU only, and first by file name: still api.h's
// declaration gives add() its location and parameter names, in every TU.
inline int add(int x, int y) { return x + y; }
