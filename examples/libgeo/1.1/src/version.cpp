#include <geo/version.h>

namespace geo {

const char* version_string() noexcept { return GEO_VERSION_STRING; }

int version_major() noexcept { return GEO_VERSION_MAJOR; }

int version_minor() noexcept { return GEO_VERSION_MINOR; }

}  // namespace geo
