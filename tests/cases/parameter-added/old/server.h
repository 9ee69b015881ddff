#ifndef NET_SERVER_H
#define NET_SERVER_H

namespace net {

struct Endpoint {
    const char* host;
    unsigned short port;
};

class Server {
public:
    explicit Server(Endpoint local);
    ~Server();

    bool start();
    void stop();
    void set_option(int level, int value);
    int client_count() const { return clients_; }

private:
    Endpoint local_;
    int clients_;
};

int listen(Endpoint local);
inline bool is_privileged(unsigned short port) { return port < 1024; }
unsigned short default_port();

}  // namespace net

#endif  // NET_SERVER_H
