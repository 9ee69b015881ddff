/* The C part: structs, tags and typedefs, unions, bit-fields, flexible
 * array members, enums, function pointers, variadic functions, constants,
 * macros and stability marks, as a C compiler sees them. */
#ifndef CAPI_H
#define CAPI_H

#include <stddef.h>
#include <stdint.h>

#include "apicompat/attributes.h"

#define CAPI_VERSION 3
#define CAPI_NAME "capi"
#define CAPI_ALIGN(x, a) (((x) + (a) - 1) & ~((a) - 1))

typedef struct capi_context capi_context; /* opaque */

struct capi_point {
  int32_t x;
  int32_t y;
};

typedef struct {
  uint8_t kind;
  union {
    int64_t integer;
    double real;
    const char* text;
  } value;
} capi_value;

struct capi_header {
  unsigned version : 4;
  unsigned flags : 12;
  uint16_t length;
};

struct capi_message {
  size_t size;
  unsigned char payload[];
};

typedef enum capi_status {
  CAPI_OK = 0,
  CAPI_ERROR = -1,
  CAPI_AGAIN = 11
} capi_status;

enum capi_mode { CAPI_READ = 1, CAPI_WRITE = 2, CAPI_BOTH = 3 };

typedef void (*capi_callback)(capi_context* context, void* user_data);

capi_context* capi_open(const char* name, enum capi_mode mode);
capi_status capi_close(capi_context* context);
int capi_printf(capi_context* context, const char* format, ...);
void capi_set_callback(capi_context* context, capi_callback callback, void* user_data);
struct capi_point capi_origin(void);
capi_value capi_read(const capi_context* context, size_t index);

static const int capi_max_depth = 32;
static const double capi_epsilon = 1e-9;
extern const char capi_banner[];
extern int capi_debug_level;

APICOMPAT_INTERNAL_API int capi_internal_stats(capi_context* context);
APICOMPAT_EXPERIMENTAL_API int capi_try_fast_path(capi_context* context);
APICOMPAT_DEPRECATED("2.0", "4.0", "capi_open", "takes a mode now")
capi_context* capi_create(const char* name);

#endif /* CAPI_H */
