// Declares prefix operators before the library's header, as abseil's own
// sources do.
struct Flag {};
bool operator!(Flag);
int operator~(Flag);
Flag operator*(Flag);
Flag operator&(Flag);
#include "api.h"
