#pragma once

namespace media {

class Codec {
public:
    virtual ~Codec();
    virtual int encode(const short* samples, int count, unsigned char* out) = 0;
    virtual int decode(const unsigned char* in, int size, short* samples) = 0;  // expect: pure-virtual-method-added error media::Codec::decode
};

class PcmCodec : public Codec {  // expect: record-became-abstract error media::PcmCodec
public:
    PcmCodec();
    int encode(const short* samples, int count, unsigned char* out) override;
};

}  // namespace media
