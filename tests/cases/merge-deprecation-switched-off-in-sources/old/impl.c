#define API_DISABLE_DEPRECATE_WARNINGS
#include "api.h"
int api_old(int x) { return x; }
