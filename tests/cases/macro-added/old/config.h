#pragma once

#define ZIPLIB_VERSION_MAJOR 2

int ziplib_level(void);
