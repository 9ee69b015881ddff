#pragma once

// Sentinels named in other styles than *_COUNT: only they move.
typedef enum { ERR_OK, ERR_GENERIC, ERR_io, ERR_parameter_null, ERR_maxCode } err_code;  // expect: enumerator-added warning err_code::ERR_parameter_null

enum level { LEVEL_LOW, LEVEL_HIGH, LEVEL_MAXIMAL, NUM_LEVELS };  // expect: enumerator-added warning level::LEVEL_MAXIMAL

err_code last_error(void);

/* lz4's error enum: a dummy after the sentinel (for C89's trailing comma). */
typedef enum { LZ_OK, LZ_ERROR_generic, LZ_ERROR_state, LZ_ERROR_maxCode, _LZ_dummy_error_enum_never_used } lz_error;  // expect: enumerator-added warning lz_error::LZ_ERROR_state
