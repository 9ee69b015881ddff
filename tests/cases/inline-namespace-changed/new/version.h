#pragma once

namespace compress {
inline namespace v2 {  // expect: inline-namespace-changed error compress::v2

class Deflater {
public:
    explicit Deflater(int level);
    int deflate(const char* in, int size, char* out);

private:
    int level_;
};

int crc32(const char* data, int size);

}  // namespace v2
}  // namespace compress
