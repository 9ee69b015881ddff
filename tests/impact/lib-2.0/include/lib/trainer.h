// The dependency of the impact tests, version 2.0 (what the consumers build
// against).
#pragma once

#define LIB_VERSION_MAJOR 2

namespace lib {

struct Config {
  int epochs;
  double rate;
  int seed;
};

enum class Mode { fast, exact, balanced };

struct Handle {
  int fd;
};

Handle* open_handle(const char* path);
int version();
void stage(int step, bool async);
void unused_changed(int value);

class Stager {
 public:
  explicit Stager(int steps);
  void run();
};

class Model {
 public:
  virtual ~Model();
  virtual double loss() const;
  int size() const;
};

double evaluate(const Model& model);

}  // namespace lib
