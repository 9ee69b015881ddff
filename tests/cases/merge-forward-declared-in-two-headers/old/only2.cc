#include "fwd2.h"
