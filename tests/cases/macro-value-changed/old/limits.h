#pragma once

#define NETLIB_MAX_PACKET 1500
#define NETLIB_CLAMP(x, lo, hi) ((x) < (lo) ? (lo) : (x) > (hi) ? (hi) : (x))
#define NETLIB_NAME "netlib"
#define NETLIB_VERSION_MINOR 4
