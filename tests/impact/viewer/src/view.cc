// A consumer of lib 2.0 that uses nothing the upgrade to 3.0 breaks: only an
// opaque handle (whose layout changes) and an unchanged function.
#include <lib/trainer.h>

int view(const char* path) {
  lib::Handle* handle = lib::open_handle(path);
  return handle != nullptr ? lib::version() : 0;
}
