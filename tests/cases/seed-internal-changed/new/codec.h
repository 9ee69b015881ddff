#pragma once

#include <apicompat/attributes.h>

namespace codec {

struct Frame {
    const unsigned char* data;
    unsigned long size;
    long long timestamp;
};

int decode(const unsigned char* input, unsigned long size, Frame* out);
APICOMPAT_INTERNAL_API long tune_decoder(unsigned threads, int latency_mode, const char* profile);

}  // namespace codec
