// The dependency of the impact tests, version 1.0 (the consumers' minimum).
#pragma once

#define LIB_VERSION_MAJOR 1

namespace lib {

struct Config {
  int epochs;
  double rate;
};

enum class Mode { fast, exact };

struct Handle {
  int fd;
};

Handle* open_handle(const char* path);
int version();
void stage(int step);
void unused_changed(int value);

class Model {
 public:
  virtual ~Model();
  virtual double loss() const;
  int size() const;
};

double evaluate(const Model& model);

}  // namespace lib
