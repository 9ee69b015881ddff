/* The C translation unit of the compendium. */
#include "capi/capi.h"
