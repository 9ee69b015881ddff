#pragma once

// A tag spelled like the typedef: the type's name and symbols stay.
typedef struct handle_t {
    int id;
} handle_t;

void close_handle(handle_t handle);
