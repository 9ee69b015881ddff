#pragma once

namespace net {

class Socket {
public:
    explicit Socket(int fd);
    virtual ~Socket();

    bool connect(const char* host, int port);
    void close();
    void reset();
    virtual int on_readable();

protected:
    int descriptor() const;

private:
    int fd_;
};

}  // namespace net
