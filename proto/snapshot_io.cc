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
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/message.h"
#include "google/protobuf/stubs/logging.h"
#include "google/protobuf/text_format.h"

namespace apicompat {
namespace {

// Keeps the first text-format parse error instead of letting protobuf log
// every one to stderr.
class FirstErrorCollector : public google::protobuf::io::ErrorCollector {
 public:
  void AddError(int line, int column, const std::string& message) override {
    if (first_.empty()) first_ = absl::StrCat(line + 1, ":", column + 1, ": ", message);
  }
  const std::string& first() const { return first_; }

 private:
  std::string first_;
};

// Length of the valid UTF-8 sequence starting at text[i], or 0.
size_t Utf8SequenceLength(absl::string_view text, size_t i) {
  unsigned char lead = text[i];
  size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  }
  return length;
}

absl::Status Corrupt(const std::string& path, absl::string_view why) {
  return absl::DataLossError(absl::StrCat(
      path, ": not a valid apicompat snapshot (", why, ")"));
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

absl::StatusOr<std::string> ReadFileContents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(absl::StrCat("cannot open: ", std::strerror(errno)));
  }
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return absl::DataLossError("read error");
  return contents.str();
}

absl::Status ParseTextProto(absl::string_view text, google::protobuf::Message& message) {
  google::protobuf::TextFormat::Parser parser;
  FirstErrorCollector errors;
  parser.RecordErrorsTo(&errors);
  if (!parser.ParseFromString(std::string(text), &message)) {
    return absl::InvalidArgumentError(errors.first());
  }
  return absl::OkStatus();
}

std::string ValidUtf8(std::string text) {
  for (size_t i = 0; i < text.size();) {
    size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      text[i] = '?';
      length = 1;
    }
    i += length;
  }
  return text;
}

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

absl::StatusOr<Snapshot> ParseSnapshot(absl::string_view contents, SnapshotFormat format,
                                       const std::string& name) {
  if (contents.empty()) return Corrupt(name, "empty file");
  // Our error names the file on one line; protobuf's own logging would add
  // more lines (e.g. for invalid UTF-8).
  google::protobuf::LogSilencer silence_protobuf;
  Snapshot snapshot;
  if (format == SnapshotFormat::kText) {
    if (absl::Status parsed = ParseTextProto(contents, snapshot); !parsed.ok()) {
      return Corrupt(name, parsed.message());
    }
    // The text parser accepts strings the binary form rejects.
    Snapshot strict;
    if (!strict.ParseFromString(snapshot.SerializeAsString())) {
      return Corrupt(name, "a string is not valid UTF-8");
    }
  } else if (!snapshot.ParseFromArray(contents.data(), static_cast<int>(contents.size()))) {
    return Corrupt(name, "corrupt or truncated binary data");
  }
  absl::Status valid = Validate(snapshot, name);
  if (!valid.ok()) return valid;
  return snapshot;
}

absl::StatusOr<Snapshot> ReadSnapshot(const std::string& path) {
  absl::StatusOr<std::string> contents = ReadFileContents(path);
  if (!contents.ok()) {
    return absl::Status(contents.status().code(),
                        absl::StrCat(path, ": ", contents.status().message()));
  }
  return ParseSnapshot(*contents, FormatForPath(path), path);
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
