# Finds the third-party packages apicompat builds on: Debian packages only.

find_package(Protobuf REQUIRED)
find_package(absl CONFIG REQUIRED)

# One plugin per Clang major: there is no ABI across majors.
set(_llvm_root /usr/lib/llvm-${APICOMPAT_CLANG_VERSION})
find_package(LLVM CONFIG REQUIRED NO_DEFAULT_PATH
             PATHS ${_llvm_root}/lib/cmake/llvm)
if(NOT LLVM_VERSION_MAJOR EQUAL APICOMPAT_CLANG_VERSION)
  message(FATAL_ERROR "found LLVM ${LLVM_PACKAGE_VERSION}, wanted ${APICOMPAT_CLANG_VERSION}: "
                      "install llvm-${APICOMPAT_CLANG_VERSION}-dev libclang-${APICOMPAT_CLANG_VERSION}-dev")
endif()
find_package(Clang CONFIG REQUIRED NO_DEFAULT_PATH PATHS ${_llvm_root}/lib/cmake/clang)
find_program(APICOMPAT_CLANG_EXECUTABLE
             NAMES clang-${APICOMPAT_CLANG_VERSION} clang
             HINTS ${LLVM_TOOLS_BINARY_DIR} NO_DEFAULT_PATH)
if(NOT APICOMPAT_CLANG_EXECUTABLE)
  message(FATAL_ERROR "clang ${APICOMPAT_CLANG_VERSION} not found in ${LLVM_TOOLS_BINARY_DIR}")
endif()
message(STATUS "apicompat: plugin for Clang ${LLVM_PACKAGE_VERSION} (${APICOMPAT_CLANG_EXECUTABLE})")
