#pragma once

namespace io {

class Stream {
public:
    virtual ~Stream();
    virtual long read(char* buffer, long size);
    virtual void flush();  // expect: virtual-method-removed error io::Stream::flush
    virtual long write(const char* buffer, long size);
};

class FileStream : public Stream {
public:
    explicit FileStream(const char* path);
    long read(char* buffer, long size) override;
    void flush() override;  // expect: virtual-method-removed error io::FileStream::flush

private:
    int fd_;
};

// Its override was defined in the header: no symbol of the library's.
class NullStream : public Stream {
public:
    void flush() override {}  // expect: virtual-method-removed info io::NullStream::flush
};

}  // namespace io
