// Compiling witnesses: the compiler the snapshots name, run as a subprocess
// (the differ links no Clang), in parallel, cached by content.
#ifndef APICOMPAT_DIFFER_WITNESS_COMPILE_H_
#define APICOMPAT_DIFFER_WITNESS_COMPILE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "apicompat/snapshot.pb.h"

namespace apicompat {

// One compilation: the source text and the full command line after the
// compiler (include dirs, language, -std, what to produce; the source file
// is appended).
struct CompileJob {
  std::string compiler;
  std::vector<std::string> arguments;
  std::string source;
  bool is_c = false;
  // Digest of the headers the include dirs hold (HeaderDigest): part of the
  // cache key, so that a changed header recompiles.
  std::string headers_digest;
};

struct CompileResult {
  int exit_code = -1;
  std::string out;  // the dumps asked for
  std::string err;  // diagnostics, the witness file named "witness.c(c)"
};

// The compiler for headers `header` describes: clang++-MAJOR (clang-MAJOR
// for C) of its clang_version when on PATH, else clang++ (clang), else c++
// (cc).
std::string ChooseCompiler(const Header& header);

// A digest of every file below `dirs` (paths and contents).
std::string HeaderDigest(const std::vector<std::string>& dirs);

// Hex digest of `text` (128 bits, not cryptographic: cache keys).
std::string ContentDigest(const std::string& text);

// The default cache: $XDG_CACHE_HOME/apicompat/witness, else
// $HOME/.cache/apicompat/witness.
std::string DefaultWitnessCache();

// Runs the jobs on `jobs` threads (0: one per core), each result from
// `cache_dir` when an identical job ran before. An error only when the cache
// cannot be written; a compiler that cannot be started gives exit_code -1
// and the reason in `err`.
absl::StatusOr<std::vector<CompileResult>> CompileAll(const std::vector<CompileJob>& jobs,
                                                      const std::string& cache_dir, int threads);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_WITNESS_COMPILE_H_
