/* A C library: structs, typedef-named structs, unions, enums, function
   pointers, macros, constants. */
#ifndef DEVICE_H
#define DEVICE_H

#include <stddef.h>

#define DEVICE_API_VERSION 3
#define DEVICE_MAX(a, b) ((a) > (b) ? (a) : (b))

typedef struct device device_t;

typedef struct {
  int major;
  int minor;
} device_version;

struct device_info {
  char name[32];
  unsigned int flags : 8;
  unsigned int kind : 4;
  union {
    long as_long;
    double as_double;
  } value;
  size_t size;
};

enum device_state { DEVICE_OFF, DEVICE_ON = 5, DEVICE_ERROR = -1 };

typedef void (*device_callback)(device_t *device, void *user);

device_t *device_open(const char *path, int flags);
void device_close(device_t *device);
int device_read(device_t *device, void *buffer, size_t size);
int device_printf(device_t *device, const char *format, ...);
device_version device_get_version(void);
void device_set_callback(device_t *device, device_callback callback, void *user);
__attribute__((deprecated("use device_read"))) int device_read_old(device_t *device);

extern const int device_default_timeout;
extern int device_debug;

#endif
