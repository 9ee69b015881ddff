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
APICOMPAT_INTERNAL_API void set_allocator(void* (*alloc)(unsigned long), void (*release)(void*));  // expect: parameter-added info mesh::set_allocator

}  // namespace mesh
