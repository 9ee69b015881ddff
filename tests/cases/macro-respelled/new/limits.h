#pragma once

// Values users get unchanged, spelled differently in the new header.
#define LIB_MEMORY_USAGE_DEFAULT 14  // expect: macro-added info LIB_MEMORY_USAGE_DEFAULT
#define LIB_MEMORY_USAGE LIB_MEMORY_USAGE_DEFAULT
#define LIB_MINSIZE ((1UL << (LIB_MEMORY_USAGE)) + 32)
#define LIB_TWICE(value) ((value) * 2)

// Only LIB_VERSION changes; lib_init expands it but is unchanged as written.
#define LIB_VERSION "1.3"  // expect: macro-value-changed info LIB_VERSION
#define lib_init(s) lib_init_((s), LIB_VERSION, (int)sizeof(int))
