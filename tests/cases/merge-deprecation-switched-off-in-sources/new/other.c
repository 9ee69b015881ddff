#include "api.h"
int api_new(int x) { return x + 1; }
