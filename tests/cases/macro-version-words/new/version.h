#pragma once

#define ZL_VERNUM 0x1310  // expect: macro-value-changed info ZL_VERNUM
#define ZL_VER_REVISION 1  // expect: macro-value-changed info ZL_VER_REVISION
#define SNAP_MINOR 2  // expect: macro-value-changed info SNAP_MINOR
#define SNAP_PATCHLEVEL 0  // expect: macro-value-changed info SNAP_PATCHLEVEL
// Dropping the parentheses around a parameter changes what LIB_SCALE(a + b) means.
#define LIB_SCALE(x) (x * 2)  // expect: macro-value-changed warning LIB_SCALE
#define LIB_BUFFER 8192  // expect: macro-value-changed warning LIB_BUFFER
