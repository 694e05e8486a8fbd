# Headless frame tests: the app's real frames drawn with no window (a Dear
# ImGui context without backends, app/platform_headless.cpp), every view at
# desktop and phone sizes, checked through the state hook. Seconds, no Xvfb.
#   ctest -L headless
#   build/native/tests/accord_ui_tests "[layout]"
if(TARGET accord_ui AND TARGET accord_platform_headless)
  file(GLOB ACCORD_HEADLESS_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp)
  add_executable(accord_ui_tests ${ACCORD_HEADLESS_TESTS})
  target_link_libraries(accord_ui_tests PRIVATE accord_platform_headless accord_ui Catch2::Catch2)
  target_link_libraries(accord_ui_tests PRIVATE accord_warnings)
  target_compile_definitions(accord_ui_tests PRIVATE
    ACCORD_TEST_FIXTURES="${CMAKE_CURRENT_SOURCE_DIR}/fixtures"
    ACCORD_SHIPPED_DATASET="${CMAKE_SOURCE_DIR}/assets/dataset.json"
    ACCORD_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  catch_discover_tests(accord_ui_tests TEST_PREFIX "headless: " PROPERTIES LABELS "headless")
endif()
