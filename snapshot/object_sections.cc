#include "object_sections.h"

#include <cstdint>
#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "snapshot_frame.h"

namespace apicompat {
namespace {

constexpr absl::string_view kArchiveMagic("!<arch>\n", 8);
constexpr absl::string_view kThinArchiveMagic("!<thin>\n", 8);
constexpr absl::string_view kElfMagic("\x7f" "ELF", 4);
constexpr absl::string_view kBitcodeMagic("BC\xc0\xde", 4);
constexpr absl::string_view kMachO32Magic("\xfe\xed\xfa\xce", 4);
constexpr absl::string_view kMachO64Magic("\xfe\xed\xfa\xcf", 4);

absl::Status Malformed(const std::string& name, absl::string_view why) {
  return absl::DataLossError(absl::StrCat(name, ": malformed file (", why, ")"));
}

// Fixed-size fields of an ELF file in its byte order, bounds-checked.
class ElfView {
 public:
  ElfView(absl::string_view bytes, bool is64, bool little)
      : bytes_(bytes), is64_(is64), little_(little) {}

  std::optional<uint64_t> Read(uint64_t offset, int size) const {
    if (offset > bytes_.size() || bytes_.size() - offset < static_cast<uint64_t>(size)) {
      return std::nullopt;
    }
    uint64_t value = 0;
    for (int i = 0; i < size; ++i) {
      uint64_t byte = static_cast<unsigned char>(bytes_[offset + (little_ ? i : size - 1 - i)]);
      value |= byte << (8 * i);
    }
    return value;
  }
  // An address-sized field (Elf32_Off/Elf64_Off and the like).
  std::optional<uint64_t> Word(uint64_t offset) const { return Read(offset, is64_ ? 8 : 4); }
  bool is64() const { return is64_; }
  absl::string_view bytes() const { return bytes_; }

 private:
  absl::string_view bytes_;
  bool is64_;
  bool little_;
};

struct Section {
  uint64_t name = 0;  // offset in the section name table
  uint64_t link = 0;
  uint64_t offset = 0;
  uint64_t size = 0;
  uint32_t type = 0;
};

constexpr uint32_t kNoBits = 8;  // SHT_NOBITS: no bytes in the file

std::optional<Section> ReadSection(const ElfView& elf, uint64_t header) {
  Section section;
  std::optional<uint64_t> name = elf.Read(header, 4), type = elf.Read(header + 4, 4);
  uint64_t word = elf.is64() ? 8 : 4;
  // sh_name, sh_type, sh_flags, sh_addr, sh_offset, sh_size, sh_link.
  std::optional<uint64_t> offset = elf.Word(header + 8 + 2 * word);
  std::optional<uint64_t> size = elf.Word(header + 8 + 3 * word);
  std::optional<uint64_t> link = elf.Read(header + 8 + 4 * word, 4);
  if (!name || !type || !offset || !size || !link) return std::nullopt;
  section.name = *name;
  section.type = static_cast<uint32_t>(*type);
  section.offset = *offset;
  section.size = *size;
  section.link = *link;
  return section;
}

absl::StatusOr<absl::string_view> SectionBytes(const ElfView& elf, const Section& section,
                                               const std::string& name) {
  if (section.type == kNoBits) return absl::string_view();
  if (section.offset > elf.bytes().size() ||
      elf.bytes().size() - section.offset < section.size) {
    return Malformed(name, "a section extends past the end of the file");
  }
  return elf.bytes().substr(section.offset, section.size);
}

// Splits a section's concatenated frames.
absl::Status SplitFrames(absl::string_view section, const std::string& name,
                         EmbeddedFrames& frames) {
  size_t at = 0;
  while (at < section.size()) {
    if (section[at] == '\0') {  // padding between the frames of two objects
      ++at;
      continue;
    }
    absl::string_view rest = section.substr(at);
    bool snapshot = absl::StartsWith(rest, kSnapshotFrameMagic);
    if (rest.size() < kSnapshotFrameHeaderSize ||
        (!snapshot && !absl::StartsWith(rest, kSidecarFrameMagic))) {
      return Malformed(name, absl::StrCat("no snapshot frame at offset ", at, " of section ",
                                          kSnapshotSectionName));
    }
    uint64_t size = 0;
    for (int byte = 7; byte >= 0; --byte) {
      size = (size << 8) | static_cast<unsigned char>(rest[kSnapshotFrameMagic.size() + byte]);
    }
    if (rest.size() - kSnapshotFrameHeaderSize < size) {
      return Malformed(name, absl::StrCat("a snapshot frame at offset ", at, " of section ",
                                          kSnapshotSectionName, " is truncated"));
    }
    absl::string_view payload = rest.substr(kSnapshotFrameHeaderSize, size);
    if (snapshot) {
      frames.snapshots.push_back(
          {absl::StrCat(name, " [snapshot ", frames.snapshots.size() + 1, "]"), payload});
    } else {
      frames.sidecar_digests.emplace_back(payload);
    }
    at += kSnapshotFrameHeaderSize + size;
  }
  return absl::OkStatus();
}

absl::Status ReadElfFrames(absl::string_view bytes, const std::string& name,
                           EmbeddedFrames& frames) {
  if (bytes.size() < 52) return Malformed(name, "truncated ELF header");
  char elf_class = bytes[4], data = bytes[5];
  if ((elf_class != 1 && elf_class != 2) || (data != 1 && data != 2)) {
    return Malformed(name, "unknown ELF class or byte order");
  }
  ElfView elf(bytes, elf_class == 2, data == 1);
  bool is64 = elf.is64();
  std::optional<uint64_t> table = elf.Word(is64 ? 0x28 : 0x20);
  std::optional<uint64_t> entry_size = elf.Read(is64 ? 0x3a : 0x2e, 2);
  std::optional<uint64_t> count = elf.Read(is64 ? 0x3c : 0x30, 2);
  std::optional<uint64_t> names_index = elf.Read(is64 ? 0x3e : 0x32, 2);
  if (!table || !entry_size || !count || !names_index) {
    return Malformed(name, "truncated ELF header");
  }
  if (*table == 0) return absl::OkStatus();  // no section headers at all
  std::optional<Section> first = ReadSection(elf, *table);
  if (!first) return Malformed(name, "section headers past the end of the file");
  // Many sections: the real count and name table index live in section 0.
  if (*count == 0) count = first->size;
  if (*names_index == 0xffff) names_index = first->link;
  if (*count > bytes.size() / std::max<uint64_t>(*entry_size, 1) || *names_index >= *count) {
    return Malformed(name, "impossible section count");
  }
  std::optional<Section> names = ReadSection(elf, *table + *names_index * *entry_size);
  if (!names) return Malformed(name, "section headers past the end of the file");
  absl::StatusOr<absl::string_view> name_table = SectionBytes(elf, *names, name);
  if (!name_table.ok()) return name_table.status();
  std::string wanted = absl::StrCat(kSnapshotSectionName, absl::string_view("\0", 1));
  for (uint64_t i = 1; i < *count; ++i) {
    std::optional<Section> section = ReadSection(elf, *table + i * *entry_size);
    if (!section) return Malformed(name, "section headers past the end of the file");
    if (section->name >= name_table->size() ||
        !absl::StartsWith(name_table->substr(section->name), wanted)) {
      continue;
    }
    absl::StatusOr<absl::string_view> contents = SectionBytes(elf, *section, name);
    if (!contents.ok()) return contents.status();
    if (absl::Status split = SplitFrames(*contents, name, frames); !split.ok()) return split;
  }
  return absl::OkStatus();
}

// A member's name: "a.o/" (GNU), "/123" (GNU long name table), "#1/12" (BSD:
// the name starts the data).
std::string MemberName(absl::string_view raw, absl::string_view long_names,
                       absl::string_view& data) {
  std::string name(absl::StripTrailingAsciiWhitespace(raw));
  size_t offset = 0, length = 0;
  if (absl::StartsWith(name, "#1/") && absl::SimpleAtoi(name.substr(3), &length) &&
      length <= data.size()) {
    std::string bsd(data.substr(0, length));
    data.remove_prefix(length);
    return std::string(bsd.c_str());  // BSD names may be NUL-padded
  }
  if (name.size() > 1 && name[0] == '/' && absl::SimpleAtoi(name.substr(1), &offset) &&
      offset < long_names.size()) {
    absl::string_view rest = long_names.substr(offset);
    name = std::string(rest.substr(0, rest.find('\n')));
  }
  if (!name.empty() && name.back() == '/') name.pop_back();
  return name;
}

absl::Status ReadArchiveFrames(absl::string_view bytes, const std::string& name,
                               EmbeddedFrames& frames) {
  constexpr size_t kHeader = 60;
  absl::string_view long_names;
  size_t at = kArchiveMagic.size();
  while (at < bytes.size()) {
    if (bytes[at] == '\n') {  // padding to an even offset
      ++at;
      continue;
    }
    if (bytes.size() - at < kHeader || bytes.substr(at + 58, 2) != "`\n") {
      return Malformed(name, absl::StrCat("bad archive member header at offset ", at));
    }
    absl::string_view header = bytes.substr(at, kHeader);
    uint64_t size = 0;
    if (!absl::SimpleAtoi(absl::StripAsciiWhitespace(header.substr(48, 10)), &size) ||
        bytes.size() - at - kHeader < size) {
      return Malformed(name, absl::StrCat("bad archive member size at offset ", at));
    }
    absl::string_view data = bytes.substr(at + kHeader, size);
    at += kHeader + size;
    absl::string_view raw_name = header.substr(0, 16);
    if (absl::StartsWith(raw_name, "// ")) {
      long_names = data;
      continue;
    }
    if (absl::StartsWith(raw_name, "/ ") || absl::StartsWith(raw_name, "/SYM64/")) continue;
    std::string member = MemberName(raw_name, long_names, data);
    if (KindOfContents(data) != FileKind::kElf) continue;
    absl::Status read = ReadElfFrames(data, absl::StrCat(name, "(", member, ")"), frames);
    if (!read.ok()) return read;
  }
  return absl::OkStatus();
}

}  // namespace

FileKind KindOfContents(absl::string_view contents) {
  if (absl::StartsWith(contents, kElfMagic)) return FileKind::kElf;
  if (absl::StartsWith(contents, kArchiveMagic) || absl::StartsWith(contents, kThinArchiveMagic)) {
    return FileKind::kArchive;
  }
  if (absl::StartsWith(contents, kBitcodeMagic)) return FileKind::kBitcode;
  for (absl::string_view magic : {kMachO32Magic, kMachO64Magic}) {
    std::string reversed(magic.rbegin(), magic.rend());
    if (absl::StartsWith(contents, magic) || absl::StartsWith(contents, reversed)) {
      return FileKind::kForeignObject;
    }
  }
  return FileKind::kOther;
}

absl::StatusOr<EmbeddedFrames> ReadEmbeddedFrames(absl::string_view contents,
                                                  const std::string& name) {
  EmbeddedFrames frames;
  absl::Status read;
  if (absl::StartsWith(contents, kThinArchiveMagic)) {
    return absl::InvalidArgumentError(absl::StrCat(
        name, ": a thin archive holds no objects: give apicompat the objects it names"));
  }
  if (KindOfContents(contents) == FileKind::kElf) {
    read = ReadElfFrames(contents, name, frames);
  } else if (KindOfContents(contents) == FileKind::kArchive) {
    read = ReadArchiveFrames(contents, name, frames);
  } else {
    return absl::InvalidArgumentError(absl::StrCat(name, ": not an ELF file or archive"));
  }
  if (!read.ok()) return read;
  return frames;
}

}  // namespace apicompat
