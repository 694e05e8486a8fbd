# The fuzz targets as a library: linked into the libFuzzer binaries
# (fuzzers.cmake) and into the unit tests, which replay the corpus.
file(GLOB ACCORD_FUZZ_TARGET_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/target*.cpp)
add_library(accord_fuzz_targets STATIC ${ACCORD_FUZZ_TARGET_SOURCES})
target_include_directories(accord_fuzz_targets PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(accord_fuzz_targets PUBLIC accord_core PRIVATE accord_warnings)
