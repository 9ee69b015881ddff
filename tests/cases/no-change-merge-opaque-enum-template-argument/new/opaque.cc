// Sees only the opaque declaration of CharSet.
#include "charset.h"

const void* opaque = nullptr;
