#pragma once

#include <apicompat/attributes.h>

namespace mesh {

// Deprecation allows removing a declaration on the announced schedule
// (legacy_init: exempt), not changing it in place: users were told to move
// away, not that it would change under them. Internal and experimental
// declarations stay exempt.
struct APICOMPAT_DEPRECATED("1.2", "2.0", "mesh::Vertex3", "2D only") Vertex2 { float x, y, z; };  // expect: field-added error mesh::Vertex2::z

APICOMPAT_DEPRECATED("1.1", "2.0", "mesh::load_obj", "renamed") long load(const char* path);  // expect: return-type-changed error mesh::load
[[deprecated("use smooth")]] void relax(int iterations);  // expect: parameter-removed error mesh::relax
APICOMPAT_INTERNAL_API void rebuild(long level);
APICOMPAT_EXPERIMENTAL_API void simplify(double ratio);

}  // namespace mesh
