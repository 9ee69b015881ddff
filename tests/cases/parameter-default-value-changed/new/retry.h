#pragma once

namespace net {

enum class Backoff { None, Linear, Exponential };

class RetryPolicy {
public:
    RetryPolicy();

    void set_buffer_size(unsigned long bytes = 8192);  // expect: parameter-default-value-changed warning net::RetryPolicy::set_buffer_size
    void set_backoff(Backoff backoff = Backoff::Exponential);  // expect: parameter-default-value-changed warning net::RetryPolicy::set_backoff
    int attempts() const;

private:
    int attempts_;
    unsigned long buffer_size_;
    Backoff backoff_;
};

int retry(int attempts = 5);  // expect: parameter-default-value-changed warning net::retry
double jitter(double base, double spread = 0.1);

}  // namespace net
