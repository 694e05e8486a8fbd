// The Trends (and Network) views through taps, at phone and desktop sizes:
// their options go into the link, a row or a cell opens the timeline
// filtered to it.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "headless_app.h"

using namespace atlas::testing;

TEST_CASE("trends: the period and rows chips change the table and the link", "[trends]") {
  for (Screen screen : {kDesktop, kPhone}) {
    INFO(screen.width);
    HeadlessApp app(ACCORD_SHIPPED_DATASET, screen);
    app.frames(2);
    REQUIRE(app.tap("tab:trends"));
    CHECK(app.hook()["view"] == "trends");
    CHECK(app.state().current_hash() == "#/trends?by=partner&period=quarter");
    CHECK(app.hook()["widgets"].contains("trends:row:LAO"));
    REQUIRE(app.tap("trends:period:year"));
    REQUIRE(app.tap("trends:by:topic"));
    CHECK(app.state().current_hash() == "#/trends?by=topic&period=year");
    CHECK(app.hook()["widgets"].contains("trends:row:drugs"));
    CHECK_FALSE(app.hook()["widgets"].contains("trends:row:LAO"));
    // A chip replaces the place: Back leaves the view.
    CHECK(app.state().can_go_back());
  }
}

TEST_CASE("trends: a row filters the timeline to it, a cell to its period", "[trends]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kPhone);
  app.frames(2);
  app.state().open_hash("#/trends?by=partner&period=year");
  app.frames(4);
  REQUIRE(app.tap("trends:row:LAO"));
  CHECK(app.hook()["view"] == "timeline");
  CHECK(app.state().filter().partners == std::vector<std::string>{"LAO"});
  CHECK_FALSE(app.state().filter().from);
  const size_t laos = app.state().visible_events().size();
  CHECK(laos > 0);

  app.state().back();
  app.frames(4);
  CHECK(app.state().current_hash() == "#/trends?by=partner&period=year");
  // The last column is the data's last year: Laos's events in it only.
  int last = -1;
  const nlohmann::json hook = app.hook();
  for (const auto& widget : hook["widgets"].items())
    if (widget.key().rfind("trends:cell:LAO:", 0) == 0) last = std::max(last, std::stoi(widget.key().substr(16)));
  REQUIRE(last >= 0);
  REQUIRE(app.tap("trends:cell:LAO:" + std::to_string(last)));
  CHECK(app.state().filter().partners == std::vector<std::string>{"LAO"});
  REQUIRE(app.state().filter().from);
  CHECK(app.state().filter().from->iso() == app.state().filter().to->iso());
  CHECK(app.state().visible_events().size() <= laos);
  for (size_t i : app.state().visible_events())
    CHECK(app.state().dataset().events[i].date.year == app.state().filter().from->year);
}
