#pragma once

namespace net {

class Listener {
public:
    virtual ~Listener();
    virtual void on_open() = 0;
    virtual void on_message(const char* data, unsigned long size) = 0;
    virtual void on_error(int code) = 0;  // expect: pure-virtual-method-added error net::Listener::on_error
};

}  // namespace net
