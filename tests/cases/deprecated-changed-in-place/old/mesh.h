#pragma once

#include <apicompat/attributes.h>

namespace mesh {

struct APICOMPAT_DEPRECATED("1.2", "2.0", "mesh::Vertex3", "2D only") Vertex2 { float x, y; };

APICOMPAT_DEPRECATED("1.1", "2.0", "mesh::load_obj", "renamed") int load(const char* path);
[[deprecated("use smooth")]] void relax(int iterations, float strength);
APICOMPAT_DEPRECATED("1.0", "2.0", "mesh::init", "renamed") void legacy_init();
APICOMPAT_INTERNAL_API void rebuild(int level);
APICOMPAT_EXPERIMENTAL_API void simplify(float ratio);

}  // namespace mesh
