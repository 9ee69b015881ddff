#pragma once

#define ZL_VERNUM 0x1300
#define ZL_VER_REVISION 0
#define SNAP_MINOR 1
#define SNAP_PATCHLEVEL 10
#define LIB_SCALE(x) ((x) * 2)
#define LIB_BUFFER 4096
