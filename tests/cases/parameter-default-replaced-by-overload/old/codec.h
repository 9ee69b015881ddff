#pragma once

namespace codec {

struct Options {
    int level = 1;
};

// Each default below is replaced by an overload without the parameter:
// calls that omitted it now resolve to that overload.
void compress(const char* in, unsigned long len, Options options = {});
int encode(const char* in, int width = 8, bool pad = true);

class Stream {
public:
    void flush(bool sync = false) const;
    void seek(long offset, int whence = 0) const;
    void skip(long count, bool exact = false);
};

// The overload added here takes an int, not the omitted-argument call.
void decode(const char* in, unsigned long len = 0);

}  // namespace codec
