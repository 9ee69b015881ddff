#include "add_inline.h"

int sum3(int a, int b, int c) { return add(add(a, b), c); }
