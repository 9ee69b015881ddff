#pragma once

#include <apicompat/attributes.h>

namespace store {

struct APICOMPAT_INTERNAL_API CacheStats {
    long hits;
    long misses;
};

class APICOMPAT_EXPERIMENTAL_API Cache {
public:
    Cache();
    virtual ~Cache();
    virtual long lookup(const char* key);
};

enum APICOMPAT_INTERNAL_API Policy { POLICY_LRU, POLICY_LFU };

}  // namespace store
