#pragma once

namespace net {

enum class Backoff { None, Linear, Exponential };

class RetryPolicy {
public:
    RetryPolicy();

    void set_buffer_size(unsigned long bytes = 4096);
    void set_backoff(Backoff backoff = Backoff::Linear);
    int attempts() const;

private:
    int attempts_;
    unsigned long buffer_size_;
    Backoff backoff_;
};

int retry(int attempts = 3);
double jitter(double base, double spread = 0.1);

}  // namespace net
