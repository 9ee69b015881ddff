#include "api.h"

int sum2(int a, int b) { return add(a, b); }
