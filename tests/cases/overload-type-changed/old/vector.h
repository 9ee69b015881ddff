#pragma once

namespace geo {

struct Vec2 {
    float x;
    float y;
};

struct Vec3 {
    float x;
    float y;
    float z;
};

Vec2 scale(Vec2 v, float k);
Vec3 scale(Vec3 v, float k);
float length(Vec2 v);
float length(Vec3 v);

class Path {
public:
    Path();

    void add(Vec2 point);
    void add(Vec3 point);
    void add(const Path& other);

private:
    Vec3* points_;
    int count_;
};

}  // namespace geo
