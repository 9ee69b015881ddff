#include "decl_summary.h"

#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/wire_format_lite.h"

namespace apicompat {
namespace {

using google::protobuf::internal::WireFormatLite;

// A length-delimited field's bytes, the stream moved past them.
bool ReadBytes(google::protobuf::io::CodedInputStream& in, absl::string_view whole,
               absl::string_view& out) {
  uint32_t size = 0;
  if (!in.ReadVarint32(&size)) return false;
  size_t at = static_cast<size_t>(in.CurrentPosition());
  if (size > whole.size() - at) return false;
  out = whole.substr(at, size);
  return in.Skip(static_cast<int>(size));
}

}  // namespace

bool SummarizeDecl(absl::string_view bytes, DeclSummary& summary) {
  summary = DeclSummary();
  summary.bytes = bytes;
  google::protobuf::io::CodedInputStream in(reinterpret_cast<const uint8_t*>(bytes.data()),
                                            static_cast<int>(bytes.size()));
  while (uint32_t tag = in.ReadTag()) {
    int field = WireFormatLite::GetTagFieldNumber(tag);
    bool delimited =
        WireFormatLite::GetTagWireType(tag) == WireFormatLite::WIRETYPE_LENGTH_DELIMITED;
    bool varint = WireFormatLite::GetTagWireType(tag) == WireFormatLite::WIRETYPE_VARINT;
    uint64_t value = 0;
    absl::string_view stability;
    if (delimited && field == Decl::kIdFieldNumber) {
      if (!ReadBytes(in, bytes, summary.id)) return false;
    } else if (delimited && field == Decl::kQualifiedNameFieldNumber) {
      if (!ReadBytes(in, bytes, summary.qualified_name)) return false;
    } else if (delimited && field == Decl::kStabilityFieldNumber) {
      // A plain stable mark has no field set: it is written empty.
      if (!ReadBytes(in, bytes, stability)) return false;
      summary.marked = summary.marked || !stability.empty();
    } else if (varint && field == Decl::kKindFieldNumber) {
      if (!in.ReadVarint64(&value)) return false;
      summary.kind = static_cast<DeclKind>(value);
    } else if (varint && field == Decl::kExposedDetailFieldNumber) {
      if (!in.ReadVarint64(&value)) return false;
      summary.exposed_detail = value != 0;
    } else if (!WireFormatLite::SkipField(&in, tag)) {
      return false;
    }
  }
  return in.ConsumedEntireMessage() && in.CurrentPosition() == static_cast<int>(bytes.size());
}

bool SummarizeDecls(const std::vector<absl::string_view>& decls,
                    std::vector<DeclSummary>& summaries) {
  summaries.resize(decls.size());
  for (size_t i = 0; i < decls.size(); ++i) {
    if (!SummarizeDecl(decls[i], summaries[i])) return false;
  }
  return true;
}

}  // namespace apicompat
