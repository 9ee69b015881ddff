# apicompat_snapshot() and apicompat_check(): API compatibility checks of a
# library target inside its own CMake build; apicompat_uses(): what a
# consumer target uses of a dependency. Loaded by
# find_package(apicompat CONFIG REQUIRED); docs/ci.md shows them in use.
#
#   apicompat_snapshot(<target> PUBLIC_DIRS <dir>... [EXCLUDE <glob>...]
#                      [ALLOW_EMPTY] [OUTPUT <file>])
#
#     Records the public API of <target>: the declarations in headers under
#     the PUBLIC_DIRS (directories, or single header files; never the
#     sources beside the headers), except the internal headers an EXCLUDE
#     glob matches (relative to the public dir, matching the header or a
#     directory holding it: `detail`, `*_internal.h`). A snapshot holding no
#     declaration fails the build (the public dirs hold no header: a
#     mistake) unless ALLOW_EMPTY; apicompat_check() then passes
#     --allow-empty to `apicompat check` and `update` too. With the Clang apicompat's plugin was built for, the
#     plugin runs inside the target's compiles and their per-TU snapshots are
#     merged after the target builds; with any other compiler (GCC, another
#     Clang), and for INTERFACE (header-only) libraries, `apicompat snapshot`
#     parses the public headers instead (header mode). The cache variable
#     APICOMPAT_SNAPSHOT_MODE (auto, plugin, headers) overrides the choice;
#     auto also picks headers when compiles go through distcc
#     (CMAKE_<LANG>_COMPILER_LAUNCHER, or a masquerade directory), whose
#     servers refuse compiles that load a plugin.
#     The plugin embeds each snapshot into its object file (docs/build.md),
#     so ccache hits, even in a fresh build directory, give the same merged
#     snapshot as a cold build.
#     OUTPUT defaults to ${CMAKE_CURRENT_BINARY_DIR}/apicompat/<target>.apisnap;
#     the target `apicompat-snapshot-<target>` (part of ALL) makes it.
#
#   apicompat_uses(<target> USES_OF <dir>... [OUTPUT <file>])
#
#     Records what <target>, a consumer of a library, uses of it: every
#     call, type, member, enumerator, constant, macro, override and template
#     instantiation its own code (not the library's headers under the
#     USES_OF dirs, nor system headers) makes of the declarations in those
#     headers, each with its file (relative to ${CMAKE_SOURCE_DIR}) and
#     line, for `apicompat impact` (docs/consumers.md). The plugin runs
#     inside the target's compiles (it needs the Clang apicompat's plugin
#     was built for) and their snapshots are merged after the target builds.
#     OUTPUT defaults to ${CMAKE_CURRENT_BINARY_DIR}/apicompat/<target>.uses.apisnap;
#     the target `apicompat-uses-<target>` (part of ALL) makes it. With
#     apicompat_snapshot() on the same target (called first), one snapshot
#     records both, named relative to the project root it uses.
#
#   apicompat_check(<target> [API_FILE <file>] [BASELINE auto|<tag>|<file>]
#                   [TAG_PATTERN <glob>] [CURRENT_VERSION <x.y.z>]
#                   [REQUIRE_UPDATED_API_FILE] [ARGS <apicompat check args>...])
#
#     Adds the ctest test `apicompat-check-<target>` (`apicompat check`:
#     the snapshot against API_FILE as committed in the last release tag) and
#     the target `apicompat-update-<target>` (`apicompat update`: writes
#     API_FILE from the current snapshot, and its listing beside it; commit
#     them). API_FILE defaults to
#     api/<target>.apisnap.txtpb; relative paths are relative to
#     ${CMAKE_CURRENT_SOURCE_DIR}. Call enable_testing() (or include(CTest))
#     for the test to exist.

set(APICOMPAT_SNAPSHOT_MODE "auto" CACHE STRING
    "How apicompat_snapshot() records APIs: auto (the plugin with a matching Clang, \
else headers), plugin, headers")
set_property(CACHE APICOMPAT_SNAPSHOT_MODE PROPERTY STRINGS auto plugin headers)

# The enabled languages whose compiler is the Clang major of the plugin.
function(_apicompat_plugin_languages out_var)
  set(languages "")
  get_property(enabled GLOBAL PROPERTY ENABLED_LANGUAGES)
  foreach(lang IN ITEMS C CXX)
    if(lang IN_LIST enabled AND CMAKE_${lang}_COMPILER_ID STREQUAL "Clang")
      string(REGEX MATCH "^[0-9]+" major "${CMAKE_${lang}_COMPILER_VERSION}")
      if(major STREQUAL APICOMPAT_CLANG_VERSION)
        list(APPEND languages ${lang})
      endif()
    endif()
  endforeach()
  set(${out_var} "${languages}" PARENT_SCOPE)
endfunction()

# The distributed-compile launcher in use (distcc), or "": the
# compiler launcher, or a distcc masquerade directory in the compiler's path.
function(_apicompat_distributed_compiles out_var)
  set(found "")
  foreach(lang IN ITEMS C CXX)
    foreach(word IN LISTS CMAKE_${lang}_COMPILER_LAUNCHER CMAKE_${lang}_COMPILER)
      get_filename_component(name "${word}" NAME)
      if(name MATCHES "^distcc$" OR word MATCHES "/distcc/")
        set(found distcc)
      endif()
    endforeach()
  endforeach()
  set(${out_var} "${found}" PARENT_SCOPE)
endfunction()

# "plugin" or "headers" for `target`.
function(_apicompat_snapshot_mode out_var target)
  get_target_property(type ${target} TYPE)
  _apicompat_plugin_languages(languages)
  set(mode "${APICOMPAT_SNAPSHOT_MODE}")
  _apicompat_distributed_compiles(distributed)
  if(mode STREQUAL "auto")
    if(type STREQUAL "INTERFACE_LIBRARY" OR NOT languages)
      set(mode headers)
    elseif(distributed)
      # distccd refuses every compile with -fplugin (docs/build.md): in
      # plugin mode nothing would be distributed.
      message(STATUS "apicompat: ${target} is compiled through ${distributed}, which cannot "
                     "run the plugin: recording its API in headers mode")
      set(mode headers)
    else()
      set(mode plugin)
    endif()
  elseif(mode STREQUAL "plugin")
    if(type STREQUAL "INTERFACE_LIBRARY")
      message(FATAL_ERROR "apicompat_snapshot(${target}): an INTERFACE library has no "
                          "translation units for the plugin: set APICOMPAT_SNAPSHOT_MODE "
                          "to auto or headers")
    endif()
    if(NOT languages)
      message(FATAL_ERROR "apicompat_snapshot(${target}): the plugin needs Clang "
                          "${APICOMPAT_CLANG_VERSION} "
                          "(CMAKE_CXX_COMPILER=clang++-${APICOMPAT_CLANG_VERSION}); with this "
                          "compiler set APICOMPAT_SNAPSHOT_MODE to auto or headers")
    endif()
  elseif(NOT mode STREQUAL "headers")
    message(FATAL_ERROR "APICOMPAT_SNAPSHOT_MODE is '${mode}': use auto, plugin or headers")
  endif()
  set(${out_var} ${mode} PARENT_SCOPE)
endfunction()

# Plugin mode: every compile of `target` embeds its snapshot into its object
# (the plugin's embed mode: ccache and other caches restore it with the
# object, where a sidecar <object>.apisnap would be lost or stale); the
# snapshots of exactly its objects are merged once it is built.
function(_apicompat_snapshot_with_plugin target output dirs excludes merge_args)
  set(plugin_args "")
  foreach(dir IN LISTS dirs)
    list(APPEND plugin_args "public-dir=${dir}")
  endforeach()
  foreach(glob IN LISTS excludes)
    list(APPEND plugin_args "exclude=${glob}")
  endforeach()
  _apicompat_plugin_and_merge(${target} "${output}" "${plugin_args}" "${merge_args}"
                              "apicompat: merging the API snapshots of ${target}")
endfunction()

# Loads the plugin, with `plugin_args` (-fplugin-arg-apicompat-<arg>) and
# embedding, into every compile of `target`, and merges the snapshots of
# exactly its objects into `output` once it is built.
function(_apicompat_plugin_and_merge target output plugin_args merge_args comment)
  _apicompat_plugin_languages(languages)
  string(REPLACE ";" "," languages "${languages}")
  set(flags "-fplugin=$<TARGET_FILE:apicompat::plugin>" "-fplugin-arg-apicompat-embed")
  foreach(arg IN LISTS plugin_args)
    list(APPEND flags "-fplugin-arg-apicompat-${arg}")
  endforeach()
  target_compile_options(${target} PRIVATE "$<$<COMPILE_LANGUAGE:${languages}>:${flags}>")
  add_custom_command(OUTPUT "${output}"
    COMMAND apicompat::apicompat merge ${merge_args} -o "${output}"
            "$<TARGET_OBJECTS:${target}>"
    DEPENDS ${target}
    COMMENT "${comment}"
    COMMAND_EXPAND_LISTS VERBATIM)
endfunction()

# The absolute form of each dir given after `what` (relative ones: to the
# current source dir); an error from `caller` when one does not exist.
function(_apicompat_existing_dirs out_var caller what)
  set(dirs "")
  foreach(dir IN LISTS ARGN)
    get_filename_component(dir "${dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    if(NOT EXISTS "${dir}")
      message(FATAL_ERROR "${caller}(${target}): ${what} ${dir} does not exist")
    endif()
    list(APPEND dirs "${dir}")
  endforeach()
  set(${out_var} "${dirs}" PARENT_SCOPE)
endfunction()

# `output` made absolute against the current binary dir; when empty,
# apicompat/<name> there.
function(_apicompat_output out_var output name)
  if(NOT output)
    set(output "${CMAKE_CURRENT_BINARY_DIR}/apicompat/${name}")
  endif()
  get_filename_component(output "${output}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  set(${out_var} "${output}" PARENT_SCOPE)
endfunction()

# Header mode: `apicompat snapshot` parses every public header with the
# target's include directories and definitions.
function(_apicompat_snapshot_headers target output dirs excludes merge_args)
  get_target_property(type ${target} TYPE)
  set(prefix "")
  if(type STREQUAL "INTERFACE_LIBRARY")
    set(prefix INTERFACE_)
  endif()
  set(includes "$<TARGET_PROPERTY:${target},${prefix}INCLUDE_DIRECTORIES>")
  set(definitions "$<TARGET_PROPERTY:${target},${prefix}COMPILE_DEFINITIONS>")
  get_target_property(standard ${target} CXX_STANDARD)
  if(NOT standard)
    set(standard "${CMAKE_CXX_STANDARD}")
  endif()
  if(NOT standard)
    set(standard 17)
  endif()
  set(public_dir_args "")
  set(globs "")
  set(single_headers "")
  foreach(dir IN LISTS dirs)
    list(APPEND public_dir_args --public-dir "${dir}")
    if(IS_DIRECTORY "${dir}")
      list(APPEND globs "${dir}/*.h" "${dir}/*.hh" "${dir}/*.hpp" "${dir}/*.hxx" "${dir}/*.inc")
    else()
      list(APPEND single_headers "${dir}")
    endif()
  endforeach()
  foreach(glob IN LISTS excludes)
    list(APPEND public_dir_args --exclude "${glob}")
  endforeach()
  set(headers "")
  if(globs)
    file(GLOB_RECURSE headers CONFIGURE_DEPENDS ${globs})
  endif()
  list(APPEND headers ${single_headers})
  add_custom_command(OUTPUT "${output}"
    COMMAND apicompat::apicompat snapshot ${merge_args} -o "${output}" ${public_dir_args}
            "$<$<BOOL:${includes}>:-I$<JOIN:${includes},;-I>>"
            "$<$<BOOL:${definitions}>:-D$<JOIN:${definitions},;-D>>"
            "--std=c++${standard}"
    DEPENDS ${headers}
    COMMENT "apicompat: snapshot of ${target}'s public headers"
    COMMAND_EXPAND_LISTS VERBATIM)
endfunction()

function(apicompat_snapshot target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "ALLOW_EMPTY" "OUTPUT" "PUBLIC_DIRS;EXCLUDE")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "apicompat_snapshot(${target}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT TARGET ${target})
    message(FATAL_ERROR "apicompat_snapshot(${target}): no such target: call it after add_library()")
  endif()
  if(NOT arg_PUBLIC_DIRS)
    message(FATAL_ERROR "apicompat_snapshot(${target}): name the public header directories: "
                        "PUBLIC_DIRS include")
  endif()
  _apicompat_existing_dirs(dirs apicompat_snapshot "public dir" ${arg_PUBLIC_DIRS})
  _apicompat_output(output "${arg_OUTPUT}" ${target}.apisnap)

  set(merge_args "")
  if(arg_ALLOW_EMPTY)
    set(merge_args --allow-empty)
  endif()

  _apicompat_snapshot_mode(mode ${target})
  if(mode STREQUAL "plugin")
    _apicompat_snapshot_with_plugin(${target} "${output}" "${dirs}" "${arg_EXCLUDE}"
                                    "${merge_args}")
  else()
    _apicompat_snapshot_headers(${target} "${output}" "${dirs}" "${arg_EXCLUDE}"
                                "${merge_args}")
  endif()
  add_custom_target(apicompat-snapshot-${target} ALL DEPENDS "${output}")
  # What apicompat_check() needs.
  set_target_properties(${target} PROPERTIES
    APICOMPAT_SNAPSHOT "${output}"
    APICOMPAT_PUBLIC_DIRS "${dirs}"
    APICOMPAT_ALLOW_EMPTY "${arg_ALLOW_EMPTY}")
  message(STATUS "apicompat: ${target}'s API is recorded in ${mode} mode")
endfunction()

function(apicompat_check target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "REQUIRE_UPDATED_API_FILE"
                        "API_FILE;BASELINE;TAG_PATTERN;CURRENT_VERSION" "ARGS")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "apicompat_check(${target}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT TARGET ${target})
    message(FATAL_ERROR "apicompat_check(${target}): no such target")
  endif()
  get_target_property(snapshot ${target} APICOMPAT_SNAPSHOT)
  get_target_property(dirs ${target} APICOMPAT_PUBLIC_DIRS)
  get_target_property(allow_empty ${target} APICOMPAT_ALLOW_EMPTY)
  set(empty_args "")
  if(allow_empty)
    set(empty_args --allow-empty)
  endif()
  if(NOT snapshot)
    message(FATAL_ERROR "apicompat_check(${target}): call apicompat_snapshot(${target} "
                        "PUBLIC_DIRS ...) first")
  endif()
  set(api_file "${arg_API_FILE}")
  if(NOT api_file)
    set(api_file "api/${target}.apisnap.txtpb")
  endif()
  get_filename_component(api_file "${api_file}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")

  set(args --api-file "${api_file}")
  foreach(dir IN LISTS dirs)
    list(APPEND args --public-dir "${dir}")
  endforeach()
  if(arg_BASELINE)
    list(APPEND args --baseline "${arg_BASELINE}")
  endif()
  if(arg_TAG_PATTERN)
    list(APPEND args --tag-pattern "${arg_TAG_PATTERN}")
  endif()
  if(arg_CURRENT_VERSION)
    list(APPEND args --current-version "${arg_CURRENT_VERSION}")
  endif()
  if(arg_REQUIRE_UPDATED_API_FILE)
    list(APPEND args --require-updated-api-file)
  endif()
  add_test(NAME apicompat-check-${target}
           COMMAND apicompat::apicompat check ${args} ${empty_args} ${arg_ARGS} "${snapshot}"
           WORKING_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}")
  add_custom_target(apicompat-update-${target}
    COMMAND apicompat::apicompat update ${empty_args} --api-file "${api_file}" "${snapshot}"
    WORKING_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}"
    COMMENT "apicompat: updating ${api_file}"
    VERBATIM)
  add_dependencies(apicompat-update-${target} apicompat-snapshot-${target})
endfunction()

function(apicompat_uses target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "OUTPUT" "USES_OF")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "apicompat_uses(${target}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT TARGET ${target})
    message(FATAL_ERROR "apicompat_uses(${target}): no such target: call it after "
                        "add_executable() or add_library()")
  endif()
  if(NOT arg_USES_OF)
    message(FATAL_ERROR "apicompat_uses(${target}): name the dependency's header "
                        "directories: USES_OF <dir>...")
  endif()
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "INTERFACE_LIBRARY")
    message(FATAL_ERROR "apicompat_uses(${target}): an INTERFACE library has no translation "
                        "units whose uses could be recorded")
  endif()
  _apicompat_plugin_languages(languages)
  if(NOT languages)
    message(FATAL_ERROR "apicompat_uses(${target}): the plugin needs Clang "
                        "${APICOMPAT_CLANG_VERSION} "
                        "(CMAKE_CXX_COMPILER=clang++-${APICOMPAT_CLANG_VERSION})")
  endif()
  _apicompat_existing_dirs(dirs apicompat_uses "uses-of dir" ${arg_USES_OF})
  set(plugin_args "")
  foreach(dir IN LISTS dirs)
    list(APPEND plugin_args "uses-of=${dir}")
  endforeach()
  # Alone, sites are named relative to the top source dir; with
  # apicompat_snapshot(), relative to the project root its public dirs give.
  get_target_property(public_dirs ${target} APICOMPAT_PUBLIC_DIRS)
  if(NOT public_dirs)
    list(APPEND plugin_args "project-root=${CMAKE_SOURCE_DIR}")
  endif()
  _apicompat_output(output "${arg_OUTPUT}" ${target}.uses.apisnap)
  _apicompat_plugin_and_merge(${target} "${output}" "${plugin_args}" ""
                              "apicompat: merging the uses ${target} makes of its dependencies")
  add_custom_target(apicompat-uses-${target} ALL DEPENDS "${output}")
  set_target_properties(${target} PROPERTIES APICOMPAT_USES "${output}")
endfunction()
