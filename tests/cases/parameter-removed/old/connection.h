#ifndef NET_CONNECTION_H
#define NET_CONNECTION_H

namespace net {

struct Endpoint {
    const char* host;
    unsigned short port;
};

enum class Protocol { Tcp, Udp };

class Connection {
public:
    Connection(Endpoint remote, Protocol protocol);
    ~Connection();

    long send(const void* data, unsigned long size, int flags);
    long receive(void* buffer, unsigned long capacity);
    void close();

private:
    int fd_;
    Endpoint remote_;
};

int resolve(const char* host, Endpoint* out, int timeout_ms);
const char* protocol_name(Protocol protocol);

}  // namespace net

#endif  // NET_CONNECTION_H
