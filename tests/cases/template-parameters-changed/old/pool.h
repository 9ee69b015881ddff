#pragma once

namespace mem {

template <typename T>
class Pool {
public:
    T* allocate();
    void release(T* object);
};

template <typename T, int Capacity>
struct RingBuffer {
    T items[Capacity];
    int head;
};

template <typename Key, typename Value>
class Cache {
public:
    Value* find(const Key& key);
};

template <typename T = int>
T zero();

}  // namespace mem
