#include "snapshot_io.h"

#include <cerrno>
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/wire_format_lite.h"
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

absl::Status ParseText(absl::string_view text, google::protobuf::Message& message,
                       google::protobuf::TextFormat::ParseInfoTree* locations,
                       bool allow_unknown) {
  google::protobuf::TextFormat::Parser parser;
  FirstErrorCollector errors;
  parser.RecordErrorsTo(&errors);
  parser.AllowUnknownField(allow_unknown);
  if (locations != nullptr) parser.WriteLocationsTo(locations);
  if (!parser.ParseFromString(std::string(text), &message)) {
    return absl::InvalidArgumentError(errors.first());
  }
  return absl::OkStatus();
}

absl::Status Corrupt(const std::string& path, absl::string_view why) {
  return absl::DataLossError(absl::StrCat(
      path, ": not a valid apicompat snapshot (", why, ")"));
}

absl::string_view IdOf(const Decl& decl) { return decl.id(); }
absl::string_view IdOf(const DeclSummary& decl) { return decl.id; }
absl::string_view NameOf(const Decl& decl) { return decl.qualified_name(); }
absl::string_view NameOf(const DeclSummary& decl) { return decl.qualified_name; }

// Ids identify declarations across snapshots: an empty or repeated one
// would make the comparison depend on the order of the file. (No field
// refers to a declaration by id, so there are no references to check.)
// `Decls` holds declarations or their summaries.
template <typename Decls>
absl::Status ValidateDecls(const Decls& decls, const std::string& path) {
  absl::flat_hash_set<absl::string_view> ids;
  ids.reserve(decls.size());
  for (const auto& decl : decls) {
    absl::string_view id = IdOf(decl);
    if (id.empty()) {
      return Corrupt(path, absl::StrCat("a declaration has no id (", NameOf(decl), ")"));
    }
    if (!ids.insert(id).second) {
      return Corrupt(path, absl::StrCat("duplicate declaration id '", id, "'"));
    }
  }
  return absl::OkStatus();
}

// The forward guarantee (docs/format.md): a snapshot of a newer format is
// refused with this exact message, whatever else about it is new.
absl::Status CheckFormatVersion(uint64_t version, const std::string& path) {
  if (version <= kSnapshotFormatVersion) return absl::OkStatus();
  return absl::FailedPreconditionError(
      absl::StrCat(path, ": written by format ", version, "; this apicompat reads up to ",
                   kSnapshotFormatVersion, ": upgrade apicompat"));
}

// The text form's format_version, read without parsing the rest (which a
// newer format may have made unparsable here, e.g. an enum value this
// apicompat does not know): writers print the header first, and the
// version first in it. 0 when there is none.
uint64_t TextFormatVersion(absl::string_view text) {
  size_t header = text.find("header {");
  if (header == absl::string_view::npos) return 0;
  size_t close = text.find('}', header);
  absl::string_view block = text.substr(header, close == absl::string_view::npos
                                                    ? absl::string_view::npos
                                                    : close - header);
  constexpr absl::string_view kField = "format_version:";
  size_t at = block.find(kField);
  if (at == absl::string_view::npos) return 0;
  absl::string_view digits = absl::StripLeadingAsciiWhitespace(block.substr(at + kField.size()));
  digits = digits.substr(0, std::min(digits.find_first_not_of("0123456789"), digits.size()));
  uint64_t version = 0;
  return absl::SimpleAtoi(digits, &version) ? version : 0;
}

// The header of a snapshot of `count` declarations.
absl::Status ValidateHeader(const Header& header, size_t count, const std::string& path) {
  if (header.format_version() == 0) {
    return Corrupt(path, "no header: truncated, or not a snapshot");
  }
  if (absl::Status readable = CheckFormatVersion(header.format_version(), path);
      !readable.ok()) {
    return readable;
  }
  if (header.decl_count() != count) {
    return Corrupt(path, absl::StrCat("truncated: header announces ",
                                      header.decl_count(), " declarations, ", count, " present"));
  }
  return absl::OkStatus();
}

absl::Status Validate(const Snapshot& snapshot, const std::string& path) {
  absl::Status header = ValidateHeader(snapshot.header(), snapshot.decls_size(), path);
  if (!header.ok()) return header;
  return ValidateDecls(snapshot.decls(), path);
}

}  // namespace

absl::StatusOr<std::string> ReadFileContents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(absl::StrCat("cannot open: ", std::strerror(errno)));
  }
  // Straight into one string of the file's size: a snapshot can be hundreds
  // of megabytes, and a stream buffer would copy it twice.
  std::string contents;
  std::error_code error;
  uintmax_t size = std::filesystem::file_size(path, error);
  if (!error) contents.resize(size);
  in.read(contents.data(), static_cast<std::streamsize>(contents.size()));
  contents.resize(static_cast<size_t>(in.gcount()));
  // A pipe, a device, or a file that grew meanwhile: the rest in pieces.
  char buffer[1 << 16];
  while (in.read(buffer, sizeof(buffer)) || in.gcount() > 0) {
    contents.append(buffer, static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) return absl::DataLossError("read error");
  return contents;
}

absl::Status ParseTextProto(absl::string_view text, google::protobuf::Message& message,
                            google::protobuf::TextFormat::ParseInfoTree* locations) {
  return ParseText(text, message, locations, /*allow_unknown=*/false);
}

std::string Serialize(const Snapshot& snapshot, SnapshotFormat format) {
  if (format == SnapshotFormat::kText) {
    std::string out;
    google::protobuf::TextFormat::Printer printer;
    printer.PrintToString(snapshot, &out);
    return out;
  }
  return SerializeBinary(snapshot);
}

namespace {

// What follows the parse of a binary snapshot: its checksum, and the
// validation of its content.
// The checksum of a binary snapshot read as `snapshot` (which forgets it:
// it was of the bytes read, not of the message).
absl::Status CheckChecksum(absl::string_view contents, const std::string& name,
                           Snapshot& snapshot) {
  // Without a checksum only a snapshot written before checksums existed
  // is read; a flipped bit anywhere else fails the checksum.
  if (!HasValidChecksum(contents) &&
      (snapshot.has_checksum() || snapshot.header().checksummed())) {
    return Corrupt(name, "corrupt: the checksum does not match the content");
  }
  snapshot.clear_checksum();
  return absl::OkStatus();
}

absl::Status CheckedBinary(absl::string_view contents, const std::string& name,
                           Snapshot& snapshot) {
  absl::Status checksum = CheckChecksum(contents, name, snapshot);
  if (!checksum.ok()) return checksum;
  return Validate(snapshot, name);
}

// Parses `contents` into `snapshot` (empty) and validates it.
absl::Status ParseInto(absl::string_view contents, SnapshotFormat format, const std::string& name,
                       Snapshot& snapshot) {
  if (contents.empty()) return Corrupt(name, "empty file");
  // Our error names the file on one line; protobuf's own logging would add
  // more lines (e.g. for invalid UTF-8).
  google::protobuf::LogSilencer silence_protobuf;
  if (format == SnapshotFormat::kText) {
    // Fields this apicompat does not know were written by a newer one of
    // the same format: ignored, as the binary form ignores them.
    if (absl::Status parsed = ParseText(contents, snapshot, nullptr, /*allow_unknown=*/true);
        !parsed.ok()) {
      absl::Status readable = CheckFormatVersion(TextFormatVersion(contents), name);
      if (!readable.ok()) return readable;
      return Corrupt(name, parsed.message());
    }
    // The text parser accepts strings the binary form rejects.
    Snapshot strict;
    if (!strict.ParseFromString(snapshot.SerializeAsString())) {
      return Corrupt(name, "a string is not valid UTF-8");
    }
  } else {
    if (!snapshot.ParseFromArray(contents.data(), static_cast<int>(contents.size()))) {
      return Corrupt(name, "corrupt or truncated binary data");
    }
    return CheckedBinary(contents, name, snapshot);
  }
  snapshot.clear_checksum();  // of the bytes read, not of the message
  return Validate(snapshot, name);
}

}  // namespace

absl::StatusOr<Snapshot> ParseSnapshot(absl::string_view contents, SnapshotFormat format,
                                       const std::string& name) {
  Snapshot snapshot;
  absl::Status parsed = ParseInto(contents, format, name, snapshot);
  if (!parsed.ok()) return parsed;
  return snapshot;
}

absl::StatusOr<Snapshot*> ParseSnapshot(absl::string_view contents, SnapshotFormat format,
                                        const std::string& name, google::protobuf::Arena& arena) {
  Snapshot* snapshot = google::protobuf::Arena::CreateMessage<Snapshot>(&arena);
  absl::Status parsed = ParseInto(contents, format, name, *snapshot);
  if (!parsed.ok()) return parsed;
  return snapshot;
}

bool SplitDecls(absl::string_view contents, std::vector<absl::string_view>& decls,
                std::string* rest) {
  using google::protobuf::internal::WireFormatLite;
  google::protobuf::io::CodedInputStream in(reinterpret_cast<const uint8_t*>(contents.data()),
                                            static_cast<int>(contents.size()));
  while (true) {
    int start = in.CurrentPosition();
    uint32_t tag = in.ReadTag();
    if (tag == 0) return in.CurrentPosition() == static_cast<int>(contents.size());
    if (WireFormatLite::GetTagFieldNumber(tag) == Snapshot::kDeclsFieldNumber &&
        WireFormatLite::GetTagWireType(tag) == WireFormatLite::WIRETYPE_LENGTH_DELIMITED) {
      uint32_t size = 0;
      if (!in.ReadVarint32(&size)) return false;
      size_t at = static_cast<size_t>(in.CurrentPosition());
      if (size > contents.size() - at) return false;
      decls.push_back(contents.substr(at, size));
      in.Skip(static_cast<int>(size));
      continue;
    }
    if (!WireFormatLite::SkipField(&in, tag)) return false;
    if (rest != nullptr) rest->append(contents.data() + start, in.CurrentPosition() - start);
  }
}

namespace {

// The snapshot of binary `contents` without its declarations, whose bytes
// go to `decls`.
absl::StatusOr<Snapshot*> ParseWithoutDecls(absl::string_view contents, const std::string& name,
                                            std::vector<absl::string_view>& decls,
                                            google::protobuf::Arena& arena) {
  if (contents.empty()) return Corrupt(name, "empty file");
  std::string rest;
  Snapshot* snapshot = google::protobuf::Arena::CreateMessage<Snapshot>(&arena);
  if (!SplitDecls(contents, decls, &rest) || !snapshot->ParseFromString(rest)) {
    return Corrupt(name, "corrupt or truncated binary data");
  }
  return snapshot;
}

// `bytes` as `snapshot`'s next declaration: the one `known` has (bytes some
// declaration serializes to parse into that declaration, so it stands in
// for it, valid as parsing would have found it), else parsed.
absl::Status AddDecl(Snapshot& snapshot, absl::string_view bytes, const KnownDecl& known,
                     const std::string& name) {
  if (const Decl* decl = known(bytes)) {
    snapshot.mutable_decls()->UnsafeArenaAddAllocated(const_cast<Decl*>(decl));
  } else if (!snapshot.add_decls()->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return Corrupt(name, "corrupt or truncated binary data");
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Snapshot*> ParseSnapshotReusing(absl::string_view contents,
                                               const std::string& name, const KnownDecl& known,
                                               google::protobuf::Arena& arena) {
  google::protobuf::LogSilencer silence_protobuf;
  std::vector<absl::string_view> decls;
  absl::StatusOr<Snapshot*> snapshot = ParseWithoutDecls(contents, name, decls, arena);
  if (!snapshot.ok()) return snapshot;
  for (absl::string_view bytes : decls) {
    if (absl::Status added = AddDecl(**snapshot, bytes, known, name); !added.ok()) return added;
  }
  absl::Status valid = CheckedBinary(contents, name, **snapshot);
  if (!valid.ok()) return valid;
  return snapshot;
}

absl::StatusOr<Snapshot*> ParseSnapshotPart(absl::string_view contents, const std::string& name,
                                            const std::vector<DeclSummary>& decls,
                                            const std::vector<bool>& keep,
                                            const KnownDecl& known,
                                            google::protobuf::Arena& arena) {
  google::protobuf::LogSilencer silence_protobuf;
  std::vector<absl::string_view> split;
  absl::StatusOr<Snapshot*> parsed = ParseWithoutDecls(contents, name, split, arena);
  if (!parsed.ok()) return parsed;
  Snapshot* snapshot = *parsed;
  for (size_t i = 0; i < decls.size(); ++i) {
    if (!keep[i]) continue;
    if (absl::Status added = AddDecl(*snapshot, decls[i].bytes, known, name); !added.ok()) {
      return added;
    }
  }
  // Validated as the whole it is: a snapshot of all the declarations.
  absl::Status valid = CheckChecksum(contents, name, *snapshot);
  if (valid.ok()) valid = ValidateHeader(snapshot->header(), decls.size(), name);
  if (valid.ok()) valid = ValidateDecls(decls, name);
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

absl::Status WriteOutput(const std::string& path, absl::string_view contents) {
  std::string error = WriteOutputFile(path, contents);
  return error.empty() ? absl::OkStatus() : absl::UnavailableError(error);
}

absl::Status WriteSnapshot(Snapshot snapshot, const std::string& path) {
  Finalize(snapshot);
  return WriteOutput(path, Serialize(snapshot, FormatForPath(path)));
}

}  // namespace apicompat
