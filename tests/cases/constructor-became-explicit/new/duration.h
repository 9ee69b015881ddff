#pragma once

namespace chrono_lite {

class Duration {
public:
    explicit Duration(long milliseconds);  // expect: constructor-became-explicit error chrono_lite::Duration::Duration
    Duration(int minutes, int seconds);

    long milliseconds() const;
    explicit operator double() const;  // expect: constructor-became-explicit error chrono_lite::Duration::operator double

private:
    long ms_;
};

Duration operator+(Duration a, Duration b);

}  // namespace chrono_lite
