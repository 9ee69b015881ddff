#pragma once

namespace http {

enum Status {
    STATUS_OK = 200,
    STATUS_NOT_FOUND = 404,
    STATUS_TEAPOT = 418
};

}  // namespace http
