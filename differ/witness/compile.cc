#include "witness/compile.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "subprocess.h"

namespace apicompat {
namespace {

namespace fs = std::filesystem;

bool OnPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return false;
  for (absl::string_view dir : absl::StrSplit(path, ':', absl::SkipEmpty())) {
    if (access(absl::StrCat(dir, "/", program).c_str(), X_OK) == 0) return true;
  }
  return false;
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Unique to this process and thread: concurrent runs share the cache.
std::string PrivateSuffix() {
  return absl::StrCat(".", getpid(), ".", std::hash<std::thread::id>()(std::this_thread::get_id()));
}

absl::Status WriteAtomically(const fs::path& path, const std::string& text) {
  fs::path temporary = path;
  temporary += PrivateSuffix();
  {
    std::ofstream out(temporary, std::ios::binary);
    out << text;
    if (!out.good()) return absl::UnavailableError(absl::StrCat("cannot write ", temporary.string()));
  }
  std::error_code error;
  fs::rename(temporary, path, error);
  if (error) return absl::UnavailableError(absl::StrCat("cannot write ", path.string()));
  return absl::OkStatus();
}

// "exit\nlength of out\n" out err.
std::string Serialize(const CompileResult& result) {
  return absl::StrCat(result.exit_code, "\n", result.out.size(), "\n", result.out, result.err);
}

bool Deserialize(const std::string& text, CompileResult& result) {
  std::vector<absl::string_view> head = absl::StrSplit(text, absl::MaxSplits('\n', 2));
  size_t out_size = 0;
  if (head.size() != 3 || !absl::SimpleAtoi(head[0], &result.exit_code) ||
      !absl::SimpleAtoi(head[1], &out_size) || out_size > head[2].size()) {
    return false;
  }
  result.out = std::string(head[2].substr(0, out_size));
  result.err = std::string(head[2].substr(out_size));
  return true;
}

std::string JobKey(const CompileJob& job) {
  return ContentDigest(absl::StrCat(job.compiler, "\n", absl::StrJoin(job.arguments, "\n"), "\n",
                                    job.headers_digest, "\n", job.source));
}

CompileResult Compile(const CompileJob& job, const fs::path& dir) {
  std::string name = job.is_c ? "witness.c" : "witness.cc";
  fs::path source = dir / name;
  CompileResult result;
  if (!WriteAtomically(source, job.source).ok()) {
    result.err = absl::StrCat("cannot write ", source.string());
    return result;
  }
  std::vector<std::string> argv = {job.compiler};
  argv.insert(argv.end(), job.arguments.begin(), job.arguments.end());
  argv.push_back(source.string());
  absl::StatusOr<ProcessResult> run = RunProcess(argv);
  if (!run.ok()) {
    result.err = std::string(run.status().message());
    return result;
  }
  result.exit_code = run->exit_code;
  result.out = std::move(run->out);
  result.err = absl::StrReplaceAll(run->err, {{source.string(), name}});
  return result;
}

// From the cache, else compiled and stored (a compiler that could not be
// started is not stored: it may be installed next time).
CompileResult CachedCompile(const CompileJob& job, const fs::path& cache) {
  std::string key = JobKey(job);
  fs::path stored = cache / (key + ".result");
  CompileResult result;
  if (fs::exists(stored) && Deserialize(ReadAll(stored), result)) return result;
  fs::path dir = cache / (key + PrivateSuffix());
  std::error_code error;
  fs::create_directories(dir, error);
  result = Compile(job, dir);
  fs::remove_all(dir, error);
  if (result.exit_code >= 0) (void)WriteAtomically(stored, Serialize(result));
  return result;
}

}  // namespace

std::string ChooseCompiler(const Header& header) {
  bool is_c = header.language() == "c";
  std::string major = header.clang_version().substr(0, header.clang_version().find('.'));
  std::string versioned = absl::StrCat(is_c ? "clang-" : "clang++-", major);
  if (!major.empty() && OnPath(versioned)) return versioned;
  if (OnPath(is_c ? "clang" : "clang++")) return is_c ? "clang" : "clang++";
  return is_c ? "cc" : "c++";
}

std::string ContentDigest(const std::string& text) {
  // Two FNV-1a passes with different offsets: 128 bits.
  uint64_t a = 14695981039346656037ull, b = 0x6c62272e07bb0142ull;
  for (unsigned char c : text) {
    a = (a ^ c) * 1099511628211ull;
    b = (b ^ c) * 0x100000001b3ull;
    b ^= b >> 29;
  }
  return absl::StrFormat("%016x%016x", a, b);
}

std::string HeaderDigest(const std::vector<std::string>& dirs) {
  std::string all;
  for (const std::string& dir : dirs) {
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::recursive_directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
      if (it->is_regular_file(error)) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    absl::StrAppend(&all, dir, "\n");
    for (const fs::path& file : files) {
      absl::StrAppend(&all, file.string(), "\n", ContentDigest(ReadAll(file)), "\n");
    }
  }
  return ContentDigest(all);
}

std::string DefaultWitnessCache() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
    return absl::StrCat(xdg, "/apicompat/witness");
  }
  const char* home = std::getenv("HOME");
  return absl::StrCat(home != nullptr ? home : "/tmp", "/.cache/apicompat/witness");
}

absl::StatusOr<std::vector<CompileResult>> CompileAll(const std::vector<CompileJob>& jobs,
                                                      const std::string& cache_dir, int threads) {
  std::error_code error;
  fs::create_directories(cache_dir, error);
  if (error || !fs::is_directory(cache_dir)) {
    return absl::UnavailableError(absl::StrCat("cannot create the witness cache ", cache_dir));
  }
  // Identical jobs (the same witness of two findings) run once.
  absl::flat_hash_map<std::string, size_t> first_of_key;
  std::vector<size_t> unique, slot(jobs.size());
  for (size_t i = 0; i < jobs.size(); ++i) {
    auto [it, inserted] = first_of_key.try_emplace(JobKey(jobs[i]), unique.size());
    if (inserted) unique.push_back(i);
    slot[i] = it->second;
  }
  std::vector<CompileResult> computed(unique.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < unique.size(); i = next++) {
      computed[i] = CachedCompile(jobs[unique[i]], cache_dir);
    }
  };
  if (threads <= 0) threads = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (int i = 1; i < std::min<int>(threads, unique.size()); ++i) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
  std::vector<CompileResult> results;
  for (size_t i = 0; i < jobs.size(); ++i) results.push_back(computed[slot[i]]);
  return results;
}

}  // namespace apicompat
