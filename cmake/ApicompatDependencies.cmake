# Finds the third-party packages apicompat builds on: Debian packages only.

find_package(Protobuf REQUIRED)
find_package(absl CONFIG REQUIRED)
# CRC-32 of binary snapshots. Every Clang process has libz loaded already
# (libLLVM links it), so the plugin pays nothing to load it.
find_package(ZLIB REQUIRED)

# One plugin per Clang major: there is no ABI across majors.
set(_llvm_root /usr/lib/llvm-${APICOMPAT_CLANG_VERSION})
find_package(LLVM CONFIG REQUIRED NO_DEFAULT_PATH
             PATHS ${_llvm_root}/lib/cmake/llvm)
if(NOT LLVM_VERSION_MAJOR EQUAL APICOMPAT_CLANG_VERSION)
  message(FATAL_ERROR "found LLVM ${LLVM_PACKAGE_VERSION}, wanted ${APICOMPAT_CLANG_VERSION}: "
                      "install llvm-${APICOMPAT_CLANG_VERSION}-dev libclang-${APICOMPAT_CLANG_VERSION}-dev")
endif()
find_package(Clang CONFIG REQUIRED NO_DEFAULT_PATH PATHS ${_llvm_root}/lib/cmake/clang)
# A cached compiler of another major (the build dir was configured for it).
if(APICOMPAT_CLANG_EXECUTABLE AND NOT APICOMPAT_CLANG_EXECUTABLE MATCHES "^${LLVM_TOOLS_BINARY_DIR}/")
  unset(APICOMPAT_CLANG_EXECUTABLE CACHE)
endif()
find_program(APICOMPAT_CLANG_EXECUTABLE
             NAMES clang-${APICOMPAT_CLANG_VERSION} clang
             HINTS ${LLVM_TOOLS_BINARY_DIR} NO_DEFAULT_PATH)
if(NOT APICOMPAT_CLANG_EXECUTABLE)
  message(FATAL_ERROR "clang ${APICOMPAT_CLANG_VERSION} not found in ${LLVM_TOOLS_BINARY_DIR}")
endif()
message(STATUS "apicompat: plugin for Clang ${LLVM_PACKAGE_VERSION} (${APICOMPAT_CLANG_EXECUTABLE})")

# apicompat-snapshot runs Clang's front end in its own process and needs
# the builtin headers (stddef.h, ...) of this Clang: its resource dir.
execute_process(COMMAND ${APICOMPAT_CLANG_EXECUTABLE} -print-resource-dir
                OUTPUT_VARIABLE APICOMPAT_CLANG_RESOURCE_DIR
                OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE _resource_dir_status)
if(_resource_dir_status OR NOT EXISTS "${APICOMPAT_CLANG_RESOURCE_DIR}/include/stddef.h")
  message(FATAL_ERROR "cannot find the resource dir of ${APICOMPAT_CLANG_EXECUTABLE} "
                      "(got '${APICOMPAT_CLANG_RESOURCE_DIR}')")
endif()
set(APICOMPAT_SNAPSHOT_TOOL_NAME apicompat-snapshot-clang${APICOMPAT_CLANG_VERSION})
