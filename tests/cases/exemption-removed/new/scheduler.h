#pragma once

#include <apicompat/attributes.h>

namespace sched {

enum class Priority { Low, Normal, High };

class Scheduler {
public:
    explicit Scheduler(int workers);
    ~Scheduler();

    void submit(void (*task)(void*), void* context, Priority priority);
    void rebalance();  // expect: exemption-removed info sched::Scheduler::rebalance
    int pending() const;

private:
    int workers_;
    int pending_;
};

int hardware_concurrency();
void set_thread_name(const char* name);  // expect: exemption-removed info sched::set_thread_name
void yield_now();

}  // namespace sched
