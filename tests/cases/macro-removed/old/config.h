#pragma once

#define ZIPLIB_VERSION_MAJOR 2
#define ZIPLIB_DEFAULT_LEVEL 6  // expect: macro-removed error ZIPLIB_DEFAULT_LEVEL
#define ZIPLIB_MIN(a, b) ((a) < (b) ? (a) : (b))  // expect: macro-removed error ZIPLIB_MIN

int ziplib_level(void);
