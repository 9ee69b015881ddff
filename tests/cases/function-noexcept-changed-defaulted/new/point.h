#pragma once

namespace geo {

// A defaulted member's noexcept and constexpr follow from the class's
// members and bases whether written or not ('Point() = default;' is as
// noexcept as before): info. A user-provided function's are a promise.
struct Point {
    Point() = default;  // expect: function-noexcept-changed info geo::Point::Point
    Point(const Point&) = default;  // expect: function-noexcept-changed info geo::Point::Point
    Point& operator=(const Point&) = default;
    double x = 0;
    double y = 0;
};

class Path {
public:
    Path() noexcept;
    Path(Path&& other);  // expect: function-noexcept-changed error geo::Path::Path
    ~Path();

private:
    Point* points_;
};

}  // namespace geo
