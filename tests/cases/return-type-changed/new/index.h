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
    const Record* find(const char* key);  // expect: return-type-changed error store::Index::find
    double load_factor() const;  // expect: return-type-changed error store::Index::load_factor
    int size() const;

private:
    Record* slots_;
    int size_;
    int capacity_;
};

long count(const Index& index, const char* prefix);  // expect: return-type-changed error store::count
const char* version();

}  // namespace store
