#pragma once

#include <apicompat/attributes.h>

namespace sched {

enum class Priority { Low, Normal, High };

class Scheduler {
public:
    explicit Scheduler(int workers);
    ~Scheduler();

    void submit(void (*task)(void*), void* context, Priority priority);
    APICOMPAT_EXPERIMENTAL_API void rebalance();
    int pending() const;

private:
    int workers_;
    int pending_;
};

int hardware_concurrency();
APICOMPAT_INTERNAL_API void set_thread_name(const char* name);
void yield_now();

}  // namespace sched
