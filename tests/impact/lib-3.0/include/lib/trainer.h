// The dependency of the impact tests, version 3.0 (the upgrade, and the
// consumers' maximum).
#pragma once

#define LIB_VERSION_MAJOR 3

namespace lib {

struct Config {
  int epochs;
  float rate;
  int seed;
};

enum class Mode { fast, balanced };

struct Handle {
  int fd;
  int flags;
};

Handle* open_handle(const char* path);
int version();
void stage(int step, bool async);
void unused_changed(long value);

class Stager {
 public:
  explicit Stager(int steps);
};

class Model {
 public:
  virtual ~Model();
  virtual double loss() const;
  virtual void save() const;
  int size() const;
};

float evaluate(const Model& model);

}  // namespace lib
