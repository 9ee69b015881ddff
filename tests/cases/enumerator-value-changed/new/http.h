#pragma once

namespace http {

enum Status {
    STATUS_OK = 200,
    STATUS_NOT_FOUND = 404,
    STATUS_TEAPOT = 419  // expect: enumerator-value-changed error http::Status::STATUS_TEAPOT
};

}  // namespace http
