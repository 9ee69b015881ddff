#pragma once

/* The library's own sources define API_DISABLE_DEPRECATE_WARNINGS (as lz4's
 * do): they see api_old stable, users see it deprecated. */
#ifdef API_DISABLE_DEPRECATE_WARNINGS
#  define API_DEPRECATED(msg)
#else
#  define API_DEPRECATED(msg) __attribute__((deprecated(msg)))
#endif

API_DEPRECATED("use api_new") int api_old(int x);
int api_new(int x);
