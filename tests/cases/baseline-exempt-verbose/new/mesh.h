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
    APICOMPAT_EXPERIMENTAL_API void simplify(double ratio);  // expect: parameter-type-changed info mesh::Mesh::simplify

private:
    Vertex* vertices_;
    int count_;
};

Mesh load_obj(const char* path);
[[deprecated("use load_obj")]] long load(const char* path, Mesh* out);  // expect: return-type-changed info mesh::load
APICOMPAT_DEPRECATED("0.9", "1.0", "mesh::smooth", "unstable") void relax(Mesh& m, int iterations);  // expect: parameter-removed info mesh::relax
APICOMPAT_INTERNAL_API void set_allocator(void* (*alloc)(unsigned long), void (*release)(void*));  // expect: parameter-added info mesh::set_allocator

}  // namespace mesh
