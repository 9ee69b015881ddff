#pragma once

namespace timing {

class Timer {
public:
    Timer();
    void start();
    long elapsed_ms() const;

private:
    long start_;
    bool running_;
    int laps;
};

}  // namespace timing
