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
    Connection(Endpoint remote);  // expect: parameter-removed error net::Connection::Connection
    ~Connection();

    long send(const void* data, unsigned long size);  // expect: parameter-removed error net::Connection::send
    long receive(void* buffer, unsigned long capacity);
    void close();

private:
    int fd_;
    Endpoint remote_;
};

int resolve(const char* host, Endpoint* out);  // expect: parameter-removed error net::resolve
const char* protocol_name(Protocol protocol);

}  // namespace net

#endif  // NET_CONNECTION_H
