#pragma once

#include <memory>

namespace io {

// The raw pointer becomes a unique_ptr: same size, offset and calling
// convention (the destructor was already user-provided), but the implicit
// copy is gone (special-member-lost), so the field's change is not
// invisible to users either.
class Buffer {  // expect: special-member-lost error io::Buffer
public:
    Buffer();
    ~Buffer();
    int size() const;

private:
    std::unique_ptr<char[]> data_;  // expect: field-type-changed warning io::Buffer::data_
    int size_;
};

}  // namespace io
