#pragma once

namespace geo {

struct Vec2 {
    double x;
    double y;
};

inline double norm_squared(Vec2 v) {  // expect: function-became-inline error geo::norm_squared
    return v.x * v.x + v.y * v.y;
}
Vec2 add(Vec2 a, Vec2 b);

}  // namespace geo
