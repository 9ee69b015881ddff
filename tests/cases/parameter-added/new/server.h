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

    bool start(int backlog);  // expect: parameter-added error net::Server::start
    void stop();
    void set_option(int level, int value, bool persistent);  // expect: parameter-added error net::Server::set_option
    int client_count() const { return clients_; }

private:
    Endpoint local_;
    int clients_;
};

int listen(Endpoint local, int backlog);  // expect: parameter-added error net::listen
inline bool is_privileged(unsigned short port, bool root) { return !root && port < 1024; }  // expect: parameter-added error net::is_privileged
unsigned short default_port();

}  // namespace net

#endif  // NET_SERVER_H
