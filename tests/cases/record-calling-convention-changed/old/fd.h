#pragma once

namespace posix {

struct FileDescriptor {
    int fd;
};

FileDescriptor open_file(const char* path);
void close_file(FileDescriptor descriptor);

}  // namespace posix
