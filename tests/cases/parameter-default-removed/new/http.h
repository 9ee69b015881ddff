#pragma once

namespace http {

enum class Method { Get, Post, Put, Delete };

struct Response {
    int status;
    const char* body;
    unsigned long body_size;
};

class Client {
public:
    explicit Client(const char* base_url);
    ~Client();

    void set_timeout(int milliseconds);  // expect: parameter-default-removed error http::Client::set_timeout
    Response request(Method method, const char* path, const char* body);  // expect: parameter-default-removed error http::Client::request
    void close();

private:
    const char* base_url_;
    int timeout_ms_;
};

Response get(const char* url, int max_redirects);  // expect: parameter-default-removed error http::get
const char* reason_phrase(int status);

}  // namespace http
