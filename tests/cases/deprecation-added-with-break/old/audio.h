#pragma once

#include <apicompat/attributes.h>

namespace audio {

struct Buffer {
    float* samples;
    unsigned long frames;
    int channels;
};

class Mixer {
public:
    explicit Mixer(int sample_rate);

    void add_track(const Buffer& track, float gain);
    void set_master_gain(float gain);
    Buffer render(unsigned long frames);

private:
    int sample_rate_;
    float master_gain_;
};

Buffer resample(const Buffer& input, int from_rate, int to_rate);
void normalize(Buffer& buffer);

}  // namespace audio
