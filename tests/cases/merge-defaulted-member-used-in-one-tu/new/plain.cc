#include "api.h"

void shapes::S::f() {}
