#pragma once

namespace geo {

struct Point {
    Point() noexcept = default;
    Point(const Point&) noexcept = default;
    Point& operator=(const Point&) = default;
    double x = 0;
    double y = 0;
};

class Path {
public:
    Path() noexcept;
    Path(Path&& other) noexcept;
    ~Path();

private:
    Point* points_;
};

}  // namespace geo
