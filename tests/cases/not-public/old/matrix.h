#pragma once

namespace linalg {

class Matrix {
public:
    Matrix(int rows, int cols);
    ~Matrix();

    int rows() const;
    int cols() const;
    double at(int row, int col) const;
    void _debug_dump(const char* label) const;

private:
    void grow(int rows, int cols);
    void release_storage();
    static int round_capacity(int n);

    double* data_;
    int rows_;
    int cols_;
};

Matrix multiply(const Matrix& a, const Matrix& b);
int _alloc_count();
void _set_alloc_hook(void (*hook)(unsigned long));

namespace detail {
double dot(const double* a, const double* b, int n);
int block_size();
}  // namespace detail

namespace internal {
void prefetch(const void* address);
}  // namespace internal

namespace impl {
struct Kernel {
    int width;
};
Kernel select_kernel(int rows, int cols);
}  // namespace impl

namespace {
inline int tile_rows(int rows) { return rows / 4; }
}  // namespace

static inline bool is_square(const Matrix& m) { return m.rows() == m.cols(); }

}  // namespace linalg
