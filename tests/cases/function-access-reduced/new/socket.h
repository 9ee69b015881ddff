#pragma once

namespace net {

class Socket {
public:
    explicit Socket(int fd);
    virtual ~Socket();

    bool connect(const char* host, int port);

protected:
    void reset();  // expect: function-access-reduced error net::Socket::reset
    int descriptor() const;

private:
    void close();  // expect: function-access-reduced error net::Socket::close
    virtual int on_readable();  // expect: function-access-reduced error net::Socket::on_readable
    int fd_;
};

}  // namespace net
