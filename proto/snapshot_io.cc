#include "snapshot_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/text_format.h"

namespace apicompat {
namespace {

// Keeps the first text-format parse error instead of letting protobuf log
// every one to stderr.
class FirstErrorCollector : public google::protobuf::io::ErrorCollector {
 public:
  void AddError(int line, int column, const std::string& message) override {
    if (first_.empty()) first_ = absl::StrCat("line ", line + 1, ":", column + 1, ": ", message);
  }
  const std::string& first() const { return first_; }

 private:
  std::string first_;
};

absl::Status Corrupt(const std::string& path, absl::string_view why) {
  return absl::DataLossError(absl::StrCat(
      path, ": not a valid apicompat snapshot (", why, ")"));
}

absl::StatusOr<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(
        absl::StrCat(path, ": cannot open: ", std::strerror(errno)));
  }
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) {
    return absl::DataLossError(absl::StrCat(path, ": read error"));
  }
  return contents.str();
}

absl::Status Validate(const Snapshot& snapshot, const std::string& path) {
  const Header& header = snapshot.header();
  if (header.format_version() == 0) {
    return Corrupt(path, "no header: truncated, or not a snapshot");
  }
  if (header.format_version() > kSnapshotFormatVersion) {
    return absl::FailedPreconditionError(absl::StrCat(
        path, ": snapshot format ", header.format_version(),
        " is newer than this apicompat understands (", kSnapshotFormatVersion,
        "); upgrade apicompat"));
  }
  if (header.decl_count() != static_cast<uint64_t>(snapshot.decls_size())) {
    return Corrupt(path, absl::StrCat("truncated: header announces ",
                                      header.decl_count(), " declarations, ",
                                      snapshot.decls_size(), " present"));
  }
  return absl::OkStatus();
}

}  // namespace

SnapshotFormat FormatForPath(absl::string_view path) {
  for (absl::string_view ext : {".txtpb", ".textproto", ".pbtxt", ".txt"}) {
    if (absl::EndsWith(path, ext)) return SnapshotFormat::kText;
  }
  return SnapshotFormat::kBinary;
}

void Finalize(Snapshot& snapshot) {
  auto* decls = snapshot.mutable_decls();
  std::sort(decls->begin(), decls->end(),
            [](const Decl& a, const Decl& b) { return a.id() < b.id(); });
  Header* header = snapshot.mutable_header();
  header->set_format_version(kSnapshotFormatVersion);
  header->set_decl_count(snapshot.decls_size());
  auto* units = header->mutable_translation_units();
  std::sort(units->begin(), units->end());
  units->erase(std::unique(units->begin(), units->end()), units->end());
}

std::string Serialize(const Snapshot& snapshot, SnapshotFormat format) {
  std::string out;
  if (format == SnapshotFormat::kText) {
    google::protobuf::TextFormat::Printer printer;
    printer.PrintToString(snapshot, &out);
    return out;
  }
  google::protobuf::io::StringOutputStream stream(&out);
  google::protobuf::io::CodedOutputStream coded(&stream);
  coded.SetSerializationDeterministic(true);
  snapshot.SerializeToCodedStream(&coded);
  return out;
}

absl::StatusOr<Snapshot> ReadSnapshot(const std::string& path) {
  absl::StatusOr<std::string> contents = ReadWholeFile(path);
  if (!contents.ok()) return contents.status();
  if (contents->empty()) return Corrupt(path, "empty file");
  Snapshot snapshot;
  if (FormatForPath(path) == SnapshotFormat::kText) {
    google::protobuf::TextFormat::Parser parser;
    FirstErrorCollector errors;
    parser.RecordErrorsTo(&errors);
    if (!parser.ParseFromString(*contents, &snapshot)) {
      return Corrupt(path, errors.first());
    }
  } else if (!snapshot.ParseFromString(*contents)) {
    return Corrupt(path, "corrupt or truncated binary data");
  }
  absl::Status valid = Validate(snapshot, path);
  if (!valid.ok()) return valid;
  return snapshot;
}

absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view contents) {
  std::string temp = absl::StrCat(path, ".tmp.XXXXXX");
  int fd = mkstemp(temp.data());
  if (fd < 0) {
    return absl::UnavailableError(
        absl::StrCat(path, ": cannot create: ", std::strerror(errno)));
  }
  // mkstemp creates 0600; snapshots are ordinary build outputs.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  size_t written = 0;
  while (written < contents.size()) {
    ssize_t n = write(fd, contents.data() + written, contents.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      std::string error = std::strerror(errno);
      close(fd);
      unlink(temp.c_str());
      return absl::UnavailableError(absl::StrCat(path, ": write failed: ", error));
    }
    written += static_cast<size_t>(n);
  }
  if (close(fd) != 0 || std::rename(temp.c_str(), path.c_str()) != 0) {
    std::string error = std::strerror(errno);
    unlink(temp.c_str());
    return absl::UnavailableError(absl::StrCat(path, ": cannot write: ", error));
  }
  return absl::OkStatus();
}

absl::Status WriteSnapshot(Snapshot snapshot, const std::string& path) {
  Finalize(snapshot);
  return WriteFileAtomically(path, Serialize(snapshot, FormatForPath(path)));
}

}  // namespace apicompat
