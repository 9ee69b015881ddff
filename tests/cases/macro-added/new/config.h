#pragma once

#define ZIPLIB_VERSION_MAJOR 2
#define ZIPLIB_HAS_ZSTD 1  // expect: macro-added info ZIPLIB_HAS_ZSTD

int ziplib_level(void);
