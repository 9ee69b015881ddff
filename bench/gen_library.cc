// Generates a synthetic but realistic C++ library for the benchmarks:
// public headers with classes (virtual and not), class and function
// templates, enums, typedefs and free functions; translation units that
// include many of them; and one TU that includes heavy standard headers.
//
//   gen_library OUT_DIR [HEADERS=300] [TUS=60] [HEADERS_PER_TU=40]
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace {

namespace fs = std::filesystem;

void WriteHeader(const fs::path& dir, int n) {
  std::ofstream out(dir / ("module" + std::to_string(n) + ".h"));
  std::string ns = "m" + std::to_string(n);
  out << "#pragma once\n#include <cstdint>\n#include <string>\n#include <vector>\n"
      << "namespace bench {\nnamespace " << ns << " {\n"
      << "enum class Mode : std::uint8_t { kOff, kOn, kAuto, kCount };\n"
      << "typedef std::vector<int> Values;\n"
      << "using Name = std::string;\n"
      << "struct Options { int level = 1; double scale = 1.0; Mode mode = Mode::kAuto; bool flag : 1; };\n"
      << "class Base {\n public:\n  virtual ~Base();\n  virtual int run(const Options& options) = 0;\n"
      << "  virtual Name name() const;\n protected:\n  int state_ = 0;\n};\n"
      << "class Impl final : public Base {\n public:\n  explicit Impl(int seed, Mode mode = Mode::kOn);\n"
      << "  int run(const Options& options) override;\n  Name name() const override;\n"
      << "  static Impl* create(const Values& values);\n  Values values() const noexcept;\n"
      << " private:\n  Values values_;\n  double weight_ = 0;\n};\n"
      << "template <typename T, int N = 4>\nclass Buffer {\n public:\n  void push(const T& value) { data_[size_++ % N] = value; }\n"
      << "  T get(int i) const { return data_[i % N]; }\n  int size() const { return size_; }\n"
      << " private:\n  T data_[N];\n  int size_ = 0;\n};\n"
      << "template <typename T>\nT clamp_value(T value, T low, T high) { return value < low ? low : value > high ? high : value; }\n";
  for (int f = 0; f < 8; ++f) {
    out << "int compute" << f << "(int a, double b = " << f << ".5, const Name& label = \"x\");\n";
  }
  out << "constexpr int kLimit = " << n * 10 << ";\n"
      << "inline int twice(int v) { return 2 * v; }\n"
      << "}  // namespace " << ns << "\n}  // namespace bench\n";
}

void WriteUnit(const fs::path& dir, int n, int headers, int per_unit) {
  std::ofstream out(dir / ("unit" + std::to_string(n) + ".cpp"));
  int own = n % headers;
  out << "#include \"module" << own << ".h\"\n";
  for (int i = 0; i < per_unit; ++i) {
    out << "#include \"module" << (n * 7 + i) % headers << ".h\"\n";
  }
  out << "namespace bench { namespace m" << own << " {\n"
      << "Base::~Base() = default;\nName Base::name() const { return \"base\"; }\n"
      << "Impl::Impl(int seed, Mode mode) : values_(seed, static_cast<int>(mode)) {}\n"
      << "int Impl::run(const Options& options) { Buffer<int> b; b.push(options.level); return b.get(0) + twice(state_); }\n"
      << "Name Impl::name() const { return \"impl\"; }\n"
      << "Impl* Impl::create(const Values& values) { return new Impl(static_cast<int>(values.size())); }\n"
      << "Values Impl::values() const noexcept { return values_; }\n";
  for (int f = 0; f < 8; ++f) {
    out << "int compute" << f << "(int a, double b, const Name& label) { return clamp_value(a, 0, kLimit) + static_cast<int>(b) + static_cast<int>(label.size()); }\n";
  }
  out << "}}\n";
}

void WriteHeavyUnit(const fs::path& dir) {
  std::ofstream out(dir / "heavy.cpp");
  out << "#include <algorithm>\n#include <chrono>\n#include <functional>\n#include <iostream>\n"
      << "#include <map>\n#include <memory>\n#include <regex>\n#include <string>\n#include <thread>\n"
      << "#include <unordered_map>\n#include <vector>\n#include \"module0.h\"\n"
      << "int heavy_main() {\n  std::map<std::string, int> counts;\n  std::regex word(\"[a-z]+\");\n"
      << "  std::string text = \"the quick brown fox\";\n"
      << "  for (std::sregex_iterator it(text.begin(), text.end(), word), end; it != end; ++it) ++counts[it->str()];\n"
      << "  std::cout << counts.size() << '\\n';\n  return static_cast<int>(counts.size());\n}\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: gen_library OUT_DIR [HEADERS] [TUS] [HEADERS_PER_TU]\n";
    return 2;
  }
  fs::path out = argv[1];
  int headers = argc > 2 ? std::atoi(argv[2]) : 300;
  int units = argc > 3 ? std::atoi(argv[3]) : 60;
  int per_unit = argc > 4 ? std::atoi(argv[4]) : 40;
  fs::create_directories(out / "include");
  fs::create_directories(out / "src");
  for (int n = 0; n < headers; ++n) WriteHeader(out / "include", n);
  for (int n = 0; n < units; ++n) WriteUnit(out / "src", n, headers, per_unit);
  WriteHeavyUnit(out / "src");
  return 0;
}
