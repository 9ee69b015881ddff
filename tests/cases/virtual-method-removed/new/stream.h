#pragma once

namespace io {

class Stream {
public:
    virtual ~Stream();
    virtual long read(char* buffer, long size);
    virtual long write(const char* buffer, long size);
};

class FileStream : public Stream {
public:
    explicit FileStream(const char* path);
    long read(char* buffer, long size) override;

private:
    int fd_;
};

// Its override was defined in the header: no symbol of the library's.
class NullStream : public Stream {
};

}  // namespace io
