// Renaming declarations and types throughout a snapshot, for the
// normalizations that let one edit show up once rather than as every
// affected declaration removed and added (inline_namespaces.h,
// typedef_tags.h).
#ifndef APICOMPAT_DIFFER_NAME_REWRITE_H_
#define APICOMPAT_DIFFER_NAME_REWRITE_H_

#include <string>

#include "absl/functional/function_ref.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"

namespace apicompat {

// Whether `text[at]` starts a qualified name, rather than continuing one
// ("mylib::", "outer::lib::"). A single ':' ends an id's kind ("record:").
bool StartsName(absl::string_view text, size_t at);

// `text` with each qualified name that starts with `from` given `to`
// instead ("lib::v1::" -> "lib::" in "lib::v1::Widget *"). A `from` ending
// in an identifier ("point_t") is a whole name: "point_t2" is another.
std::string ReplaceName(const std::string& text, absl::string_view from, absl::string_view to);

// Replaces every string field of `message` (recursively) but symbols and
// locations by `rewrite(field name, text)`.
void RewriteNames(
    google::protobuf::Message& message,
    absl::FunctionRef<std::string(absl::string_view field, const std::string& text)> rewrite);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_NAME_REWRITE_H_
