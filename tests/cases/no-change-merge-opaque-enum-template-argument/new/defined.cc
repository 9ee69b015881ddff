// Sees the definition of CharSet.
#include "format.h"

const void* defined = nullptr;
