#pragma once

#include <apicompat/attributes.h>

namespace mem {

struct Stats {
    unsigned long allocated;
    unsigned long peak;
};

void* allocate(unsigned long size, unsigned long alignment);
void release(void* block);
APICOMPAT_INTERNAL_API void compact(int generation, bool aggressive);  // expect: exemption-added error mem::compact; parameter-removed error mem::compact
Stats stats();

}  // namespace mem
