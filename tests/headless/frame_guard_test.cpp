// A frame that throws in the middle of a view must not end the app: the
// windows it left open are closed, a notice says so, and the next frame
// draws as before.
#include <string>

#include <catch2/catch.hpp>

#include "headless_app.h"

using namespace atlas::testing;

TEST_CASE("an exception in a frame becomes a notice, and the next frame draws", "[frame-guard]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(3);
  const size_t widgets_before = app.hook()["widgets"].size();
  REQUIRE(widgets_before > 5);

  app.state().fail_next_frame_for_testing();
  app.frames(1);  // throws after the header, inside the app window
  REQUIRE(app.state().notices().size() == 1);
  CHECK(app.state().notices()[0].find("Something went wrong while drawing this view (a fault injected by a test)") ==
        0);

  app.frames(3);
  CHECK(app.hook()["view"] == "timeline");
  CHECK(app.hook()["widgets"].size() >= widgets_before);  // the whole view again, with the notice
  REQUIRE(app.tap("filter:partner:LAO"));                 // and it still answers
  CHECK(app.state().filter().partners.size() == 1);
}

TEST_CASE("the state hook never throws on text that is not UTF-8", "[frame-guard]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(2);
  // A file whose name has a Latin-1 byte (a desktop can have one): the Data
  // window's message quotes the name as it came.
  app.data_menu().open_file(app.state(), std::string("caf\xE9.json"), "not a dataset");
  const std::string json = app.state().state_json();              // would throw type_error 316 without the guard
  CHECK(json.find("caf\xEF\xBF\xBD.json") != std::string::npos);  // the byte shows as U+FFFD
  app.state().add_notice(std::string("a notice quoting caf\xE9"));
  CHECK(app.state().notices().back() == "a notice quoting caf\xEF\xBF\xBD");
  app.frames(2);
  CHECK(app.hook()["view"] == "timeline");
}
