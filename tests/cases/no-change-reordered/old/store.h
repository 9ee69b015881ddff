#pragma once

#define STORE_VERSION 3

namespace kv {

struct Entry {
    const char* key;
    const char* value;
};

enum class Mode { ReadOnly, ReadWrite };

int open(const char* path, Mode mode);
int get(int store, const char* key, Entry* out);
int put(int store, const Entry& entry);
void close(int store);

extern int last_error;

}  // namespace kv
