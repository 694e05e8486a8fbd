// Taps on named widgets, fed to ImGui as a pointer would be, and the
// navigation that follows.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "headless_app.h"
#include "platform_headless.h"

using namespace atlas::testing;

TEST_CASE("a partner chip filters the timeline, and a second tap clears it", "[input]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kDesktop);
  app.frames(4);
  const size_t all = app.state().visible_events().size();
  REQUIRE(app.tap("filter:partner:LAO"));
  CHECK(app.state().filter().partners == std::vector<std::string>{"LAO"});
  CHECK(app.hook()["view"] == "timeline");
  const size_t with_laos = app.state().visible_events().size();
  CHECK(with_laos > 0);
  CHECK(with_laos < all);
  CHECK(app.hook()["facet_counts"]["partners"]["LAO"] == with_laos);
  REQUIRE(app.tap("filter:partner:LAO"));
  CHECK(app.state().filter().partners.empty());
  CHECK(app.state().visible_events().size() == all);
}

TEST_CASE("a tap on a list row opens the event, and Back returns to the list", "[input]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kPhone);
  app.frames(4);
  const std::string first_event = app.state().dataset().events[app.state().visible_events().front()].id;
  REQUIRE(app.tap("row:event:" + first_event));
  CHECK(app.hook()["view"] == "event");
  CHECK(app.hook()["selected"] == first_event);
  REQUIRE(app.tap("back"));
  CHECK(app.hook()["view"] == "timeline");
}

TEST_CASE("the phone's bottom bar opens each list", "[input]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kPhone);
  app.frames(4);
  CHECK(app.hook()["layout"] == "narrow");
  for (const char* view : {"agreements", "people", "partners", "outcomes", "trends", "network", "timeline"}) {
    INFO(view);
    REQUIRE(app.tap(std::string("tab:") + view));
    CHECK(app.hook()["view"] == view);
  }
}

TEST_CASE("Copy link puts the current place on the clipboard", "[input]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(2);
  app.state().navigate_to(atlas::View::People);
  app.frames(4);
  REQUIRE(app.tap("share"));
  CHECK(atlas::headless::clipboard() == app.state().current_hash());
  CHECK(atlas::headless::clipboard().find("people") != std::string::npos);
}

TEST_CASE("a tap on nothing named changes nothing", "[input]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(4);
  const std::string before = app.state().current_hash();
  CHECK_FALSE(app.tap("no-such-widget"));
  CHECK(app.state().current_hash() == before);
}
