#pragma once

namespace media {

class Codec {
public:
    virtual ~Codec();
    virtual int encode(const short* samples, int count, unsigned char* out) = 0;
};

class PcmCodec : public Codec {
public:
    PcmCodec();
    int encode(const short* samples, int count, unsigned char* out) override;
};

}  // namespace media
