#pragma once

namespace chrono_lite {

class Duration {
public:
    Duration(long milliseconds);
    Duration(int minutes, int seconds);

    long milliseconds() const;
    operator double() const;

private:
    long ms_;
};

Duration operator+(Duration a, Duration b);

}  // namespace chrono_lite
