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
    APICOMPAT_EXPERIMENTAL_API void simplify(double ratio);

private:
    Vertex* vertices_;
    int count_;
};

Mesh load_obj(const char* path);
[[deprecated("use load_obj")]] long load(const char* path, Mesh* out);
APICOMPAT_DEPRECATED("0.9", "1.0", "mesh::smooth", "unstable") void relax(Mesh& m, int iterations);
APICOMPAT_INTERNAL_API void set_allocator(void* (*alloc)(unsigned long), void (*release)(void*));

}  // namespace mesh
