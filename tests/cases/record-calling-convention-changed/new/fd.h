#pragma once

namespace posix {

struct FileDescriptor {  // expect: record-calling-convention-changed error posix::FileDescriptor
    ~FileDescriptor();  // expect: function-added info posix::FileDescriptor::~FileDescriptor
    int fd;
};

FileDescriptor open_file(const char* path);
void close_file(FileDescriptor descriptor);

}  // namespace posix
