# The compile policy of every Mamori target lives on this one INTERFACE target.
add_library(mamori_common INTERFACE)
target_compile_features(mamori_common INTERFACE cxx_std_20)
target_compile_definitions(mamori_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(mamori_common INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion -Wdouble-promotion
  -Wformat=2 -Wimplicit-fallthrough
  # -Wnull-dereference is judged after inlining, so at -O2 GCC 12 reports paths inside Qt's own headers
  # (QList, QString) that no -isystem hides. The builds that hold the line (dev, asan: warnings are
  # errors) keep it; a newcomer's optimised build (README command 1) stays quiet.
  $<$<BOOL:${MAMORI_WERROR}>:-Wnull-dereference>
  $<$<BOOL:${MAMORI_WERROR}>:-Werror>)
target_include_directories(mamori_common INTERFACE ${CMAKE_BINARY_DIR}/generated)

# mamori_add_test(NAME SOURCES … LIBS … [GUI]) — one Qt Test executable per class or feature.
# Tests run in UTF-8 with the offscreen platform, and find fixtures through MAMORI_TEST_DATA_DIR,
# never through the working directory.
function(mamori_add_test name)
  cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE mamori_common Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    MAMORI_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    MAMORI_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    MAMORI_BINARY_DIR="${PROJECT_BINARY_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;MAMORI_PACK_PATH=;HOME=${PROJECT_BINARY_DIR}/test-home"
    TIMEOUT 300)
endfunction()
