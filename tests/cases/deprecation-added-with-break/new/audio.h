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
    [[deprecated("use set_master_volume")]] void set_master_gain(double gain);  // expect: deprecation-added info audio::Mixer::set_master_gain; parameter-type-changed error audio::Mixer::set_master_gain
    Buffer render(unsigned long frames);

private:
    int sample_rate_;
    float master_gain_;
};

APICOMPAT_DEPRECATED("3.2", "4.0", "audio::convert", "poor quality") Buffer resample(const Buffer& input, long from_rate, int to_rate);  // expect: deprecation-added info audio::resample; parameter-type-changed error audio::resample
void normalize(Buffer& buffer);

}  // namespace audio
