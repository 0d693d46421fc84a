# Shared compile settings: every target of the project links cplan_settings.
# Decided once: Qt keywords (signals/slots/emit) stay available; strings must be explicit
# (QT_NO_CAST_FROM_ASCII) so every user-visible string goes through tr() or u""_s.
add_library(cplan_settings INTERFACE)
target_compile_features(cplan_settings INTERFACE cxx_std_20)
target_compile_definitions(cplan_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  CPLAN_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(cplan_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
    -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wformat=2)
  if(CPLAN_WERROR)
    target_compile_options(cplan_settings INTERFACE -Werror)
  endif()
endif()

# One helper for tests: tests/<layer>/tst_<name>.cpp -> executable + ctest entry, run offscreen.
function(cplan_add_test name)
  cmake_parse_arguments(ARG "" "" "LIBS;SOURCES" ${ARGN})
  add_executable(${name} ${name}.cpp ${ARG_SOURCES})
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests/common)
  target_link_libraries(${name} PRIVATE cplan_settings Qt6::Test ${ARG_LIBS})
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;CPLAN_SOURCE_DIR=${CMAKE_SOURCE_DIR}"
    TIMEOUT 300)
endfunction()
