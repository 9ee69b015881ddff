// What producing a snapshot needs, and nothing more: finalizing, the binary
// form, atomic writes. The plugin links only this and the protobuf lite
// runtime: a compile that loads the plugin pays for every shared library it
// pulls in (the full protobuf runtime and absl::Status with the ~20 absl
// libraries behind it cost about 8 M instructions per compile), so errors
// here are plain strings rather than absl::Status.
#ifndef APICOMPAT_SNAPSHOT_WRITE_H_
#define APICOMPAT_SNAPSHOT_WRITE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "apicompat/snapshot.pb.h"

namespace apicompat {

// Bumped only when the meaning of an existing field changes (see the schema).
inline constexpr uint32_t kSnapshotFormatVersion = 1;
// Raised whenever the collector records a new fact or computes one
// differently (Header.collector_revision; the history is in
// docs/format.md and differ/unknown_facts.cc).
inline constexpr uint32_t kCollectorRevision = 2;

enum class SnapshotFormat { kBinary, kText };

// Text for .txtpb/.textproto/.pbtxt/.txt, binary for anything else
// (conventionally .apisnap).
SnapshotFormat FormatForPath(absl::string_view path);

// proto3 strings must be UTF-8, or the binary form cannot be read back; text
// taken from sources (default arguments, macro bodies, deprecation reasons)
// may be in any encoding, so the collector passes it through this: invalid
// bytes become '?'.
std::string ValidUtf8(std::string text);

// Sorts declarations by id and uses (SortUses), and fills the header's
// format version and count: what makes the bytes deterministic and
// truncation detectable.
void Finalize(Snapshot& snapshot);

// Sorts uses by decl_id, member, site (file, line) and kind, and drops
// duplicates.
void SortUses(google::protobuf::RepeatedPtrField<Use>& uses);

// The binary form, deterministic (map fields sorted), ending with
// Snapshot.checksum: the CRC-32 of every byte before it.
std::string SerializeBinary(const Snapshot& snapshot);
// The same with `decls` (serialized declarations, in order) after the
// declarations `snapshot` has: the bytes SerializeBinary writes for the
// snapshot holding them all, without parsing them (a merge writes most
// declarations as it read them).
std::string SerializeBinary(const Snapshot& snapshot, const std::vector<absl::string_view>& decls);

// Whether `bytes` end with a checksum field that matches the bytes before it.
bool HasValidChecksum(absl::string_view bytes);

// Writes `contents` to the output `path`; "" on success, else a one-line
// error naming `path`. A regular file (or a new one) gets a temporary file
// renamed over it, so a reader never sees a torn file, even with parallel
// writers. Standard output (IsStandardOutput) is written as it is. Device nodes, FIFOs, sockets and
// anything under /dev/ or /proc/ (/dev/stdout, /dev/null) are opened and
// written directly, never replaced. A symlink is written through: its
// target is written as above (a regular target replaced atomically at its
// real path), and a dangling one is refused, as is a directory.
std::string WriteOutputFile(const std::string& path, absl::string_view contents);

// Whether an output `path` is standard output: "-", /dev/stdout, /dev/fd/1.
// Those get the file descriptor itself: a summary for the user then goes
// to stderr, not into the data.
bool IsStandardOutput(absl::string_view path);

}  // namespace apicompat

#endif  // APICOMPAT_SNAPSHOT_WRITE_H_
