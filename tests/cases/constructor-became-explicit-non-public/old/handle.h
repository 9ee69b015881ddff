#pragma once

namespace io {

class Handle {
public:
    static Handle open(const char* path);
    Handle(Handle&& other);
    ~Handle();

protected:
    Handle(int fd);

private:
    Handle(long native);
    int fd_;
};

}  // namespace io
