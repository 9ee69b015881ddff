#pragma once

namespace mesh {

struct Color {
    int r;
    int g;
    int b;
};

struct Vertex {
    Color color;
    int id;
};

}  // namespace mesh
