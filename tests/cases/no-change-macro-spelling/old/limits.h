#pragma once

// Values users get unchanged, spelled differently in the new header.
#define LIB_MEMORY_USAGE 14
#define LIB_MINSIZE ((1UL << LIB_MEMORY_USAGE) + 32)
#define LIB_TWICE(x) ((x) * 2)
