// The schema only grows: the current proto/apicompat/*.proto (as compiled
// into this build) against the descriptor of the last release
// (released.txtpb), by the compatibility rules of `buf breaking`'s
// WIRE_JSON category. The text form of snapshots and configurations names
// fields, and the JSON report names them too, so a rename breaks every
// committed file as surely as a renumbering breaks the binary form.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "apicompat/config.pb.h"
#include "apicompat/report.pb.h"
#include "apicompat/snapshot.pb.h"
#include "gmock/gmock.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/descriptor.pb.h"
#include "gtest/gtest.h"
#include "snapshot_io.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::DescriptorPool;
using google::protobuf::EnumDescriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::FileDescriptor;
using google::protobuf::FileDescriptorSet;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::string OneofName(const FieldDescriptor& field) {
  const auto* oneof = field.real_containing_oneof();
  return oneof == nullptr ? "" : oneof->name();
}

// The field's wire and JSON identity: what must never change.
std::string FieldShape(const FieldDescriptor& field) {
  std::string type = field.type_name();
  if (field.message_type() != nullptr) type = field.message_type()->full_name();
  if (field.enum_type() != nullptr) type = field.enum_type()->full_name();
  return absl::StrCat(field.label() == FieldDescriptor::LABEL_REPEATED ? "repeated " : "",
                      field.has_presence() && !field.is_repeated() &&
                              field.message_type() == nullptr
                          ? "optional "
                          : "",
                      type, " json_name=", field.json_name(), " oneof=", OneofName(field));
}

void CompareMessage(const Descriptor& released, const Descriptor& current,
                    std::vector<std::string>& breaks) {
  for (int i = 0; i < released.field_count(); ++i) {
    const FieldDescriptor& field = *released.field(i);
    std::string where = absl::StrCat(released.full_name(), ".", field.name(), " = ",
                                     field.number());
    const FieldDescriptor* now = current.FindFieldByNumber(field.number());
    if (now == nullptr) {
      // Deleting is allowed only with both the number and the name reserved.
      if (!current.IsReservedNumber(field.number()) || !current.IsReservedName(field.name())) {
        breaks.push_back(absl::StrCat(where, ": deleted without reserving its number and name"));
      }
      continue;
    }
    if (now->name() != field.name()) {
      breaks.push_back(absl::StrCat(where, ": renamed to ", now->name()));
    }
    if (FieldShape(*now) != FieldShape(field)) {
      breaks.push_back(absl::StrCat(where, ": was ", FieldShape(field), ", now ",
                                    FieldShape(*now)));
    }
  }
  for (int i = 0; i < released.reserved_range_count(); ++i) {
    for (int n = released.reserved_range(i)->start; n < released.reserved_range(i)->end; ++n) {
      if (!current.IsReservedNumber(n)) {
        breaks.push_back(absl::StrCat(released.full_name(), ": reserved number ", n, " freed"));
      }
    }
  }
  for (int i = 0; i < released.reserved_name_count(); ++i) {
    if (!current.IsReservedName(released.reserved_name(i))) {
      breaks.push_back(absl::StrCat(released.full_name(), ": reserved name ",
                                    released.reserved_name(i), " freed"));
    }
  }
}

void CompareEnum(const EnumDescriptor& released, const EnumDescriptor& current,
                 std::vector<std::string>& breaks) {
  for (int i = 0; i < released.value_count(); ++i) {
    const auto& value = *released.value(i);
    std::string where = absl::StrCat(released.full_name(), ".", value.name(), " = ",
                                     value.number());
    const auto* now = current.FindValueByNumber(value.number());
    if (now == nullptr) {
      breaks.push_back(absl::StrCat(where, ": deleted"));
    } else if (now->name() != value.name()) {
      breaks.push_back(absl::StrCat(where, ": renamed to ", now->name()));
    }
  }
}

// Every way `current` breaks readers of what `released` wrote; empty when
// it only grew.
std::vector<std::string> SchemaBreaks(const DescriptorPool& released,
                                      const DescriptorPool& current,
                                      const FileDescriptorSet& released_files) {
  std::vector<std::string> breaks;
  std::vector<const Descriptor*> messages;
  std::vector<const EnumDescriptor*> enums;
  for (const auto& file_proto : released_files.file()) {
    const FileDescriptor* file = released.FindFileByName(file_proto.name());
    for (int i = 0; i < file->message_type_count(); ++i) messages.push_back(file->message_type(i));
    for (int i = 0; i < file->enum_type_count(); ++i) enums.push_back(file->enum_type(i));
  }
  for (size_t i = 0; i < messages.size(); ++i) {  // grows: nested types appended
    const Descriptor& message = *messages[i];
    for (int n = 0; n < message.nested_type_count(); ++n) messages.push_back(message.nested_type(n));
    for (int n = 0; n < message.enum_type_count(); ++n) enums.push_back(message.enum_type(n));
    const Descriptor* now = current.FindMessageTypeByName(message.full_name());
    if (now == nullptr) {
      breaks.push_back(absl::StrCat(message.full_name(), ": message deleted"));
    } else {
      CompareMessage(message, *now, breaks);
    }
  }
  for (const EnumDescriptor* released_enum : enums) {
    const EnumDescriptor* now = current.FindEnumTypeByName(released_enum->full_name());
    if (now == nullptr) {
      breaks.push_back(absl::StrCat(released_enum->full_name(), ": enum deleted"));
    } else {
      CompareEnum(*released_enum, *now, breaks);
    }
  }
  return breaks;
}

FileDescriptorSet ReleasedFiles() {
  FileDescriptorSet files;
  absl::Status parsed =
      ParseTextProto(ReadFile(SourceDir() + "/tests/schema/released.txtpb"), files);
  EXPECT_TRUE(parsed.ok()) << parsed.message();
  return files;
}

void BuildPool(const FileDescriptorSet& files, DescriptorPool& pool) {
  for (const auto& file : files.file()) {
    ASSERT_NE(pool.BuildFile(file), nullptr) << file.name();
  }
}

class SchemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    released_files_ = ReleasedFiles();
    BuildPool(released_files_, released_);
    // The generated code of the current schema, every file of it.
    ASSERT_NE(Snapshot::descriptor(), nullptr);
    ASSERT_NE(Report::descriptor(), nullptr);
    ASSERT_NE(Config::descriptor(), nullptr);
  }
  FileDescriptorSet released_files_;
  DescriptorPool released_;
};

TEST_F(SchemaTest, CurrentSchemaOnlyGrew) {
  EXPECT_THAT(SchemaBreaks(released_, *DescriptorPool::generated_pool(), released_files_),
              IsEmpty());
}

TEST_F(SchemaTest, EveryReleasedFileIsStillCompiledIn) {
  for (const auto& file : released_files_.file()) {
    EXPECT_NE(DescriptorPool::generated_pool()->FindFileByName(file.name()), nullptr)
        << file.name();
  }
}

// The checker itself: each kind of break, made on a copy of the release.
class SchemaBreakTest : public SchemaTest {
 protected:
  std::vector<std::string> BreaksOf(FileDescriptorSet changed) {
    DescriptorPool pool;
    BuildPool(changed, pool);
    return SchemaBreaks(released_, pool, released_files_);
  }
  google::protobuf::DescriptorProto& Message(FileDescriptorSet& files, const std::string& name) {
    for (auto& file : *files.mutable_file()) {
      for (auto& message : *file.mutable_message_type()) {
        if (message.name() == name) return message;
      }
    }
    ADD_FAILURE() << name;
    return *files.mutable_file(0)->mutable_message_type(0);
  }
  google::protobuf::FieldDescriptorProto& Field(FileDescriptorSet& files,
                                                const std::string& message,
                                                const std::string& name) {
    for (auto& field : *Message(files, message).mutable_field()) {
      if (field.name() == name) return field;
    }
    ADD_FAILURE() << message << "." << name;
    return *Message(files, message).mutable_field(0);
  }
};

TEST_F(SchemaBreakTest, UnchangedCopyHasNoBreak) {
  EXPECT_THAT(BreaksOf(released_files_), IsEmpty());
}

TEST_F(SchemaBreakTest, RenamedFieldIsCaught) {
  FileDescriptorSet changed = released_files_;
  auto& field = Field(changed, "Header", "tool_version");
  field.set_name("writer_version");
  field.set_json_name("writerVersion");
  EXPECT_THAT(BreaksOf(changed),
              ElementsAre("apicompat.Header.tool_version = 2: renamed to writer_version",
                          "apicompat.Header.tool_version = 2: was string json_name=toolVersion "
                          "oneof=, now string json_name=writerVersion oneof="));
}

TEST_F(SchemaBreakTest, RenumberedFieldIsCaught) {
  FileDescriptorSet changed = released_files_;
  Field(changed, "Location", "line").set_number(3);
  EXPECT_THAT(BreaksOf(changed),
              ElementsAre("apicompat.Location.line = 2: deleted without reserving its number "
                          "and name"));
}

TEST_F(SchemaBreakTest, ChangedTypeAndLabelAreCaught) {
  FileDescriptorSet changed = released_files_;
  Field(changed, "Location", "line").set_type(google::protobuf::FieldDescriptorProto::TYPE_UINT64);
  Field(changed, "Header", "public_dirs")
      .set_label(google::protobuf::FieldDescriptorProto::LABEL_OPTIONAL);
  EXPECT_THAT(BreaksOf(changed),
              ElementsAre("apicompat.Header.public_dirs = 120: was repeated string "
                          "json_name=publicDirs oneof=, now string json_name=publicDirs oneof=",
                          "apicompat.Location.line = 2: was uint32 json_name=line oneof=, now "
                          "uint64 json_name=line oneof="));
}

TEST_F(SchemaBreakTest, DeletedFieldIsAllowedOnlyWhenReserved) {
  FileDescriptorSet changed = released_files_;
  auto& location = Message(changed, "Location");
  location.mutable_field()->RemoveLast();  // line = 2
  EXPECT_THAT(BreaksOf(changed), ElementsAre("apicompat.Location.line = 2: deleted without "
                                             "reserving its number and name"));
  auto* range = location.add_reserved_range();
  range->set_start(2);
  range->set_end(3);
  location.add_reserved_name("line");
  EXPECT_THAT(BreaksOf(changed), IsEmpty());
}

TEST_F(SchemaBreakTest, RenamedOrRenumberedEnumValueIsCaught) {
  FileDescriptorSet changed = released_files_;
  for (auto& file : *changed.mutable_file()) {
    for (auto& kind : *file.mutable_enum_type()) {
      if (kind.name() != "DeclKind") continue;
      kind.mutable_value(7)->set_name("PREPROCESSOR_MACRO");  // MACRO = 7
      kind.mutable_value(6)->set_number(8);                   // NAMESPACE = 6
    }
  }
  EXPECT_THAT(BreaksOf(changed),
              ElementsAre("apicompat.DeclKind.NAMESPACE = 6: deleted",
                          "apicompat.DeclKind.MACRO = 7: renamed to PREPROCESSOR_MACRO"));
}

TEST_F(SchemaBreakTest, DeletedMessageIsCaught) {
  FileDescriptorSet changed = released_files_;
  for (auto& file : *changed.mutable_file()) {
    if (file.name() != "apicompat/snapshot.proto") continue;
    auto* messages = file.mutable_message_type();
    for (int i = 0; i < messages->size(); ++i) {
      if (messages->Get(i).name() == "Namespace") {
        messages->DeleteSubrange(i, 1);
        break;
      }
    }
    for (auto& message : *file.mutable_message_type()) {
      if (message.name() != "Decl") continue;
      for (auto& field : *message.mutable_field()) {
        if (field.name() == "namespace_decl") field.set_type_name(".apicompat.Location");
      }
    }
  }
  std::vector<std::string> breaks = BreaksOf(changed);
  EXPECT_THAT(breaks, ::testing::Contains("apicompat.Namespace: message deleted"));
}

}  // namespace
}  // namespace apicompat::testing
