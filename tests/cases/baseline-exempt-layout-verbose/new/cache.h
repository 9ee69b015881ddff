#pragma once

#include <apicompat/attributes.h>

namespace store {

struct APICOMPAT_INTERNAL_API CacheStats {
    long hits;
    long evictions;  // expect: field-added info store::CacheStats::evictions
    long misses;
};

class APICOMPAT_EXPERIMENTAL_API Cache {
public:
    Cache();
    virtual ~Cache();
    virtual void clear();  // expect: virtual-method-added info store::Cache::clear
    virtual long lookup(const char* key);
};

enum APICOMPAT_INTERNAL_API Policy { POLICY_FIFO, POLICY_LRU, POLICY_LFU };  // expect: enumerator-added info store::Policy::POLICY_FIFO

}  // namespace store
