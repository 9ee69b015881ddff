#pragma once

namespace io {

class Buffer {
public:
    explicit Buffer(unsigned long capacity);
    Buffer(const Buffer& other);
    ~Buffer();

    unsigned long size() const;
    void append(const char* bytes, unsigned long count);

private:
    char* data_;
    unsigned long size_;
    unsigned long capacity_;
};

}  // namespace io
