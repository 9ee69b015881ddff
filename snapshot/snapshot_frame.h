// How a snapshot rides inside an object file: the plugin's embed mode puts
// one frame per translation unit into the non-allocated ELF section
// `.apicompat` (never loaded at run time). Linkers and archivers concatenate
// the sections of their inputs, so a shared library or an executable holds
// one frame per object: a frame is self-delimiting (magic, length, bytes)
// so that readers split the concatenation; zero bytes between frames
// (alignment padding) are skipped.
#ifndef APICOMPAT_SNAPSHOT_FRAME_H_
#define APICOMPAT_SNAPSHOT_FRAME_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace apicompat {

inline constexpr char kSnapshotSectionName[] = ".apicompat";
// 8 bytes: not text, so no string in a binary starts a frame by chance.
// A snapshot frame holds a binary snapshot.
inline constexpr absl::string_view kSnapshotFrameMagic("\x7f" "APISNP\x01", 8);
// A sidecar frame holds the 8-byte digest (SidecarDigest) of the snapshot
// written next to the object: what tells a sidecar of this object from a
// stale one (a ccache hit restores the object, never the sidecar).
inline constexpr absl::string_view kSidecarFrameMagic("\x7f" "APISUM\x01", 8);
// The magic, then the payload's length (8 bytes, little-endian).
inline constexpr size_t kSnapshotFrameHeaderSize = 16;

// FNV-1a, 64 bits, little-endian: cheap, stable, no dependency.
inline std::string SidecarDigest(absl::string_view bytes) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char byte : bytes) hash = (hash ^ byte) * 1099511628211ull;
  std::string digest;
  for (int byte = 0; byte < 8; ++byte) digest.push_back(static_cast<char>(hash >> (8 * byte)));
  return digest;
}

// `payload` as one frame starting with `magic`.
inline std::string Frame(absl::string_view magic, absl::string_view payload) {
  std::string frame(magic);
  uint64_t size = payload.size();
  for (int byte = 0; byte < 8; ++byte) frame.push_back(static_cast<char>(size >> (8 * byte)));
  frame.append(payload.data(), payload.size());
  return frame;
}

}  // namespace apicompat

#endif  // APICOMPAT_SNAPSHOT_FRAME_H_
