// Macros: object-like, function-like, variadic, versions.
#ifndef COMP_MACROS_H
#define COMP_MACROS_H

#define COMP_VERSION_MAJOR 1
#define COMP_VERSION_MINOR 4
#define COMP_VERSION_STRING "1.4.0"
#define COMP_BUFFER_SIZE (4 * 1024)
#define COMP_MIN(a, b) ((a) < (b) ? (a) : (b))
#define COMP_LOG(format, ...) comp_log_impl(__FILE__, __LINE__, format, __VA_ARGS__)
#define COMP_STRINGIFY(x) #x
#define COMP_CONCAT(a, b) a##b
#define COMP_EMPTY

#endif  // COMP_MACROS_H
