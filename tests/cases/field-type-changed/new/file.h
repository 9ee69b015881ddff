#pragma once

namespace fs {

struct FileInfo {
    const char* path;
    long size;  // expect: field-type-changed error fs::FileInfo::size
    unsigned mode;
};

class Handle {
public:
    explicit Handle(int fd);
    int fd() const;

private:
    int fd_;
    int flags_;  // expect: field-type-changed info fs::Handle::flags_
};

}  // namespace fs
