#pragma once

namespace io {

class Buffer {
public:
    Buffer();
    ~Buffer();
    int size() const;

private:
    char* data_;
    int size_;
};

}  // namespace io
