// Functions: overloads, defaults, qualifiers, operators, linkage.
#ifndef COMP_FUNCTIONS_H
#define COMP_FUNCTIONS_H

namespace comp {

int add(int a, int b);
long add(long a, long b);
double add(double a, double b = 0.5);
int sum(int count, ...);
constexpr int square(int x) { return x * x; }
consteval int cube(int x) { return x * x * x; }
inline int half(int x) noexcept { return x / 2; }
void reset(int* value) noexcept;
void erase(void* pointer) = delete;
[[nodiscard]] bool parse(const char* text, int& out);
unsigned long hash(const char* data, unsigned long size = -1, unsigned long seed = 0x9e3779b9);

struct Point;
bool operator==(const Point& a, const Point& b);

class Counter {
 public:
  Counter& operator++();
  Counter operator++(int);
  explicit operator bool() const;
  operator long() const volatile;
  int get() const&;
  int take() &&;

 private:
  int count_;
};

extern "C" int comp_version(void);
extern "C" {
void comp_log(const char* message);
}

}  // namespace comp

#endif  // COMP_FUNCTIONS_H
