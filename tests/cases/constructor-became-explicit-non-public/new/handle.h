#pragma once

namespace io {

// explicit only matters to code that may call the constructor: a private
// one only the class and its friends (not API: no finding); a protected one
// also derived classes, which initialize their base directly, where explicit
// does not matter, but may inherit it with 'using Handle::Handle;' (warning).
class Handle {
public:
    static Handle open(const char* path);
    Handle(Handle&& other);
    ~Handle();

protected:
    explicit Handle(int fd);  // expect: constructor-became-explicit warning io::Handle::Handle

private:
    explicit Handle(long native);
    int fd_;
};

}  // namespace io
