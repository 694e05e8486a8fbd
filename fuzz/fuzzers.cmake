# libFuzzer binaries, one per target (clang only; fuzz/run.sh configures a
# build with -fsanitize=fuzzer-no-link,address,undefined for everything).
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "ACCORD_BUILD_FUZZERS needs clang (CXX=clang++)")
endif()
foreach(target dataset_json extract url_hash events_csv article_add data_link exchange_import snapshot)
  add_executable(fuzz_${target} ${CMAKE_CURRENT_LIST_DIR}/fuzzer_main.cpp)
  target_compile_definitions(fuzz_${target} PRIVATE ACCORD_FUZZ_TARGET="${target}")
  target_link_libraries(fuzz_${target} PRIVATE accord_fuzz_targets accord_warnings)
  target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer)
endforeach()
