# The tree stays formatted as .clang-format says: a test fails on any file
# clang-format would change, naming it and the line. Fix with
#   clang-format -i $(git ls-files '*.cpp' '*.h')
find_program(ACCORD_CLANG_FORMAT NAMES clang-format clang-format-14)
if(ACCORD_CLANG_FORMAT)
  file(GLOB_RECURSE ACCORD_FORMATTED_SOURCES CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h
    ${CMAKE_SOURCE_DIR}/core/*.cpp ${CMAKE_SOURCE_DIR}/core/*.h
    ${CMAKE_SOURCE_DIR}/cli/*.cpp ${CMAKE_SOURCE_DIR}/cli/*.h
    ${CMAKE_SOURCE_DIR}/tests/*.cpp ${CMAKE_SOURCE_DIR}/tests/*.h
    ${CMAKE_SOURCE_DIR}/fuzz/*.cpp ${CMAKE_SOURCE_DIR}/fuzz/*.h
    ${CMAKE_SOURCE_DIR}/bench/*.cpp ${CMAKE_SOURCE_DIR}/bench/*.h)
  add_test(NAME "style: every source file is formatted as .clang-format says"
    COMMAND ${ACCORD_CLANG_FORMAT} --dry-run -Werror ${ACCORD_FORMATTED_SOURCES})
  set_tests_properties("style: every source file is formatted as .clang-format says" PROPERTIES LABELS "style")
endif()
