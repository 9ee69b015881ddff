// Reading the snapshots the plugin's embed mode puts into object files
// (snapshot_frame.h), without LLVM: a small ELF section reader (ELF32 and
// ELF64, either byte order) and a `!<arch>` static archive reader.
#ifndef APICOMPAT_SNAPSHOT_OBJECT_SECTIONS_H_
#define APICOMPAT_SNAPSHOT_OBJECT_SECTIONS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace apicompat {

// kForeignObject: a Mach-O object, whose snapshot is its sidecar.
enum class FileKind { kElf, kArchive, kBitcode, kForeignObject, kOther };

// By the first bytes; kOther is anything else (snapshots included).
FileKind KindOfContents(absl::string_view contents);

// The frames of an object, binary or archive; payloads point into the
// contents read.
struct EmbeddedFrames {
  struct Snapshot {
    std::string name;  // for errors: "lib.a(a.o)" or "libfoo.so", and the frame's number
    absl::string_view bytes;
  };
  std::vector<Snapshot> snapshots;
  std::vector<std::string> sidecar_digests;  // of sidecars written next to the object
};

// Every frame in the `.apicompat` sections of `contents` (an ELF file or an
// archive of them; archive members that are not ELF are skipped). `name`
// is what errors call the file; errors fit on one line.
absl::StatusOr<EmbeddedFrames> ReadEmbeddedFrames(absl::string_view contents,
                                                  const std::string& name);

}  // namespace apicompat

#endif  // APICOMPAT_SNAPSHOT_OBJECT_SECTIONS_H_
