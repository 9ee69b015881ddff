#include "counter_inl.h"

int bump(Counter& counter) { return counter.next(); }
