#pragma once

// Values users get unchanged, spelled differently in the new header.
#define LIB_MEMORY_USAGE 14
#define LIB_MINSIZE ((1UL << LIB_MEMORY_USAGE) + 32)
#define LIB_TWICE(x) ((x) * 2)

// Only LIB_VERSION changes; lib_init expands it but is unchanged as written.
#define LIB_VERSION "1.2.13"
#define lib_init(s) lib_init_((s), LIB_VERSION, (int)sizeof(int))
