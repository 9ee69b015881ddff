#pragma once

typedef struct {
    int id;
} handle_t;

void close_handle(handle_t handle);
