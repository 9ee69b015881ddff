#pragma once

namespace linalg {

class Matrix {
public:
    Matrix(int rows, int cols);
    ~Matrix();

    int rows() const;
    int cols() const;
    double at(int row, int col) const;
    void _debug_dump(const char* label, int precision, bool to_stderr) const;

private:
    void grow(long rows, long cols, bool preserve);
    static long round_capacity(long n, long alignment);
    void check_invariants() const;

    double* data_;
    int rows_;
    int cols_;
};

Matrix multiply(const Matrix& a, const Matrix& b);
long _alloc_count(bool reset);
void _trace_allocations(bool enabled);

namespace detail {
float dot(const float* a, const float* b, long n);
int cache_line_size();
}  // namespace detail

namespace internal {
void prefetch(const void* address, int locality);
}  // namespace internal

namespace impl {
struct Kernel {
    int width;
};
Kernel select_kernel(int rows, int cols, bool prefer_simd);
}  // namespace impl

namespace {
inline long tile_rows(long rows, long tile) { return rows / tile; }
}  // namespace

static inline bool is_square(const Matrix& m, bool strict) { return strict ? m.rows() == m.cols() : true; }

}  // namespace linalg
