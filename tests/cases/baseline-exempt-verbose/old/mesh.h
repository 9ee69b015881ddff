#pragma once

#include <apicompat/attributes.h>

namespace mesh {

struct Vertex {
    float x;
    float y;
    float z;
};

class Mesh {
public:
    Mesh();
    ~Mesh();

    int vertex_count() const;
    APICOMPAT_INTERNAL_API void rebuild_index();  // expect: function-removed info mesh::Mesh::rebuild_index
    APICOMPAT_EXPERIMENTAL_API void simplify(float ratio);

private:
    Vertex* vertices_;
    int count_;
};

Mesh load_obj(const char* path);
[[deprecated("use load_obj")]] int load(const char* path, Mesh* out);  // expect: function-removed info mesh::load
APICOMPAT_DEPRECATED("0.9", "1.0", "mesh::smooth", "unstable") void relax(Mesh& m, int iterations, float strength);  // expect: function-removed info mesh::relax
APICOMPAT_EXPERIMENTAL_API Mesh decimate(const Mesh& m, int target_triangles);  // expect: function-removed info mesh::decimate
APICOMPAT_INTERNAL_API void set_allocator(void* (*alloc)(unsigned long));

}  // namespace mesh
