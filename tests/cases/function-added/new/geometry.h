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
float length(Vec3 v);  // expect: overload-added warning geo::length
Vec2 normalize(Vec2 v);
float dot(Vec2 a, Vec2 b);  // expect: function-added info geo::dot

class Transform {
public:
    Transform();
    static Transform identity();  // expect: function-added info geo::Transform::identity
    Vec2 apply(Vec2 v) const;
    void rotate(float radians);
    void translate(float dx, float dy);  // expect: function-added info geo::Transform::translate

private:
    float m_[6];
};

}  // namespace geo
