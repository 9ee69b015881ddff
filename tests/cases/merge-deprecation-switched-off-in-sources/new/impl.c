#define API_DISABLE_DEPRECATE_WARNINGS
#include "api.h"
