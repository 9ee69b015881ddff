// Each TU records Handle where it saw it first; the merge keeps the earliest.
#include "fwd1.h"
#include "fwd2.h"
#include "mode.h"
