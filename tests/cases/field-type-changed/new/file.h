#pragma once

namespace fs {

struct FileInfo {  // expect: field-type-changed error fs::FileInfo::size
    const char* path;
    long size;
    unsigned mode;
};

class Handle {  // expect: field-type-changed info fs::Handle::flags_
public:
    explicit Handle(int fd);
    int fd() const;

private:
    int fd_;
    int flags_;
};

}  // namespace fs
