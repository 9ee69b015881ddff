#pragma once

#ifdef API_DISABLE_DEPRECATE_WARNINGS
#  define API_DEPRECATED(msg)
#else
#  define API_DEPRECATED(msg) __attribute__((deprecated(msg)))
#endif

/* api_old, deprecated in the baseline, is removed: exempt. */
int api_new(int x);
