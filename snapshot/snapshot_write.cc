#include "snapshot_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <tuple>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/wire_format_lite.h"
#include "zlib.h"

namespace apicompat {
namespace {

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

using google::protobuf::internal::WireFormatLite;

// The checksum field as written: its tag (2 bytes) and a little-endian
// fixed32, always the last 6 bytes of a binary snapshot.
constexpr uint32_t kChecksumTag =
    WireFormatLite::MakeTag(Snapshot::kChecksumFieldNumber, WireFormatLite::WIRETYPE_FIXED32);
constexpr size_t kChecksumTagSize = 2;
constexpr size_t kChecksumFieldSize = kChecksumTagSize + sizeof(uint32_t);

uint32_t Crc32(absl::string_view bytes) {
  uLong crc = crc32(0L, Z_NULL, 0);
  // zlib takes lengths as uInt: large inputs in pieces.
  while (!bytes.empty()) {
    uInt piece = static_cast<uInt>(std::min<size_t>(bytes.size(), 1u << 30));
    crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data()), piece);
    bytes.remove_prefix(piece);
  }
  return static_cast<uint32_t>(crc);
}

// The checksum field's bytes for `crc`.
void WriteChecksumField(uint32_t crc, char* out) {
  google::protobuf::io::ArrayOutputStream stream(out, kChecksumFieldSize);
  google::protobuf::io::CodedOutputStream coded(&stream);
  coded.WriteTag(kChecksumTag);
  coded.WriteLittleEndian32(crc);
}

}  // namespace

SnapshotFormat FormatForPath(absl::string_view path) {
  for (absl::string_view ext : {".txtpb", ".textproto", ".pbtxt", ".txt"}) {
    if (absl::EndsWith(path, ext)) return SnapshotFormat::kText;
  }
  return SnapshotFormat::kBinary;
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

void Finalize(Snapshot& snapshot) {
  auto* decls = snapshot.mutable_decls();
  auto by_id = [](const Decl& a, const Decl& b) { return a.id() < b.id(); };
  // The collector and the merger produce them in order already.
  if (!std::is_sorted(decls->begin(), decls->end(), by_id)) {
    std::sort(decls->begin(), decls->end(), by_id);
  }
  SortUses(*snapshot.mutable_uses());
  Header* header = snapshot.mutable_header();
  header->set_format_version(kSnapshotFormatVersion);
  header->set_decl_count(snapshot.decls_size());
  header->set_checksummed(true);
  auto* units = header->mutable_translation_units();
  std::sort(units->begin(), units->end());
  units->erase(std::unique(units->begin(), units->end()), units->end());
}

void SortUses(google::protobuf::RepeatedPtrField<Use>& uses) {
  auto key = [](const Use& use) {
    return std::make_tuple(absl::string_view(use.decl_id()), absl::string_view(use.member()),
                           absl::string_view(use.site().file()), use.site().line(),
                           static_cast<int>(use.kind()));
  };
  auto before = [&](const Use& a, const Use& b) { return key(a) < key(b); };
  if (!std::is_sorted(uses.begin(), uses.end(), before)) {
    std::sort(uses.begin(), uses.end(), before);
  }
  auto same = [&](const Use& a, const Use& b) { return key(a) == key(b); };
  uses.erase(std::unique(uses.begin(), uses.end(), same), uses.end());
}

std::string SerializeBinary(const Snapshot& snapshot) {
  if (snapshot.has_checksum()) {  // a snapshot read back: checksum the new bytes
    Snapshot copy = snapshot;
    copy.clear_checksum();
    return SerializeBinary(copy);
  }
  // Sized up front: growing a string of a few hundred KB by doubling maps,
  // copies and unmaps memory at each step, and page faults are a visible
  // share of the plugin's cost.
  size_t size = snapshot.ByteSizeLong();
  std::string out(size + kChecksumFieldSize, '\0');
  {
    google::protobuf::io::ArrayOutputStream stream(out.data(), static_cast<int>(size));
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    snapshot.SerializeWithCachedSizes(&coded);
  }
  // The highest field number comes last in protobuf's own order too, so the
  // bytes are those of the message with the field set.
  WriteChecksumField(Crc32(absl::string_view(out.data(), size)), out.data() + size);
  return out;
}

namespace {

// Where the fields after the declarations start in `bytes` (a serialized
// snapshot): protobuf writes fields in number order, and unknown ones last.
size_t EndOfDecls(absl::string_view bytes) {
  google::protobuf::io::CodedInputStream in(reinterpret_cast<const uint8_t*>(bytes.data()),
                                            static_cast<int>(bytes.size()));
  while (true) {
    size_t at = static_cast<size_t>(in.CurrentPosition());
    uint32_t tag = in.ReadTag();
    if (tag == 0 || WireFormatLite::GetTagFieldNumber(tag) > Snapshot::kDeclsFieldNumber ||
        !WireFormatLite::SkipField(&in, tag)) {
      return at;
    }
  }
}

}  // namespace

std::string SerializeBinary(const Snapshot& snapshot, const std::vector<absl::string_view>& decls) {
  std::string shell = SerializeBinary(snapshot);
  shell.resize(shell.size() - kChecksumFieldSize);
  size_t split = EndOfDecls(shell);
  constexpr uint32_t kDeclTag =
      WireFormatLite::MakeTag(Snapshot::kDeclsFieldNumber, WireFormatLite::WIRETYPE_LENGTH_DELIMITED);
  size_t size = shell.size();
  for (absl::string_view decl : decls) {
    size += google::protobuf::io::CodedOutputStream::VarintSize32(kDeclTag) +
            google::protobuf::io::CodedOutputStream::VarintSize32(decl.size()) + decl.size();
  }
  std::string out;
  out.reserve(size + kChecksumFieldSize);
  out.append(shell, 0, split);
  uint8_t prefix[10];
  for (absl::string_view decl : decls) {
    uint8_t* end = google::protobuf::io::CodedOutputStream::WriteVarint32ToArray(kDeclTag, prefix);
    end = google::protobuf::io::CodedOutputStream::WriteVarint32ToArray(
        static_cast<uint32_t>(decl.size()), end);
    out.append(reinterpret_cast<const char*>(prefix), end - prefix);
    out.append(decl.data(), decl.size());
  }
  out.append(shell, split, std::string::npos);
  char checksum[kChecksumFieldSize];
  WriteChecksumField(Crc32(out), checksum);
  out.append(checksum, kChecksumFieldSize);
  return out;
}

bool HasValidChecksum(absl::string_view bytes) {
  if (bytes.size() < kChecksumFieldSize) return false;
  size_t size = bytes.size() - kChecksumFieldSize;
  char expected[kChecksumFieldSize];
  WriteChecksumField(Crc32(bytes.substr(0, size)), expected);
  return bytes.substr(size) == absl::string_view(expected, kChecksumFieldSize);
}

namespace {

std::string WriteAll(int fd, absl::string_view contents) {
  size_t written = 0;
  while (written < contents.size()) {
    ssize_t n = write(fd, contents.data() + written, contents.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return std::strerror(errno);
    written += static_cast<size_t>(n);
  }
  return "";
}

// Devices, FIFOs, /dev/stdout: opened as they are, never replaced by a file.
std::string WriteDirectly(const std::string& path, absl::string_view contents) {
  int fd = open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) return absl::StrCat(path, ": cannot open: ", std::strerror(errno));
  std::string error = WriteAll(fd, contents);
  if (close(fd) != 0 && error.empty()) error = std::strerror(errno);
  return error.empty() ? "" : absl::StrCat(path, ": write failed: ", error);
}

std::string WriteAtomically(const std::string& path, absl::string_view contents) {
  std::string temp = absl::StrCat(path, ".tmp.XXXXXX");
  int fd = mkstemp(temp.data());
  if (fd < 0) return absl::StrCat(path, ": cannot create: ", std::strerror(errno));
  // mkstemp creates 0600; snapshots are ordinary build outputs.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  std::string error = WriteAll(fd, contents);
  if (!error.empty()) {
    close(fd);
    unlink(temp.c_str());
    return absl::StrCat(path, ": write failed: ", error);
  }
  if (close(fd) != 0 || std::rename(temp.c_str(), path.c_str()) != 0) {
    error = std::strerror(errno);
    unlink(temp.c_str());
    return absl::StrCat(path, ": cannot write: ", error);
  }
  return "";
}

bool IsSystemPath(absl::string_view path) {
  return absl::StartsWith(path, "/dev/") || absl::StartsWith(path, "/proc/");
}

}  // namespace

bool IsStandardOutput(absl::string_view path) {
  return path == "-" || path == "/dev/stdout" || path == "/dev/fd/1" ||
         path == "/proc/self/fd/1";
}

std::string WriteOutputFile(const std::string& path, absl::string_view contents) {
  if (IsStandardOutput(path)) {
    std::string error = WriteAll(STDOUT_FILENO, contents);
    return error.empty() ? "" : absl::StrCat("standard output: write failed: ", error);
  }
  if (IsSystemPath(path)) return WriteDirectly(path, contents);
  struct stat entry;
  if (lstat(path.c_str(), &entry) != 0) return WriteAtomically(path, contents);  // a new file
  if (S_ISLNK(entry.st_mode)) {
    struct stat target;
    char* resolved = realpath(path.c_str(), nullptr);
    if (resolved == nullptr || stat(resolved, &target) != 0) {
      free(resolved);
      return absl::StrCat(path, ": a symlink to a missing file; name the file itself");
    }
    std::string real = resolved;
    free(resolved);
    if (S_ISDIR(target.st_mode)) return absl::StrCat(path, ": is a directory");
    // Written through: the link stays, its target gets the contents.
    if (S_ISREG(target.st_mode) && !IsSystemPath(real)) return WriteAtomically(real, contents);
    return WriteDirectly(real, contents);
  }
  if (S_ISDIR(entry.st_mode)) return absl::StrCat(path, ": is a directory");
  if (!S_ISREG(entry.st_mode)) return WriteDirectly(path, contents);
  return WriteAtomically(path, contents);
}

}  // namespace apicompat
