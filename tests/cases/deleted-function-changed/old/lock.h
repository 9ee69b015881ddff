#pragma once

namespace sync {

class Mutex {
public:
    Mutex();
    ~Mutex();
    Mutex(const Mutex&) = delete;
    void operator=(const Mutex&) = delete;

    void lock();
    bool try_lock(long timeout_ms);
    void unlock() const = delete;  // expect: function-removed info sync::Mutex::unlock
};

void release(Mutex* mutex);
void release(int handle) = delete;
void wait(Mutex& mutex, int seconds) = delete;  // expect: function-removed info sync::wait

}  // namespace sync
