#pragma once

namespace mesh {

struct Color {
    int r;
    int g;
    int b;
    int a;  // expect: field-added error mesh::Color::a
};

struct Vertex {  // expect: record-size-changed error mesh::Vertex
    Color color;
    int id;
};

}  // namespace mesh
