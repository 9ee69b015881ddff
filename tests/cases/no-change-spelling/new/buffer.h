#ifndef TEXT_BUFFER_H
#define TEXT_BUFFER_H

/*
 * text: a gap buffer for editors.
 *
 * Only the spelling of this header changed since the baseline: typedefs are
 * used where the underlying type was written, parameters were renamed,
 * comments and blank lines were added and declarations were reordered.
 */

namespace text {

typedef unsigned long size_type;
using char_type = char;

/// A half-open range [begin, end) of offsets into a buffer.
struct Range {
    size_type begin;
    size_type end;
};

class Buffer {
public:
    Buffer();
    ~Buffer();

    /// Raw contents; not NUL-terminated.
    const char_type* data() const;

    /// Number of characters stored.
    size_type size() const;

    /* Character at @p i; undefined when out of range. */
    char_type at(size_type i) const;

    void erase(struct Range range);

    void insert(size_type position,
                char const* text,  // copied
                unsigned long length);

private:
    char* data_;
    size_type size_;
    size_type capacity_;
};

Range find(const Buffer& haystack,
           const char_type* needle,
           unsigned long from);

long offset_of(const Buffer& buffer, Range range);

// Compares two NUL-terminated strings.
int compare(char const *lhs, const char_type *rhs, unsigned flags);

size_type count_lines(const Buffer& buffer);

}  // namespace text

#endif  // TEXT_BUFFER_H
