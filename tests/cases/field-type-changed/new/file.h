#pragma once

namespace fs {

struct FileInfo {  // expect: field-type-changed error fs::FileInfo::size
    const char* path;
    long size;
    unsigned mode;
};

class Handle {  // expect: field-type-changed warning fs::Handle::flags_
public:
    explicit Handle(int fd);
    int fd() const;
    bool readable() const { return flags_ & 1; }

private:
    int fd_;
    unsigned short flags_;
};

}  // namespace fs
