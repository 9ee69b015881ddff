#include "defaults.h"

int twice(int value) { return scale(value); }
