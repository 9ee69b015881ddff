#include "api.h"

int read(const Counter& counter) { return counter.value; }
