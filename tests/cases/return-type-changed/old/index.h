#pragma once

namespace store {

struct Record {
    unsigned long id;
    const char* key;
    const char* value;
};

class Index {
public:
    Index();
    ~Index();

    bool insert(const Record& record);
    Record* find(const char* key);
    float load_factor() const;
    int size() const;

private:
    Record* slots_;
    int size_;
    int capacity_;
};

int count(const Index& index, const char* prefix);
const char* version();

}  // namespace store
