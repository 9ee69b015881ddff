// MergeSnapshots: de-duplication across translation units, forward
// declarations, conflicts, and a result that does not depend on input order.
#include "merge.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "apicompat/snapshot.pb.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "snapshot_io.h"
#include "support/test_support.h"

namespace apicompat {
namespace {

using testing::DeclIds;

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::SizeIs;

Decl Function(const std::string& name, const std::string& return_type = "int",
              uint32_t line = 3) {
  Decl decl;
  decl.set_id(absl::StrCat("function:", name, "(int)"));
  decl.set_kind(FUNCTION);
  decl.set_qualified_name(name);
  decl.mutable_location()->set_file("api.h");
  decl.mutable_location()->set_line(line);
  decl.add_mangled_names(absl::StrCat("_Z", name.size(), name, "i"));
  decl.mutable_function()->mutable_return_type()->set_canonical(return_type);
  decl.mutable_function()->add_parameters()->mutable_type()->set_canonical("int");
  return decl;
}

// A record; a forward declaration (`complete` false) has no layout.
Decl Record(const std::string& name, bool complete, uint32_t line) {
  Decl decl;
  decl.set_id(absl::StrCat("record:", name));
  decl.set_kind(RECORD);
  decl.set_qualified_name(name);
  decl.mutable_location()->set_file(complete ? "types.h" : "fwd.h");
  decl.mutable_location()->set_line(line);
  decl.mutable_record()->set_is_complete(complete);
  if (complete) {
    decl.mutable_record()->set_size_bytes(8);
    decl.mutable_record()->set_align_bytes(4);
    Field* field = decl.mutable_record()->add_fields();
    field->set_name("x");
    field->mutable_type()->set_canonical("int");
    field = decl.mutable_record()->add_fields();
    field->set_name("y");
    field->set_offset_bits(32);
    field->mutable_type()->set_canonical("int");
  }
  return decl;
}

// A per-TU snapshot as the plugin writes it.
Snapshot Unit(const std::string& name, const std::vector<Decl>& decls,
              const std::string& clang_version = "19.1.7") {
  Snapshot snapshot;
  Header* header = snapshot.mutable_header();
  header->set_tool_version("0.1.0");
  header->set_clang_version(clang_version);
  header->set_target_triple("x86_64-pc-linux-gnu");
  header->add_translation_units(name);
  for (const Decl& decl : decls) *snapshot.add_decls() = decl;
  Finalize(snapshot);
  return snapshot;
}


std::string Bytes(const Snapshot& snapshot) {
  return Serialize(snapshot, SnapshotFormat::kBinary);
}

MergeResult MergeOrDie(std::vector<Snapshot> inputs, bool keep_first = false) {
  absl::StatusOr<MergeResult> merged = MergeSnapshots(std::move(inputs), {keep_first});
  EXPECT_TRUE(merged.ok()) << merged.status();
  return merged.ok() ? *std::move(merged) : MergeResult{};
}

void ExpectSameDecl(const Decl& actual, const Decl& expected) {
  std::string difference;
  google::protobuf::util::MessageDifferencer differencer;
  differencer.ReportDifferencesToString(&difference);
  EXPECT_TRUE(differencer.Compare(expected, actual)) << difference;
}

// Every permutation of `inputs`, by index.
std::vector<std::vector<Snapshot>> Permutations(const std::vector<Snapshot>& inputs) {
  std::vector<size_t> order(inputs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::vector<Snapshot>> all;
  do {
    std::vector<Snapshot> permuted;
    for (size_t i : order) permuted.push_back(inputs[i]);
    all.push_back(std::move(permuted));
  } while (std::next_permutation(order.begin(), order.end()));
  return all;
}

TEST(MergeTest, IdenticalDeclsFromSeveralUnitsAppearOnce) {
  Decl shared = Function("shared");
  Decl point = Record("Point", true, 2);
  MergeResult merged = MergeOrDie({
      Unit("src/a.cpp", {shared, point, Function("only_a")}),
      Unit("src/b.cpp", {point, shared}),
      Unit("src/c.cpp", {shared, Function("only_c")}),
  });
  EXPECT_THAT(DeclIds(merged.snapshot),
              ElementsAre("function:only_a(int)", "function:only_c(int)",
                          "function:shared(int)", "record:Point"));
  EXPECT_EQ(merged.snapshot.header().decl_count(), 4u);
  EXPECT_EQ(merged.snapshot.header().format_version(), kSnapshotFormatVersion);
  EXPECT_THAT(merged.warnings, IsEmpty());
  ExpectSameDecl(merged.snapshot.decls(2), shared);
  ExpectSameDecl(merged.snapshot.decls(3), point);
}

TEST(MergeTest, ResultBytesDoNotDependOnInputOrder) {
  std::vector<Snapshot> inputs = {
      Unit("src/a.cpp", {Function("f"), Record("Node", false, 1)}),
      Unit("src/b.cpp", {Function("f"), Record("Node", true, 5), Function("g")}),
      Unit("src/c.cpp", {Record("Node", false, 1), Function("h")}),
      Unit("src/d.cpp", {Function("g"), Function("h")}, "19.1.6"),
  };
  std::vector<std::vector<Snapshot>> permutations = Permutations(inputs);
  ASSERT_THAT(permutations, SizeIs(24));
  std::string expected = Bytes(MergeOrDie(inputs).snapshot);
  for (size_t i = 0; i < permutations.size(); ++i) {
    EXPECT_EQ(Bytes(MergeOrDie(permutations[i]).snapshot), expected) << "permutation " << i;
  }
}

// What `apicompat merge` does with binary inputs: each read through
// SnapshotMerger::Adopt, the result in binary form (FinishBinary).
absl::StatusOr<MergeResult> MergeAsRead(const std::vector<Snapshot>& inputs, bool keep_first) {
  SnapshotMerger merger({keep_first});
  google::protobuf::Arena arena;
  for (const Snapshot& input : inputs) {
    const std::string& bytes = *google::protobuf::Arena::Create<std::string>(&arena, Bytes(input));
    absl::StatusOr<Snapshot*> read = ParseSnapshotReusing(
        bytes, "in.apisnap", [&](absl::string_view decl) { return merger.Adopt(decl); }, arena);
    if (!read.ok()) return read.status();
    merger.Add(**read, bytes);
  }
  return merger.FinishBinary();
}

TEST(MergeTest, BinaryResultIsTheBytesOfTheMergedSnapshot) {
  Decl macro = Function("m");
  macro.set_kind(MACRO);
  macro.set_id("macro:LIB_MODE");
  Decl other_macro = macro;
  other_macro.mutable_location()->set_line(9);
  std::vector<Snapshot> inputs = {
      Unit("src/a.cpp", {Function("f"), Record("Node", false, 1), macro}),
      Unit("src/b.cpp", {Function("f"), Record("Node", true, 5), Function("g"), macro}),
      Unit("src/c.cpp", {Record("Node", false, 1), Function("h"), other_macro}),
      Unit("src/d.cpp", {Function("g", "long"), Function("h")}, "19.1.6"),
  };
  for (bool keep_first : {false, true}) {
    for (std::vector<Snapshot>& permuted : Permutations(inputs)) {
      absl::StatusOr<MergeResult> expected = MergeSnapshots(permuted, {keep_first});
      absl::StatusOr<MergeResult> binary = MergeAsRead(permuted, keep_first);
      ASSERT_EQ(binary.ok(), expected.ok()) << binary.status() << expected.status();
      if (!expected.ok()) {
        EXPECT_EQ(binary.status(), expected.status());
        continue;
      }
      EXPECT_EQ(binary->binary, Bytes(expected->snapshot));
      EXPECT_EQ(binary->decl_count, static_cast<size_t>(expected->snapshot.decls_size()));
      EXPECT_EQ(binary->warnings, expected->warnings);
    }
  }
}

TEST(MergeTest, ConflictResolutionDoesNotDependOnInputOrder) {
  std::vector<Snapshot> inputs = {
      Unit("src/b.cpp", {Function("f", "long")}),
      Unit("src/a.cpp", {Function("f", "int")}),
      Unit("src/c.cpp", {Function("f", "short")}),
  };
  MergeResult first = MergeOrDie(inputs, /*keep_first=*/true);
  for (std::vector<Snapshot>& permuted : Permutations(inputs)) {
    MergeResult merged = MergeOrDie(permuted, /*keep_first=*/true);
    EXPECT_EQ(Bytes(merged.snapshot), Bytes(first.snapshot));
    EXPECT_EQ(merged.warnings, first.warnings);
  }
}

TEST(MergeTest, ForwardDeclarationAndDefinitionMergeIntoTheDefinition) {
  Decl forward = Record("Handle", false, 1);
  Decl complete = Record("Handle", true, 9);
  // The definition may come from the first or the last TU, in either order.
  for (bool forward_first : {true, false}) {
    Snapshot with_forward = Unit(forward_first ? "src/a.cpp" : "src/b.cpp", {forward});
    Snapshot with_definition = Unit(forward_first ? "src/b.cpp" : "src/a.cpp", {complete});
    for (bool swap : {false, true}) {
      SCOPED_TRACE(absl::StrCat("forward_first=", forward_first, " swap=", swap));
      std::vector<Snapshot> inputs = {with_forward, with_definition};
      if (swap) std::swap(inputs[0], inputs[1]);
      MergeResult merged = MergeOrDie(inputs);
      ASSERT_EQ(merged.snapshot.decls_size(), 1);
      ExpectSameDecl(merged.snapshot.decls(0), complete);
      EXPECT_THAT(merged.warnings, IsEmpty());
    }
  }
}

TEST(MergeTest, ForwardDeclarationsOnlyStayIncomplete) {
  MergeResult merged = MergeOrDie({Unit("src/a.cpp", {Record("Opaque", false, 1)}),
                                   Unit("src/b.cpp", {Record("Opaque", false, 1)})});
  ASSERT_EQ(merged.snapshot.decls_size(), 1);
  EXPECT_FALSE(merged.snapshot.decls(0).record().is_complete());
}

std::string MergeError(std::vector<Snapshot> inputs) {
  absl::StatusOr<MergeResult> merged = MergeSnapshots(std::move(inputs), MergeOptions{});
  EXPECT_FALSE(merged.ok());
  if (merged.ok()) return "";
  EXPECT_EQ(merged.status().code(), absl::StatusCode::kFailedPrecondition);
  return std::string(merged.status().message());
}

constexpr char kAdvice[] =
    "; a header must declare the same in every translation unit "
    "(--keep-first keeps the first one's version)";

TEST(MergeTest, ConflictNamesBothUnitsAndTheFactThatDiffers) {
  std::string error = MergeError(
      {Unit("src/b.cpp", {Function("f", "long")}), Unit("src/a.cpp", {Function("f", "int")})});
  EXPECT_EQ(error, absl::StrCat("conflicting declarations: function 'f' (api.h:3): return type "
                                "'int' in src/a.cpp, 'long' in src/b.cpp",
                                kAdvice));
}

TEST(MergeTest, ConflictingDefinitionsAfterAForwardDeclarationFail) {
  Decl wide = Record("Box", true, 9);
  wide.mutable_record()->set_size_bytes(16);
  std::string error = MergeError({Unit("src/a.cpp", {Record("Box", false, 1)}),
                                  Unit("src/b.cpp", {Record("Box", true, 9)}),
                                  Unit("src/c.cpp", {wide})});
  EXPECT_THAT(error, HasSubstr("record 'Box' (types.h:9): size 8 bytes in src/b.cpp, 16 in "
                               "src/c.cpp;"));
}

// A field inserted under a -D flag given to one TU only: the message names
// the field that moved, not the size that follows from it.
TEST(MergeTest, LayoutConflictNamesTheFieldThatMoved) {
  Decl padded = Record("Point", true, 2);
  padded.mutable_record()->set_size_bytes(16);
  Field* pad = padded.mutable_record()->mutable_fields(0);
  pad->set_name("pad");
  pad->mutable_type()->set_canonical("long");
  padded.mutable_record()->mutable_fields(1)->set_offset_bits(64);
  std::string error =
      MergeError({Unit("src/a.cpp", {padded}), Unit("src/b.cpp", {Record("Point", true, 2)})});
  EXPECT_THAT(error, HasSubstr("record 'Point' (types.h:2): field 'y' at offset 64 bits in "
                               "src/a.cpp, 32 in src/b.cpp;"));
}

TEST(MergeTest, ConflictMessagesNameListElementsAndFlags) {
  Decl value_one = Function("f"), value_two = Function("f");
  value_one.mutable_function()->mutable_parameters(0)->set_has_default(true);
  value_one.mutable_function()->mutable_parameters(0)->set_default_text("1");
  value_two.mutable_function()->mutable_parameters(0)->set_has_default(true);
  value_two.mutable_function()->mutable_parameters(0)->set_default_text("2");
  EXPECT_THAT(MergeError({Unit("a.cc", {value_one}), Unit("b.cc", {value_two})}),
              HasSubstr("function 'f' (api.h:3): parameter 1 default text '1' in a.cc, '2' in "
                        "b.cc;"));
  Decl throwing = Function("g"), nothrow = Function("g");
  nothrow.mutable_function()->set_is_noexcept(true);
  EXPECT_THAT(MergeError({Unit("a.cc", {throwing}), Unit("b.cc", {nothrow})}),
              HasSubstr("function 'g' (api.h:3): not noexcept in a.cc, noexcept in b.cc;"));
  Decl color;
  color.set_id("enum:Color");
  color.set_kind(ENUM);
  color.set_qualified_name("Color");
  color.mutable_location()->set_file("api.h");
  color.mutable_location()->set_line(1);
  Enumerator* blue = color.mutable_enum_decl()->add_enumerators();
  blue->set_name("kBlue");
  blue->set_value("2");
  Decl renumbered = color;
  renumbered.mutable_enum_decl()->mutable_enumerators(0)->set_value("3");
  EXPECT_THAT(MergeError({Unit("a.cc", {color}), Unit("b.cc", {renumbered})}),
              HasSubstr("enum 'Color' (api.h:1): enumerator 'kBlue' value '2' in a.cc, '3' in "
                        "b.cc;"));
  Decl two = Function("h");
  two.mutable_function()->add_parameters()->mutable_type()->set_canonical("char");
  EXPECT_THAT(MergeError({Unit("a.cc", {Function("h")}), Unit("b.cc", {two})}),
              HasSubstr("function 'h' (api.h:3): parameter 2 not in a.cc, in b.cc;"));
}

TEST(MergeTest, ConflictCountsTheOthers) {
  std::string error = MergeError(
      {Unit("a.cc", {Function("f", "long"), Function("g", "long")}),
       Unit("b.cc", {Function("f"), Function("g")})});
  EXPECT_THAT(error, HasSubstr("'long' in a.cc, 'int' in b.cc (and 1 more);"));
}

TEST(MergeTest, KeepFirstKeepsTheFirstUnitByNameAndWarns) {
  Decl in_a = Function("f", "int");
  Decl in_b = Function("f", "long", 4);
  // Given in reverse order: "first" means first by TU name, not by position.
  MergeResult merged = MergeOrDie(
      {Unit("src/b.cpp", {in_b, Function("g")}), Unit("src/a.cpp", {in_a})}, /*keep_first=*/true);
  EXPECT_THAT(DeclIds(merged.snapshot), ElementsAre("function:f(int)", "function:g(int)"));
  ExpectSameDecl(merged.snapshot.decls(0), in_a);
  EXPECT_THAT(merged.warnings,
              ElementsAre("kept the first of conflicting declarations: function 'f' (api.h:3): "
                          "return type 'int' in src/a.cpp, 'long' in src/b.cpp"));
}

// Merged in every order, `inputs` give `expected`, without warnings.
void ExpectCombinedInEveryOrder(const std::vector<Snapshot>& inputs, const Decl& expected) {
  for (std::vector<Snapshot>& permuted : Permutations(inputs)) {
    MergeResult merged = MergeOrDie(permuted);
    ASSERT_EQ(merged.snapshot.decls_size(), 1);
    ExpectSameDecl(merged.snapshot.decls(0), expected);
    EXPECT_THAT(merged.warnings, IsEmpty());
  }
}

// `inline int Counter::next() {...}` in a header only one TU includes.
TEST(MergeTest, InlineDefinitionSeenBySomeUnitsIsCombined) {
  Decl plain = Function("next");
  Decl inlined = plain;
  inlined.mutable_function()->set_is_inline(true);
  ExpectCombinedInEveryOrder(
      {Unit("a.cc", {plain}), Unit("b.cc", {inlined}), Unit("c.cc", {plain})}, inlined);
}

// `class Handle;` in fwd1.h and fwd2.h: each TU records the first it saw.
TEST(MergeTest, RepeatedDeclarationTakesTheEarliestLocation) {
  Decl in_fwd1 = Record("Handle", false, 1);
  in_fwd1.mutable_location()->set_file("fwd1.h");
  Decl in_fwd2 = in_fwd1;
  in_fwd2.mutable_location()->set_file("fwd2.h");
  Decl later_line = in_fwd1;
  later_line.mutable_location()->set_line(7);
  ExpectCombinedInEveryOrder(
      {Unit("a.cc", {in_fwd2}), Unit("b.cc", {later_line}), Unit("c.cc", {in_fwd1})}, in_fwd1);
}

// `enum class Mode : int;` in one header, its definition in another.
TEST(MergeTest, OpaqueEnumAndItsDefinitionMergeIntoTheDefinition) {
  Decl opaque;
  opaque.set_id("enum:Mode");
  opaque.set_kind(ENUM);
  opaque.set_qualified_name("Mode");
  opaque.mutable_location()->set_file("fwd.h");
  opaque.mutable_location()->set_line(2);
  opaque.mutable_enum_decl()->set_is_scoped(true);
  opaque.mutable_enum_decl()->set_is_fixed(true);
  Decl defined = opaque;
  defined.mutable_location()->set_file("mode.h");
  Enumerator* read = defined.mutable_enum_decl()->add_enumerators();
  read->set_name("kRead");
  read->set_value("0");
  ExpectCombinedInEveryOrder({Unit("a.cc", {opaque}), Unit("b.cc", {defined})}, defined);
}

TEST(MergeTest, ParameterNamesComeWithTheChosenLocation) {
  Decl declared = Function("f");
  declared.mutable_function()->mutable_parameters(0)->set_name("count");
  Decl defined = Function("f", "int", 1);
  defined.mutable_location()->set_file("impl.h");
  defined.mutable_function()->mutable_parameters(0)->set_name("n");
  defined.mutable_function()->set_is_inline(true);
  Decl expected = declared;
  expected.mutable_function()->set_is_inline(true);
  ExpectCombinedInEveryOrder({Unit("a.cc", {declared}), Unit("b.cc", {defined})}, expected);
}

// `typedef unsigned long size_type; int f(size_type);` in one header,
// `int f(unsigned long);` in another: one function, spelled two ways.
TEST(MergeTest, SpellingsComeWithTheChosenLocation) {
  Decl spelled = Function("f");
  spelled.mutable_function()->mutable_parameters(0)->mutable_type()->set_spelling("count_t");
  Decl plain = Function("f", "int", 9);
  plain.mutable_function()->mutable_parameters(0)->mutable_type()->set_spelling("int");
  ExpectCombinedInEveryOrder({Unit("a.cc", {spelled}), Unit("b.cc", {plain})}, spelled);
}

TEST(MergeTest, DefaultArgumentOfALaterRedeclarationIsCombined) {
  Decl plain = Function("f");
  Decl with_default = Function("f", "int", 9);
  with_default.mutable_function()->mutable_parameters(0)->set_has_default(true);
  with_default.mutable_function()->mutable_parameters(0)->set_default_text("0");
  Decl expected = plain;
  *expected.mutable_function()->mutable_parameters(0) = with_default.function().parameters(0);
  ExpectCombinedInEveryOrder({Unit("a.cc", {plain}), Unit("b.cc", {with_default})}, expected);
}

TEST(MergeTest, NamespaceOpenedInDifferentHeadersKeepsTheEarliestOpening) {
  Decl ns;
  ns.set_id("namespace:lib");
  ns.set_kind(NAMESPACE);
  ns.set_qualified_name("lib");
  ns.mutable_location()->set_file("b.h");
  ns.mutable_location()->set_line(2);
  Decl earlier = ns;
  earlier.mutable_location()->set_file("a.h");
  ExpectCombinedInEveryOrder({Unit("x.cc", {ns}), Unit("y.cc", {earlier})}, earlier);
}

TEST(MergeTest, CombineDeclsIsSymmetric) {
  Decl plain = Function("f"), inlined = Function("f", "int", 8);
  inlined.mutable_function()->set_is_inline(true);
  std::optional<Decl> one = CombineDecls(plain, inlined), other = CombineDecls(inlined, plain);
  ASSERT_TRUE(one.has_value() && other.has_value());
  ExpectSameDecl(*one, *other);
  EXPECT_FALSE(CombineDecls(Function("f", "int"), Function("f", "long")).has_value());
}

TEST(MergeTest, TranslationUnitsAreTheSortedUnion) {
  Snapshot already_merged = Unit("src/d.cpp", {Function("f")});
  already_merged.mutable_header()->add_translation_units("src/a.cpp");
  MergeResult merged = MergeOrDie({Unit("src/c.cpp", {Function("f")}),
                                   Unit("src/a.cpp", {Function("f")}), already_merged,
                                   Unit("src/b.cpp", {Function("f")})});
  EXPECT_THAT(merged.snapshot.header().translation_units(),
              ElementsAre("src/a.cpp", "src/b.cpp", "src/c.cpp", "src/d.cpp"));
  EXPECT_EQ(merged.snapshot.header().clang_version(), "19.1.7");
  EXPECT_EQ(merged.snapshot.header().target_triple(), "x86_64-pc-linux-gnu");
}

// Hand-written (e.g. text) snapshots need not carry a clang_version; their
// translation units must still all be kept.
TEST(MergeTest, TranslationUnitsAreTheSortedUnionWithoutClangVersion) {
  MergeResult merged = MergeOrDie({Unit("src/c.cpp", {Function("f")}, ""),
                                   Unit("src/a.cpp", {Function("g")}, ""),
                                   Unit("src/b.cpp", {Function("h")}, "")});
  EXPECT_THAT(merged.snapshot.header().translation_units(),
              ElementsAre("src/a.cpp", "src/b.cpp", "src/c.cpp"));
  EXPECT_EQ(merged.snapshot.decls_size(), 3);
}

Decl Macro(const std::string& name, const std::string& replacement) {
  Decl decl;
  decl.set_id(absl::StrCat("macro:", name));
  decl.set_kind(MACRO);
  decl.set_qualified_name(name);
  decl.mutable_location()->set_file("api.h");
  decl.mutable_location()->set_line(5);
  decl.mutable_macro()->set_replacement(replacement);
  return decl;
}

// The library's sources switch its deprecations off (lz4, OpenSSL): users
// see the declaration deprecated, in every input order.
TEST(MergeTest, DeprecationSwitchedOffInSomeUnitsIsKept) {
  Decl deprecated = Function("old_api");
  deprecated.mutable_stability()->set_tier(DEPRECATED);
  deprecated.mutable_stability()->set_reason("use new_api");
  std::vector<Snapshot> inputs = {Unit("src/impl.c", {Function("old_api")}),
                                  Unit("src/user.c", {deprecated})};
  for (std::vector<Snapshot>& order : Permutations(inputs)) {
    MergeResult merged = MergeOrDie(std::move(order));
    ASSERT_THAT(merged.snapshot.decls(), SizeIs(1));
    ExpectSameDecl(merged.snapshot.decls(0), deprecated);
    EXPECT_THAT(merged.warnings, IsEmpty());
  }
}

// Internal or experimental in one TU, stable in another: no configuration
// pattern explains it, so it stays a conflict.
TEST(MergeTest, OtherTierDifferencesConflict) {
  Decl internal = Function("tune");
  internal.mutable_stability()->set_tier(INTERNAL);
  absl::StatusOr<MergeResult> merged =
      MergeSnapshots({Unit("a.c", {Function("tune")}), Unit("b.c", {internal})}, {});
  ASSERT_FALSE(merged.ok());
  EXPECT_THAT(merged.status().message(), HasSubstr("function 'tune'"));
}

// A configuration macro set by some sources selects another definition:
// the one most TUs saw is kept, with a warning naming the others.
TEST(MergeTest, MacroDefinedDifferentlyKeepsTheMajorityAndWarns) {
  std::vector<Snapshot> inputs = {
      Unit("src/impl.c", {Macro("API_DEPRECATED", "")}),
      Unit("src/other.c", {Macro("API_DEPRECATED", "__attribute__ ( ( deprecated ) )")}),
      Unit("src/user.c", {Macro("API_DEPRECATED", "__attribute__ ( ( deprecated ) )")}),
  };
  std::string first_bytes;
  for (std::vector<Snapshot>& order : Permutations(inputs)) {
    MergeResult merged = MergeOrDie(std::move(order));
    ASSERT_THAT(merged.snapshot.decls(), SizeIs(1));
    EXPECT_EQ(merged.snapshot.decls(0).macro().replacement(),
              "__attribute__ ( ( deprecated ) )");
    EXPECT_THAT(merged.warnings,
                ElementsAre("macro 'API_DEPRECATED' (api.h:5) depends on the including "
                            "translation unit: kept '__attribute__ ( ( deprecated ) )' "
                            "(src/other.c and 1 more), not '' in src/impl.c"));
    if (first_bytes.empty()) first_bytes = Bytes(merged.snapshot);
    EXPECT_EQ(Bytes(merged.snapshot), first_bytes);
  }
}

// zlib's DEF_MEM_LEVEL: `#ifndef`-guarded, defined alike in two headers,
// seen first in either: one definition, the earliest placed, no warning.
TEST(MergeTest, MacroDefinedAlikeInTwoHeadersCombinesSilently) {
  Decl in_zutil = Macro("DEF_MEM_LEVEL", "8");
  in_zutil.mutable_location()->set_file("zutil.h");
  Decl in_deflate = Macro("DEF_MEM_LEVEL", "8");
  in_deflate.mutable_location()->set_file("deflate.h");
  for (std::vector<Snapshot>& order : Permutations({Unit("a.c", {in_zutil}),
                                                    Unit("b.c", {in_deflate}),
                                                    Unit("c.c", {in_zutil})})) {
    MergeResult merged = MergeOrDie(std::move(order));
    ASSERT_THAT(merged.snapshot.decls(), SizeIs(1));
    ExpectSameDecl(merged.snapshot.decls(0), in_deflate);
    EXPECT_THAT(merged.warnings, IsEmpty());
  }
}

// A consumer's snapshot of uses only.
Snapshot Consumer(const std::string& unit, const std::vector<std::string>& uses_of,
                  const std::vector<std::pair<std::string, uint32_t>>& uses) {
  Snapshot snapshot;
  snapshot.mutable_header()->add_translation_units(unit);
  for (const std::string& dir : uses_of) snapshot.mutable_header()->add_uses_of(dir);
  for (const auto& [id, line] : uses) {
    Use* use = snapshot.add_uses();
    use->set_decl_id(id);
    use->set_kind(CALL);
    use->mutable_site()->set_file("app.h");
    use->mutable_site()->set_line(line);
  }
  return snapshot;
}

std::vector<std::string> UseList(const Snapshot& snapshot) {
  std::vector<std::string> uses;
  for (const Use& use : snapshot.uses()) {
    uses.push_back(absl::StrCat(use.decl_id(), "@", use.site().line()));
  }
  return uses;
}

TEST(MergeTest, UsesOfAllUnitsAreUnitedSortedOnceWhateverTheOrder) {
  Snapshot a = Consumer("a.cc", {"dep/include"}, {{"function:g()", 2}, {"function:f()", 9}});
  Snapshot b = Consumer("b.cc", {"dep/include", "other/include"},
                        {{"function:f()", 9}, {"function:f()", 4}});
  absl::StatusOr<MergeResult> ab = MergeSnapshots({a, b}, MergeOptions());
  absl::StatusOr<MergeResult> ba = MergeSnapshots({b, a}, MergeOptions());
  ASSERT_TRUE(ab.ok()) << ab.status();
  ASSERT_TRUE(ba.ok()) << ba.status();
  EXPECT_THAT(UseList(ab->snapshot),
              ElementsAre("function:f()@4", "function:f()@9", "function:g()@2"));
  EXPECT_THAT(ab->snapshot.header().uses_of(), ElementsAre("dep/include", "other/include"));
  EXPECT_EQ(ab->snapshot.SerializeAsString(), ba->snapshot.SerializeAsString());
}

}  // namespace
}  // namespace apicompat
