// Generates a pair of large snapshots for the diff benchmark: a baseline of
// N declarations (functions with parameters, records with fields, enums)
// and a current version with about 1% of them changed, removed or added.
// With --units, per-TU snapshots for the merge benchmark instead: a library
// of 200 headers of 50 declarations, each TU including 6 of them (so TUs
// share most declarations, as real per-TU snapshots of a library do).
//
//   gen_snapshot BASELINE CURRENT [N=100000]
//   gen_snapshot --units DIR [TUS=2000]
#include <cstdlib>
#include <iostream>
#include <string>

#include "absl/strings/str_cat.h"
#include "snapshot_io.h"

namespace apicompat {
namespace {

Type MakeType(const std::string& name) {
  Type type;
  type.set_canonical(name);
  type.set_spelling(name);
  return type;
}

Decl MakeFunction(int n, bool changed) {
  Decl decl;
  std::string name = absl::StrCat("lib::ns", n % 100, "::function", n);
  std::string param = changed ? "long" : "int";
  decl.set_kind(FUNCTION);
  decl.set_qualified_name(name);
  decl.set_id(absl::StrCat("function:", name, "(", param, ", double)"));
  decl.mutable_location()->set_file(absl::StrCat("lib/header", n % 500, ".h"));
  decl.mutable_location()->set_line(n % 1000 + 1);
  decl.add_mangled_names(absl::StrCat("_ZN3lib", n));
  Function* function = decl.mutable_function();
  *function->mutable_return_type() = MakeType("int");
  Parameter* first = function->add_parameters();
  first->set_name("a");
  *first->mutable_type() = MakeType(param);
  Parameter* second = function->add_parameters();
  second->set_name("b");
  *second->mutable_type() = MakeType("double");
  second->set_has_default(true);
  second->set_default_text("1.0");
  return decl;
}

Decl MakeRecord(int n, bool changed) {
  Decl decl;
  std::string name = absl::StrCat("lib::ns", n % 100, "::Record", n);
  decl.set_kind(RECORD);
  decl.set_qualified_name(name);
  decl.set_id(absl::StrCat("record:", name));
  decl.mutable_location()->set_file(absl::StrCat("lib/header", n % 500, ".h"));
  decl.mutable_location()->set_line(n % 1000 + 1);
  Record* record = decl.mutable_record();
  record->set_is_complete(true);
  int fields = changed ? 5 : 4;
  record->set_size_bytes(8 * fields);
  record->set_align_bytes(8);
  for (int f = 0; f < fields; ++f) {
    Field* field = record->add_fields();
    field->set_name(absl::StrCat("field", f));
    *field->mutable_type() = MakeType(f % 2 ? "double" : "long");
    field->set_offset_bits(64 * f);
    field->set_access(PUBLIC);
  }
  return decl;
}

Decl MakeEnum(int n, bool changed) {
  Decl decl;
  std::string name = absl::StrCat("lib::ns", n % 100, "::Enum", n);
  decl.set_kind(ENUM);
  decl.set_qualified_name(name);
  decl.set_id(absl::StrCat("enum:", name));
  decl.mutable_location()->set_file(absl::StrCat("lib/header", n % 500, ".h"));
  Enum* facts = decl.mutable_enum_decl();
  *facts->mutable_underlying_type() = MakeType("int");
  for (int e = 0; e < 6; ++e) {
    Enumerator* enumerator = facts->add_enumerators();
    enumerator->set_name(absl::StrCat("kValue", e));
    enumerator->set_value(std::to_string(changed && e == 3 ? 7 : e));
  }
  return decl;
}

Decl MakeDecl(int n, bool changed) {
  switch (n % 3) {
    case 0: return MakeFunction(n, changed);
    case 1: return MakeRecord(n, changed);
    default: return MakeEnum(n, changed);
  }
}

Snapshot MakeSnapshot(int count, bool current) {
  Snapshot snapshot;
  snapshot.mutable_header()->set_tool_version("bench");
  snapshot.mutable_header()->set_clang_version("19");
  // As the plugin writes it: the facts of this collector.
  snapshot.mutable_header()->set_collector_revision(kCollectorRevision);
  for (int n = 0; n < count; ++n) {
    bool touched = n % 100 == 0;
    if (current && touched && n % 300 == 0) continue;  // removed
    *snapshot.add_decls() = MakeDecl(n, current && touched);
  }
  if (current) {
    for (int n = count; n < count + count / 200; ++n) *snapshot.add_decls() = MakeDecl(n, false);
  }
  return snapshot;
}

constexpr int kHeaders = 200;
constexpr int kDeclsPerHeader = 50;
constexpr int kHeadersPerUnit = 6;

// TU `unit`: the declarations of the headers it includes, in id order (as
// the plugin writes them).
Snapshot MakeUnit(int unit) {
  Snapshot snapshot;
  snapshot.mutable_header()->set_tool_version("bench");
  snapshot.mutable_header()->set_clang_version("19");
  snapshot.mutable_header()->set_collector_revision(kCollectorRevision);
  snapshot.mutable_header()->add_translation_units(absl::StrCat("src/unit", unit, ".cc"));
  for (int i = 0; i < kHeadersPerUnit; ++i) {
    int header = (unit * 7 + i * 31) % kHeaders;
    for (int d = 0; d < kDeclsPerHeader; ++d) {
      *snapshot.add_decls() = MakeDecl(header * kDeclsPerHeader + d, false);
    }
  }
  return snapshot;
}

absl::Status WriteUnits(const std::string& dir, int count) {
  for (int unit = 0; unit < count; ++unit) {
    absl::Status status =
        WriteSnapshot(MakeUnit(unit), absl::StrCat(dir, "/unit", unit, ".cc.apisnap"));
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

}  // namespace
}  // namespace apicompat

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: gen_snapshot BASELINE CURRENT [N]\n";
    return 2;
  }
  if (std::string(argv[1]) == "--units") {
    absl::Status status = apicompat::WriteUnits(argv[2], argc > 3 ? std::atoi(argv[3]) : 2000);
    if (!status.ok()) std::cerr << status.message() << "\n";
    return status.ok() ? 0 : 2;
  }
  int count = argc > 3 ? std::atoi(argv[3]) : 100000;
  for (auto [path, current] : {std::pair{argv[1], false}, std::pair{argv[2], true}}) {
    absl::Status status = apicompat::WriteSnapshot(apicompat::MakeSnapshot(count, current), path);
    if (!status.ok()) {
      std::cerr << status.message() << "\n";
      return 2;
    }
  }
  return 0;
}
