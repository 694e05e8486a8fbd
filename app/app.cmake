# The Dear ImGui app `accord-atlas`, from the same sources for both targets:
#   native      SDL2 (libsdl2-dev) + desktop OpenGL 3
#   Emscripten  SDL2 built by scripts/install-deps.sh + WebGL2; emits
#               accord-atlas.js/.wasm/.data (web/index.html is our own shell)
# Included from the top-level CMakeLists.txt after accord_core exists.

set(ACCORD_APP_DIR "${CMAKE_CURRENT_LIST_DIR}")
get_filename_component(ACCORD_ASSETS_DIR "${CMAKE_CURRENT_LIST_DIR}/../assets" ABSOLUTE)
set(ACCORD_IMGUI_DIR "${ACCORD_DEPS_DIR}/imgui")
if(NOT EXISTS "${ACCORD_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui sources not found in ${ACCORD_IMGUI_DIR}: run scripts/install-deps.sh")
endif()

# --- SDL2 and OpenGL -------------------------------------------------------
if(EMSCRIPTEN)
  set(ACCORD_SDL2_WEB_DIR "${ACCORD_DEPS_DIR}/sdl2-web")
  if(NOT EXISTS "${ACCORD_SDL2_WEB_DIR}/lib/libSDL2.a")
    message(FATAL_ERROR "SDL2 for the web not found in ${ACCORD_SDL2_WEB_DIR}: run scripts/install-deps.sh")
  endif()
  # Emscripten's own SDL port would download at build time; ours is prebuilt.
  add_library(accord_sdl2 STATIC IMPORTED)
  set_target_properties(accord_sdl2 PROPERTIES
    IMPORTED_LOCATION "${ACCORD_SDL2_WEB_DIR}/lib/libSDL2.a"
    INTERFACE_INCLUDE_DIRECTORIES "${ACCORD_SDL2_WEB_DIR}/include/SDL2")
  set(ACCORD_APP_PLATFORM_LIBS accord_sdl2)
else()
  find_package(SDL2 REQUIRED)
  find_package(OpenGL REQUIRED)
  if(TARGET SDL2::SDL2)
    set(ACCORD_APP_PLATFORM_LIBS SDL2::SDL2 OpenGL::GL ${CMAKE_DL_LIBS})
  else()  # older sdl2-config.cmake without targets
    set(ACCORD_APP_PLATFORM_LIBS ${SDL2_LIBRARIES} OpenGL::GL ${CMAKE_DL_LIBS})
    include_directories(${SDL2_INCLUDE_DIRS})
  endif()
endif()

# --- Dear ImGui: the core alone (headless tests), and the SDL2 + OpenGL3 backends
add_library(accord_imgui STATIC
  ${ACCORD_IMGUI_DIR}/imgui.cpp
  ${ACCORD_IMGUI_DIR}/imgui_draw.cpp
  ${ACCORD_IMGUI_DIR}/imgui_tables.cpp
  ${ACCORD_IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(accord_imgui PUBLIC ${ACCORD_IMGUI_DIR})

add_library(accord_imgui_backends STATIC
  ${ACCORD_IMGUI_DIR}/backends/imgui_impl_sdl.cpp
  ${ACCORD_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(accord_imgui_backends PUBLIC ${ACCORD_IMGUI_DIR}/backends)
target_link_libraries(accord_imgui_backends PUBLIC accord_imgui ${ACCORD_APP_PLATFORM_LIBS})
if(EMSCRIPTEN)
  # WebGL2 is OpenGL ES 3.0 ("#version 300 es"); the backend would pick ES2.
  target_compile_definitions(accord_imgui_backends PUBLIC IMGUI_IMPL_OPENGL_ES3)
endif()

# --- accord_ui: the views and the app's state, with no window ---------------
# Everything in app/ but main.cpp and the platform files; what differs
# between targets is behind app/platform.h, defined by the one platform file
# each executable adds (platform_native, platform_web, platform_headless).
file(GLOB ACCORD_UI_SOURCES CONFIGURE_DEPENDS "${ACCORD_APP_DIR}/*.cpp")
list(FILTER ACCORD_UI_SOURCES EXCLUDE REGEX "/(main|platform_[a-z]+)\\.cpp$")
add_library(accord_ui STATIC ${ACCORD_UI_SOURCES})
target_include_directories(accord_ui PUBLIC ${ACCORD_APP_DIR})
target_link_libraries(accord_ui PUBLIC accord_core accord_imgui)
if(NOT EMSCRIPTEN)
  target_link_libraries(accord_ui PRIVATE accord_warnings)
endif()

# --- the app: main.cpp and the target's platform file -----------------------
if(EMSCRIPTEN)
  set(ACCORD_PLATFORM_SOURCE "${ACCORD_APP_DIR}/platform_web.cpp")
else()
  set(ACCORD_PLATFORM_SOURCE "${ACCORD_APP_DIR}/platform_native.cpp")
endif()
add_executable(accord-atlas "${ACCORD_APP_DIR}/main.cpp" "${ACCORD_PLATFORM_SOURCE}")
target_link_libraries(accord-atlas PRIVATE accord_ui accord_imgui_backends)
target_compile_definitions(accord-atlas PRIVATE ACCORD_ASSETS_DIR="${ACCORD_ASSETS_DIR}")
if(NOT EMSCRIPTEN)
  target_link_libraries(accord-atlas PRIVATE accord_warnings)
  # The Data window's "Publish…" reads the built web app from here (./build-wasm.sh).
  target_compile_definitions(accord-atlas PRIVATE ACCORD_DEFAULT_WEB_DIR="${CMAKE_SOURCE_DIR}/dist/web")
endif()

# --- the headless platform: no window, for tests/headless ------------------
if(NOT EMSCRIPTEN)
  add_library(accord_platform_headless OBJECT "${ACCORD_APP_DIR}/platform_headless.cpp")
  target_link_libraries(accord_platform_headless PUBLIC accord_ui)
  target_compile_definitions(accord_platform_headless PRIVATE ACCORD_ASSETS_DIR="${ACCORD_ASSETS_DIR}")
  target_link_libraries(accord_platform_headless PRIVATE accord_warnings)
endif()

if(EMSCRIPTEN)
  # The dataset packed into accord-atlas.data; override to try another file.
  set(ACCORD_WEB_DATASET "${ACCORD_ASSETS_DIR}/dataset.json" CACHE FILEPATH
      "Dataset preloaded into the web build as /assets/dataset.json")
  if(NOT EXISTS "${ACCORD_WEB_DATASET}")
    message(FATAL_ERROR "ACCORD_WEB_DATASET ${ACCORD_WEB_DATASET} does not exist")
  endif()
  set(ACCORD_WEB_PRELOAD
    "${ACCORD_WEB_DATASET}@/assets/dataset.json"
    "${ACCORD_ASSETS_DIR}/fonts/NotoSans-Regular.ttf@/assets/fonts/NotoSans-Regular.ttf"
    "${ACCORD_ASSETS_DIR}/fonts/NotoSans-Bold.ttf@/assets/fonts/NotoSans-Bold.ttf"
    "${ACCORD_ASSETS_DIR}/map/southeast-asia.json@/assets/map/southeast-asia.json"
    "${ACCORD_ASSETS_DIR}/gazetteer@/assets/gazetteer"
    "${ACCORD_ASSETS_DIR}/i18n@/assets/i18n")
  set(ACCORD_WEB_LINK_OPTIONS
    -fexceptions
    -sENVIRONMENT=web
    -sMAX_WEBGL_VERSION=2
    -sMIN_WEBGL_VERSION=2
    -sALLOW_MEMORY_GROWTH=1
    -sMAXIMUM_MEMORY=4GB  # a million events need about 3 GB (README, Benchmarks)
    -lidbfs.js
    "-sEXPORTED_FUNCTIONS=_main,_accord_state_json,_accord_select_event,_accord_text_field_at,_accord_text_field_text,_accord_text_edit,_accord_key,_accord_open_hash,_accord_set_system_dark,_accord_request_redraw,_accord_file_opened,_accord_file_failed,_accord_paste_text,_accord_store_ready,_accord_data_link_loaded,_accord_data_link_failed,_accord_web_bundle_file,_accord_web_bundle_done,_accord_records_link_made,_accord_records_link_loaded,_accord_records_link_failed,_malloc,_free"
    "-sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8,HEAPU8")
  foreach(item ${ACCORD_WEB_PRELOAD})
    list(APPEND ACCORD_WEB_LINK_OPTIONS "SHELL:--preload-file ${item}")
    string(REGEX REPLACE "@.*$" "" preload_source "${item}")
    set_property(TARGET accord-atlas APPEND PROPERTY LINK_DEPENDS "${preload_source}")
  endforeach()
  target_link_options(accord-atlas PRIVATE ${ACCORD_WEB_LINK_OPTIONS})
  set_target_properties(accord-atlas PROPERTIES SUFFIX ".js")
endif()
