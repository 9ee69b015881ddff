#pragma once

namespace sync {

// A deleted function is never called and has no symbol: changing its return
// type, qualifiers or access is no change; changing its parameters only
// changes which calls it rejects (info); removing it breaks nobody (info).
class Mutex {
public:
    Mutex();
    ~Mutex();
    Mutex(Mutex&) = delete;  // expect: parameter-type-changed info sync::Mutex::Mutex
    Mutex& operator=(const Mutex&) = delete;

    void lock();
    bool try_lock(long timeout_ms);

private:
    void unlock() = delete;
};

void release(Mutex* mutex);
void release(long handle) = delete;  // expect: parameter-type-changed info sync::release

}  // namespace sync
