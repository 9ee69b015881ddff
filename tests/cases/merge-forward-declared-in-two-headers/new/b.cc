#include "fwd2.h"
#include "fwd1.h"
