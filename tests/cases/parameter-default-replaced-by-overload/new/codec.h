#pragma once

namespace codec {

struct Options {
    int level = 1;
};

// Each default below is replaced by an overload without the parameter:
// calls that omitted it now resolve to that overload.
void compress(const char* in, unsigned long len);  // expect: overload-added warning codec::compress
void compress(const char* in, unsigned long len, Options options);  // expect: parameter-default-removed info codec::compress
int encode(const char* in);  // expect: overload-added warning codec::encode
int encode(const char* in, int width);  // expect: overload-added warning codec::encode
int encode(const char* in, int width, bool pad);  // expect: parameter-default-removed info codec::encode; parameter-default-removed info codec::encode

class Stream {
public:
    void flush() const;  // expect: overload-added warning codec::Stream::flush
    void flush(bool sync) const;  // expect: parameter-default-removed info codec::Stream::flush
    // Not callable on the same objects: a const Stream& could call seek(1).
    void seek(long offset);  // expect: overload-added warning codec::Stream::seek
    void seek(long offset, int whence) const;  // expect: parameter-default-removed error codec::Stream::seek
    // A const method is callable on every object the old one was.
    void skip(long count) const;  // expect: overload-added warning codec::Stream::skip
    void skip(long count, bool exact);  // expect: parameter-default-removed info codec::Stream::skip
};

// The overload added here takes an int, not the omitted-argument call.
void decode(const char* in, int len);  // expect: overload-added warning codec::decode
void decode(const char* in, unsigned long len);  // expect: parameter-default-removed error codec::decode

}  // namespace codec
