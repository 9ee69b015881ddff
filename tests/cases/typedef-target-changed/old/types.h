#pragma once

namespace db {

typedef int row_id;
using callback = void (*)(int status);
typedef unsigned long size_type;

}  // namespace db
