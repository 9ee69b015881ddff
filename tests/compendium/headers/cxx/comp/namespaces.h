// Namespaces and type aliases: inline (versioned) namespaces, nesting,
// typedefs.
#ifndef COMP_NAMESPACES_H
#define COMP_NAMESPACES_H

namespace comp {

inline namespace v2 {
struct Config {
  int retries;
  bool verbose;
};
Config default_config();
}  // namespace v2

namespace io {
namespace fs {
int open_file(const char* path, int flags = 0);
}  // namespace fs
}  // namespace io

typedef int Handle;
using Callback = void (*)(int event, void* context);
typedef Config Settings;

}  // namespace comp

#endif  // COMP_NAMESPACES_H
