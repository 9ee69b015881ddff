#pragma once

namespace db {

typedef long long row_id;  // expect: typedef-target-changed error db::row_id
using callback = void (*)(int status, void* user_data);  // expect: typedef-target-changed error db::callback
typedef unsigned long size_type;

}  // namespace db
