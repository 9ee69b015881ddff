// How two versions of a record's layout relate: which fields correspond,
// which edit caused the layout to change, and the consequences (size,
// alignment, shifted offsets) spelled out for the message of that cause.
#ifndef APICOMPAT_DIFFER_RECORD_DIFF_H_
#define APICOMPAT_DIFFER_RECORD_DIFF_H_

#include <string>
#include <vector>

#include "apicompat/report.pb.h"
#include "apicompat/snapshot.pb.h"
#include "match.h"

namespace apicompat {

struct FieldPair {
  const Field* before;
  const Field* after;
  // Paired by offset and type, not by name: a rename.
  bool renamed = false;
};

struct FieldMatch {
  std::vector<FieldPair> kept;         // in the new declaration order
  std::vector<const Field*> removed;   // in the old declaration order
  std::vector<const Field*> added;     // in the new declaration order
};

// Pairs named fields by name, then leftovers at the same offset with the
// same type as renames. Unnamed fields (padding bit-fields) are left out:
// what they change shows in the offsets of the others.
FieldMatch MatchFields(const Record& before, const Record& after);

// A complete, non-template record: one whose layout is known.
bool HasLayout(const Decl& decl);
// A record kept from baseline to current with a known layout on both sides:
// what every layout check compares.
bool BothHaveLayout(const DeclPair& pair);

bool FieldTypeChanged(const Field& before, const Field& after);
bool BasesChanged(const Record& before, const Record& after);
bool IsUnion(const Record& record);

// The edits that can move a record's fields, in the order in which they are
// credited with the consequences: only the first present one names them.
enum class LayoutCause { kNone, kRecordKind, kPolymorphism, kBases, kFields };
LayoutCause PrimaryLayoutCause(const Record& before, const Record& after);

// Size, alignment or the offset of a kept field differs.
bool LayoutChanged(const Record& before, const Record& after);
// The consequences, as a clause to append to a message: "; the size grows
// from 8 to 12 bytes and 'y' moves from offset 4 to 8"; empty when none.
std::string LayoutEffects(const Record& before, const Record& after);

// `Shape::origin`.
std::string FieldName(const Decl& record, const Field& field);
// Points `finding` (about `field`, located at its record) at the field's own
// line, when the snapshot has it; the file stays the record's.
void LocateAtField(const Field& field, Finding& finding);
// For a detail record recorded because public declarations expose it
// (Decl.exposed_detail): " (exposed through 'lib::Handle')", naming the
// first declaration by id of `snapshot` whose typedef target, parameter,
// return, variable, field or base type mentions it; "" otherwise.
std::string ExposedThrough(const Decl& record, const Snapshot& snapshot);
// An offset in bits, as bytes when whole: "8", "bit 3".
std::string DescribeOffset(uint64_t offset_bits);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_RECORD_DIFF_H_
