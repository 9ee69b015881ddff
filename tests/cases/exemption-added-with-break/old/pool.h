#pragma once

#include <apicompat/attributes.h>

namespace mem {

struct Stats {
    unsigned long allocated;
    unsigned long peak;
};

void* allocate(unsigned long size, unsigned long alignment);
void release(void* block);
void compact(int generation, bool aggressive, unsigned long budget);
Stats stats();

}  // namespace mem
