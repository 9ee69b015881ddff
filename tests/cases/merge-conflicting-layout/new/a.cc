// flags: -DWITH_TAG
#include "api.h"
