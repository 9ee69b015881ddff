// A witness before it is compiled: the user code a generator writes for one
// finding and what compiling it against each version must show.
#ifndef APICOMPAT_DIFFER_WITNESS_PLAN_H_
#define APICOMPAT_DIFFER_WITNESS_PLAN_H_

#include <optional>
#include <string>
#include <vector>

#include "apicompat/report.pb.h"
#include "apicompat/snapshot.pb.h"

namespace apicompat {

enum class Expectation {
  // Compiles against the baseline's headers, fails against the current ones.
  kBreaks,
  // Compiles against both; the compiler's layout dump (`dump_flag`) of the
  // witness differs between them: a break no source code can show.
  kDumpDiffers,
};

// The dump_flag of kDumpDiffers comparing the symbols the compiler's code
// (-S -emit-llvm) declares and defines.
inline constexpr char kSymbolDump[] = "symbols";

struct WitnessPlan {
  // The translation unit's body; the #include lines are added in front.
  std::string code;
  Expectation expectation = Expectation::kBreaks;
  // For kDumpDiffers: the -fdump-... option of clang -cc1 (or kSymbolDump),
  // and the record whose part of the dump is compared.
  std::string dump_flag;
  std::string dump_record;
  // Whether the witness states exactly what the finding claims, so that
  // compiling against both versions refutes the finding. Otherwise (a use
  // that another overload or a conversion might still accept) that leaves
  // it unproven.
  bool decisive = true;
};

// What a generator is given about one finding.
struct WitnessSubject {
  const Finding* finding;
  const Decl* before;  // the baseline's declaration (null if it was added)
  const Decl* after;   // the current one (null if it was removed)
  const Snapshot* baseline;
  bool is_c = false;  // the headers' language is C
  int standard_year = 0;  // of the -std= the witness compiles with; 0: unknown
};

// A plan, or why there is none (the finding's `unproven` reason).
struct Generated {
  std::optional<WitnessPlan> plan;
  std::string reason;
};

inline Generated NoWitness(std::string reason) { return {std::nullopt, std::move(reason)}; }
inline Generated Planned(WitnessPlan plan) { return {std::move(plan), ""}; }

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_WITNESS_PLAN_H_
