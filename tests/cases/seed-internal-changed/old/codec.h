#pragma once

#include <apicompat/attributes.h>

namespace codec {

struct Frame {
    const unsigned char* data;
    unsigned long size;
    long long timestamp;
};

int decode(const unsigned char* input, unsigned long size, Frame* out);
APICOMPAT_INTERNAL_API int tune_decoder(int threads, bool low_latency);

}  // namespace codec
