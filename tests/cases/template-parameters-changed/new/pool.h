#pragma once

namespace mem {

template <typename T, typename Allocator>
class Pool {  // expect: template-parameters-changed error mem::Pool
public:
    T* allocate();
    void release(T* object);
};

template <typename T, unsigned long Capacity>
struct RingBuffer {  // expect: template-parameters-changed error mem::RingBuffer
    T items[Capacity];
    int head;
};

template <typename Key, typename Value, typename Hash = void>
class Cache {  // expect: template-parameters-changed info mem::Cache
public:
    Value* find(const Key& key);
};

template <typename T>
T zero();  // expect: template-parameters-changed error mem::zero

}  // namespace mem
