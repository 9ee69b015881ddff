// What producing a snapshot needs, and nothing more: finalizing, the binary
// form, atomic writes. The plugin links only this and the protobuf lite
// runtime: a compile that loads the plugin pays for every shared library it
// pulls in (the full protobuf runtime and absl::Status with the ~20 absl
// libraries behind it cost about 8 M instructions per compile), so errors
// here are plain strings rather than absl::Status.
#ifndef APICOMPAT_PROTO_SNAPSHOT_WRITE_H_
#define APICOMPAT_PROTO_SNAPSHOT_WRITE_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "apicompat/snapshot.pb.h"

namespace apicompat {

// Bumped only when the meaning of an existing field changes (see the schema).
inline constexpr uint32_t kSnapshotFormatVersion = 1;

enum class SnapshotFormat { kBinary, kText };

// Text for .txtpb/.textproto/.pbtxt/.txt, binary for anything else
// (conventionally .apisnap).
SnapshotFormat FormatForPath(absl::string_view path);

// proto3 strings must be UTF-8, or the binary form cannot be read back; text
// taken from sources (default arguments, macro bodies, deprecation reasons)
// may be in any encoding, so the collector passes it through this: invalid
// bytes become '?'.
std::string ValidUtf8(std::string text);

// Sorts declarations by id and fills the header's format version and count:
// what makes the bytes deterministic and truncation detectable.
void Finalize(Snapshot& snapshot);

// The binary form, deterministic (map fields sorted), ending with
// Snapshot.checksum: the CRC-32 of every byte before it.
std::string SerializeBinary(const Snapshot& snapshot);

// Whether `bytes` end with a checksum field that matches the bytes before it.
bool HasValidChecksum(absl::string_view bytes);

// Writes `contents` to a temporary file renamed over `path`, so a reader
// never sees a torn file, even with parallel writers. Returns "" on
// success, else a one-line error naming `path`.
std::string WriteBytesAtomically(const std::string& path, absl::string_view contents);

// Finalizes `snapshot` and writes its binary form atomically; "" or an error.
std::string WriteBinarySnapshot(Snapshot& snapshot, const std::string& path);

}  // namespace apicompat

#endif  // APICOMPAT_PROTO_SNAPSHOT_WRITE_H_
