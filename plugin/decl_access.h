// Clang's access specifiers as snapshot Access values.
#ifndef APICOMPAT_PLUGIN_DECL_ACCESS_H_
#define APICOMPAT_PLUGIN_DECL_ACCESS_H_

#include "apicompat/snapshot.pb.h"
#include "clang/Basic/Specifiers.h"

namespace apicompat {

inline Access ToAccess(clang::AccessSpecifier access) {
  switch (access) {
    case clang::AS_public: return PUBLIC;
    case clang::AS_protected: return PROTECTED;
    case clang::AS_private: return PRIVATE;
    case clang::AS_none: return ACCESS_NONE;
  }
  return ACCESS_NONE;
}

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_DECL_ACCESS_H_
