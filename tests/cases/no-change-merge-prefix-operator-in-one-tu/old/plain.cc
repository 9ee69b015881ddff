#include "api.h"

Box<int> plain(1.0);
