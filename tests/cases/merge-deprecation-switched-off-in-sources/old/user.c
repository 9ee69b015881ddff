#include "api.h"
int twice(int x) { return api_new(api_new(x)); }
