#pragma once

namespace timing {

class Timer {
public:
    Timer();
    void start();
    long elapsed_ms() const;

private:
    long started_at_;
    bool is_running_;
    int lap_count_;
};

}  // namespace timing
