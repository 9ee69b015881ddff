# Installs the CMake package that find_package(apicompat CONFIG) loads: the
# exported targets (the CLI, the plugin, the attributes header), the
# functions of ApicompatFunctions.cmake, and the version file.
include(CMakePackageConfigHelpers)

set(APICOMPAT_PACKAGE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/apicompat)
install(EXPORT apicompatTargets
  NAMESPACE apicompat::
  DESTINATION ${APICOMPAT_PACKAGE_DIR})
configure_package_config_file(cmake/apicompatConfig.cmake.in
  ${PROJECT_BINARY_DIR}/apicompatConfig.cmake
  INSTALL_DESTINATION ${APICOMPAT_PACKAGE_DIR})
# Before 1.0 a minor release may break: only the same minor version matches.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/apicompatConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/apicompatConfig.cmake
  ${PROJECT_BINARY_DIR}/apicompatConfigVersion.cmake
  cmake/ApicompatFunctions.cmake
  DESTINATION ${APICOMPAT_PACKAGE_DIR})

# The documentation: `man apicompat`, and docs/*.md, which the reports and
# `apicompat --help` point installed users to.
install(FILES docs/apicompat.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
file(GLOB APICOMPAT_DOCS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${APICOMPAT_DOCS} DESTINATION ${CMAKE_INSTALL_DOCDIR})
