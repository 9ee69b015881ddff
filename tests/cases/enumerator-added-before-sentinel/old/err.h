#pragma once

typedef enum { ERR_OK, ERR_GENERIC, ERR_io, ERR_maxCode } err_code;

enum level { LEVEL_LOW, LEVEL_HIGH, NUM_LEVELS };

err_code last_error(void);

/* lz4's error enum: a dummy after the sentinel (for C89's trailing comma). */
typedef enum { LZ_OK, LZ_ERROR_generic, LZ_ERROR_maxCode, _LZ_dummy_error_enum_never_used } lz_error;
