# End-to-end tests of the app, included from tests/CMakeLists.txt.
#   native_smoke   the native app under a virtual X server (tests/native/smoke.sh)
#   native_e2e     a user session in the native app with xdotool (tests/native/e2e.sh)
#   native_import  the Import view, edit, delete and undo, natively (tests/native/import.sh)
#   native_languages  LANG=vi_VN / fr_FR: the app in Vietnamese and French, a saved choice wins (tests/native/languages.sh)
#   native_edit    the Edit sheet at desktop and phone sizes, with screenshots (tests/native/edit.sh)
#   browser_smoke  the web bundle in headless Chromium (tests/browser/smoke.mjs);
#                  needs ./build-wasm.sh first and says so when dist/web is missing
#   browser_e2e    user journeys in Chromium at 1280x800 and 390x844 (tests/browser/e2e.mjs)
#   browser_edit   the Edit sheet in Chromium: typing, a topic, a pick list with the phone's keyboard (tests/browser/edit.mjs)
#   native_large, browser_large  50,000 synthetic events loaded in the background, filtered and
#                  searched; counts checked against the CLI (tests/native/large.sh, tests/browser/large.mjs)
#   native_data    the user's store, import/export, bad files, --data (tests/native/data.sh)
#   browser_data   IndexedDB, the file chooser, downloads, data links (tests/browser/data.mjs)
#   browser_publish accord publish, a link to a user-added event in a fresh context, a link that
#                  carries the event, embed=1 at desktop and phone size (tests/browser/publish.mjs)
#   browser_tabs   two tabs of one deployment interleave imports and merges; nothing saved is lost
#                  (tests/browser/tabs.mjs)
#   browser_releases two deployments on one site, a half-finished deployment, the new-version notice
#                  (tests/browser/releases.mjs)
#   browser_text_entry typing, fast deletes, select-all, autocorrection, IME and paste in the search
#                  field on a phone and a desktop (tests/browser/text_entry.mjs)
#   browser_phone_layout  a phone on its side, the Partners matrix on 390 and 320 px phones (swipes),
#                  long chips, finger-sized chips (tests/browser/phone_layout.mjs)
#   browser_languages  the app in Chromium set to vi-VN, fr-FR and de-DE at both sizes: the language,
#                  translated tabs, the Settings choice kept over a reload (tests/browser/languages.mjs)
#   browser_import the Import view, paste to save, delete and undo (tests/browser/import_e2e.mjs)
#   browser_reports one event, two reports: a pasted second report is found to tell an event the
#                  data has, added as its second source, split off again, both undone (tests/browser/reports.mjs)
#   browser_story  story mode: the Story button, Next, keys, a swipe, Play/Pause, the link, Back
#                  (tests/browser/story.mjs)
#   browser_analysis  the Trends and Network views: links with options, a row filters the timeline,
#                  a drag pans the network, the page idles once laid out (tests/browser/analysis.mjs)
#   browser_hostile_links  data links to datasets that are not UTF-8, deeply nested, too large, of the
#                  wrong types or cut short: refused, no page error, data unchanged (tests/browser/hostile_links.mjs)
if(TARGET accord-atlas)
  add_test(NAME native_smoke
           COMMAND ${CMAKE_SOURCE_DIR}/tests/native/smoke.sh $<TARGET_FILE:accord-atlas>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(native_smoke PROPERTIES TIMEOUT 120 LABELS "ui;native")
  add_test(NAME native_e2e
           COMMAND ${CMAKE_SOURCE_DIR}/tests/native/e2e.sh $<TARGET_FILE:accord-atlas>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(native_e2e PROPERTIES TIMEOUT 180 LABELS "ui;native")
  if(TARGET accord)
    add_test(NAME native_large
             COMMAND ${CMAKE_SOURCE_DIR}/tests/native/large.sh $<TARGET_FILE:accord-atlas> $<TARGET_FILE:accord>
                     ${CMAKE_BINARY_DIR}
             WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
    set_tests_properties(native_large PROPERTIES TIMEOUT 180 LABELS "ui;native;large")
  endif()
  add_test(NAME native_data
           COMMAND ${CMAKE_SOURCE_DIR}/tests/native/data.sh $<TARGET_FILE:accord-atlas>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(native_data PROPERTIES TIMEOUT 240 LABELS "ui;native")
  add_test(NAME native_import
           COMMAND ${CMAKE_SOURCE_DIR}/tests/native/import.sh $<TARGET_FILE:accord-atlas>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(native_import PROPERTIES TIMEOUT 240 LABELS "ui;native")
  add_test(NAME native_languages
           COMMAND ${CMAKE_SOURCE_DIR}/tests/native/languages.sh $<TARGET_FILE:accord-atlas>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(native_languages PROPERTIES TIMEOUT 120 LABELS "ui;native")
  add_test(NAME native_edit
           COMMAND ${CMAKE_SOURCE_DIR}/tests/native/edit.sh $<TARGET_FILE:accord-atlas>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(native_edit PROPERTIES TIMEOUT 180 LABELS "ui;native")
endif()

find_program(ACCORD_NODE node)
if(ACCORD_NODE)
  # accord_browser_test(NAME SCRIPT TIMEOUT [extra labels] [ARGS ...]):
  # node tests/browser/SCRIPT, labelled ui;browser.
  function(accord_browser_test name script timeout)
    cmake_parse_arguments(T "" "" "LABELS;ARGS" ${ARGN})
    add_test(NAME ${name}
             COMMAND ${ACCORD_NODE} ${CMAKE_SOURCE_DIR}/tests/browser/${script} ${T_ARGS}
             WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
    set_tests_properties(${name} PROPERTIES TIMEOUT ${timeout} LABELS "ui;browser;${T_LABELS}")
  endfunction()
  accord_browser_test(browser_smoke smoke.mjs 180)
  accord_browser_test(browser_e2e e2e.mjs 400)
  accord_browser_test(browser_edit edit.mjs 300)
  accord_browser_test(browser_analysis analysis.mjs 180)
  accord_browser_test(browser_story story.mjs 240)
  if(TARGET accord)
    accord_browser_test(browser_large large.mjs 180 LABELS large ARGS $<TARGET_FILE:accord> ${CMAKE_BINARY_DIR})
  endif()
  accord_browser_test(browser_data data.mjs 300)
  if(TARGET accord)
    accord_browser_test(browser_publish publish.mjs 300 ARGS $<TARGET_FILE:accord> ${CMAKE_BINARY_DIR})
  endif()
  accord_browser_test(browser_import import_e2e.mjs 400)
  accord_browser_test(browser_reports reports.mjs 400)
  accord_browser_test(browser_tabs tabs.mjs 300)
  accord_browser_test(browser_releases releases.mjs 300)
  accord_browser_test(browser_hostile_links hostile_links.mjs 300)
  accord_browser_test(browser_text_entry text_entry.mjs 300)
  accord_browser_test(browser_phone_layout phone_layout.mjs 300)
  accord_browser_test(browser_languages languages.mjs 300)
endif()
