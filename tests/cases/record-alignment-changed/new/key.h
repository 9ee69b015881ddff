#pragma once

namespace crypto {

struct alignas(16) Key {  // expect: record-alignment-changed error crypto::Key
    unsigned char bytes[16];
};

bool verify(const Key& key, const unsigned char* message, unsigned long size);

}  // namespace crypto
