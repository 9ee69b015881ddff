#pragma once

namespace fs {

struct FileInfo {
    const char* path;
    int size;
    unsigned mode;
};

class Handle {
public:
    explicit Handle(int fd);
    int fd() const;

private:
    int fd_;
    unsigned flags_;
};

}  // namespace fs
