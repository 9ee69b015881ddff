#ifndef TEXT_BUFFER_H
#define TEXT_BUFFER_H

namespace text {

typedef unsigned long size_type;
using char_type = char;

struct Range {
    size_type begin;
    size_type end;
};

class Buffer {
public:
    Buffer();
    ~Buffer();
    size_type size() const;
    const char* data() const;
    void insert(size_type pos, const char* s, size_type n);
    void erase(Range r);
    char at(size_type index) const;

private:
    char* data_;
    size_type size_;
    size_type capacity_;
};

unsigned long count_lines(const Buffer& buf);
int compare(const char* a, const char* b, unsigned int flags);
Range find(const Buffer& haystack, const char* needle, size_type from);
long int offset_of(const Buffer& buf, Range r);

}  // namespace text

#endif  // TEXT_BUFFER_H
