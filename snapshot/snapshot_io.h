// Reading and writing snapshots in their binary and text forms (the
// differ's side; snapshot_write.h is what the plugin links).
#ifndef APICOMPAT_SNAPSHOT_IO_H_
#define APICOMPAT_SNAPSHOT_IO_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "apicompat/snapshot.pb.h"
#include "decl_summary.h"
#include "google/protobuf/arena.h"
#include "google/protobuf/message.h"
#include "google/protobuf/text_format.h"
#include "snapshot_write.h"

namespace apicompat {

std::string Serialize(const Snapshot& snapshot, SnapshotFormat format);

// Errors name the file and fit on one line.
absl::StatusOr<Snapshot> ReadSnapshot(const std::string& path);
// The same for bytes from elsewhere (e.g. `git show`); `name` is what errors
// call them.
absl::StatusOr<Snapshot> ParseSnapshot(absl::string_view contents, SnapshotFormat format,
                                       const std::string& name);
// The same onto `arena`, which owns the result: one allocation per block of
// messages instead of one per message and string, and nothing to free one
// by one (what diff and merge of large snapshots spend most time on).
absl::StatusOr<Snapshot*> ParseSnapshot(absl::string_view contents, SnapshotFormat format,
                                        const std::string& name, google::protobuf::Arena& arena);

// What a caller already has of the declarations being read: the
// declaration whose serialized bytes are `bytes`, or null.
using KnownDecl = std::function<const Decl*(absl::string_view bytes)>;
// ParseSnapshot of a binary snapshot onto `arena`, parsing only the
// declarations `known` does not have, with the same validation and errors:
// a merge of per-TU snapshots sees most declarations many times. The result
// holds the caller's declarations for the others, borrowed: they must
// outlive it, and are not freed with it.
absl::StatusOr<Snapshot*> ParseSnapshotReusing(absl::string_view contents,
                                               const std::string& name, const KnownDecl& known,
                                               google::protobuf::Arena& arena);
// ParseSnapshotReusing of only the declarations `keep` selects: `decls` are
// the summaries of every declaration of `contents` (SplitDecls, then
// SummarizeDecls), `keep` says for each whether to read it. The snapshot is
// validated as a whole (checksum, declaration count, ids); the declarations
// left out are neither parsed nor held.
absl::StatusOr<Snapshot*> ParseSnapshotPart(absl::string_view contents, const std::string& name,
                                            const std::vector<DeclSummary>& decls,
                                            const std::vector<bool>& keep,
                                            const KnownDecl& known,
                                            google::protobuf::Arena& arena);
// The bytes of each `decls` entry of the binary snapshot `contents`, in
// order, and in `rest` every other top-level field; false when the bytes
// are no protobuf message.
bool SplitDecls(absl::string_view contents, std::vector<absl::string_view>& decls,
                std::string* rest = nullptr);

// Finalizes a copy and writes it as WriteOutput does, in the form the
// path's name selects ("-": binary on standard output).
absl::Status WriteSnapshot(Snapshot snapshot, const std::string& path);

// A file's bytes; errors do not name the file (callers add context).
absl::StatusOr<std::string> ReadFileContents(const std::string& path);

// Parses protobuf text format; the error is the first problem as
// "L:C: message", on one line (protobuf would log every one). Unknown
// fields are errors. `locations`, if given, gets where each field was.
absl::Status ParseTextProto(absl::string_view text, google::protobuf::Message& message,
                            google::protobuf::TextFormat::ParseInfoTree* locations = nullptr);

// Every output apicompat produces: WriteOutputFile (snapshot_write.h) as a
// Status. Regular files are replaced atomically; "-", devices, FIFOs and
// /dev/stdout are written directly; symlinks are written through.
absl::Status WriteOutput(const std::string& path, absl::string_view contents);

}  // namespace apicompat

#endif  // APICOMPAT_SNAPSHOT_IO_H_
