#pragma once

namespace mesh {

struct Color {  // expect: field-added error mesh::Color::a
    int r;
    int g;
    int b;
    int a;
};

struct Vertex {  // expect: record-size-changed error mesh::Vertex
    Color color;
    int id;
};

}  // namespace mesh
