#include "api.h"

int Counter::next() { return ++value; }
