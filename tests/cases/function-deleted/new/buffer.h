#pragma once

namespace io {

class Buffer {
public:
    explicit Buffer(unsigned long capacity);
    Buffer(const Buffer& other) = delete;  // expect: function-deleted error io::Buffer::Buffer
    ~Buffer();

    unsigned long size() const;
    void append(const char* bytes, unsigned long count);

private:
    char* data_;
    unsigned long size_;
    unsigned long capacity_;
};

}  // namespace io
