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

float length(Vec2 v);
Vec2 normalize(Vec2 v);

class Transform {
public:
    Transform();
    Vec2 apply(Vec2 v) const;
    void rotate(float radians);

private:
    float m_[6];
};

}  // namespace geo
