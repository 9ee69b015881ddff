#pragma once

namespace kv {

extern int last_error;

enum class Mode { ReadOnly, ReadWrite };

void close(int store);
int put(int store, const struct Entry& entry);

struct Entry {
    const char* key;
    const char* value;
};

int get(int store, const char* key, Entry* out);
int open(const char* path, Mode mode);

}  // namespace kv

#define STORE_VERSION 3
