#pragma once

typedef enum { ERR_OK, ERR_GENERIC, ERR_io, ERR_maxCode } err_code;

enum level { LEVEL_LOW, LEVEL_HIGH, NUM_LEVELS };

err_code last_error(void);
