#pragma once

#include "api.h"

// Included by one TU only: the other never learns that next() is inline.
inline int Counter::next() { return ++value; }
