// libgeo version information.
#ifndef GEO_VERSION_H
#define GEO_VERSION_H

#define GEO_VERSION_MAJOR 1
#define GEO_VERSION_MINOR 0
#define GEO_VERSION_PATCH 0
#define GEO_VERSION_STRING "1.0.0"

namespace geo {

/// The version of the library actually loaded at run time, e.g. "1.0.0".
/// Compare with GEO_VERSION_STRING to detect a header/library mismatch.
const char* version_string() noexcept;

int version_major() noexcept;
int version_minor() noexcept;

}  // namespace geo

#endif  // GEO_VERSION_H
