// Constants, variables, typedefs, macros, free functions, namespaces.
#pragma once

#define SHAPES_VERSION_MAJOR 2
#define SHAPES_VERSION_STRING "2.1.0"
#define SHAPES_SQUARE(x) ((x) * (x))
#define SHAPES_LOG(level, ...) shapes::log(level, __VA_ARGS__)
#define SHAPES_EMPTY
#define SHAPES_MAKE(T) new ::shapes::T()

namespace shapes {

constexpr int kMaxShapes = 1024;
const double kEpsilon = 1e-9;
constexpr const char* kLibraryName = "shapes";
static const unsigned kFlagsMask = 0xff00u;
extern int debug_level;

using Id = unsigned long;
typedef void (*Handler)(int code);
typedef int Matrix[3][3];

void log(int level, const char* format, ...);
Handler set_handler(Handler handler) noexcept;
void (*get_raw_handler())(int);
int sum(const int* values, unsigned long count = 0);
inline int twice(int x) { return 2 * x; }
constexpr int cube(int x) { return x * x * x; }
void removed() = delete;

namespace io {
bool save(const char* path, int flags = 0);
}

inline namespace v2 {
int version();
}

}  // namespace shapes

extern "C" {
int shapes_c_entry(int argc, char** argv);
}

int global_function(double);
