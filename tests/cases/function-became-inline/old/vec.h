#pragma once

namespace geo {

struct Vec2 {
    double x;
    double y;
};

double norm_squared(Vec2 v);
Vec2 add(Vec2 a, Vec2 b);

}  // namespace geo
