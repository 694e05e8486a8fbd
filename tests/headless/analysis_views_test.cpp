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

namespace {

// The named widgets of the last frame that start with `prefix`.
std::vector<std::string> widgets_named(HeadlessApp& app, const std::string& prefix) {
  const nlohmann::json hook = app.hook();
  std::vector<std::string> out;
  for (const auto& w : hook["widgets"].items())
    if (w.key().rfind(prefix, 0) == 0) out.push_back(w.key());
  return out;
}

}  // namespace

TEST_CASE("network: the measure and the date go into the link and change the ranking", "[network]") {
  for (Screen screen : {kDesktop, kPhone}) {
    INFO(screen.width);
    HeadlessApp app(ACCORD_SHIPPED_DATASET, screen);
    app.frames(2);
    REQUIRE(app.tap("tab:network"));
    app.frames(30);  // the layout runs a few iterations a frame
    CHECK(app.hook()["view"] == "network");
    CHECK(app.state().current_hash() == "#/network?measure=degree");
    CHECK(app.hook()["widgets"].contains("network:canvas"));
    CHECK(app.hook()["widgets"].contains("network:rank:country:VNM"));
    REQUIRE(app.tap("network:measure:betweenness"));
    CHECK(app.state().current_hash() == "#/network?measure=betweenness");
    const size_t now = widgets_named(app, "network:node:").size();
    app.state().open_hash("#/network?measure=betweenness&asof=2021");
    app.frames(4);
    CHECK(app.hook()["notices"].empty());
    // 2021's network is smaller than today's.
    CHECK(widgets_named(app, "network:node:").size() < now);
    CHECK_FALSE(app.hook()["widgets"].contains("network:node:agreement:ag-vn-la-extradition-2024"));
  }
}

TEST_CASE("network: a tap on a node or a ranked row opens its page", "[network]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kDesktop);
  app.frames(2);
  app.state().open_hash("#/network?measure=degree");
  app.frames(40);
  const std::vector<std::string> people = widgets_named(app, "network:node:person:");
  REQUIRE_FALSE(people.empty());
  REQUIRE(app.tap(people.front()));
  CHECK(app.hook()["view"] == "person");
  CHECK("network:node:person:" + app.state().selected_id() == people.front());

  app.state().back();
  app.frames(4);
  REQUIRE(app.tap("network:rank:country:LAO"));
  CHECK(app.hook()["view"] == "timeline");
  CHECK(app.state().filter().partners == std::vector<std::string>{"LAO"});

  app.state().back();
  app.frames(4);
  const std::vector<std::string> agreements = widgets_named(app, "network:rank:agreement:");
  REQUIRE_FALSE(agreements.empty());
  REQUIRE(app.tap(agreements.front()));
  CHECK(app.hook()["view"] == "agreement");
}

TEST_CASE("network: a drag on the canvas pans it without opening anything", "[network]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kPhone);
  app.frames(2);
  app.state().open_hash("#/network");
  app.frames(40);
  const std::vector<std::string> before = widgets_named(app, "network:node:country:VNM");
  REQUIRE(before.size() == 1);
  const nlohmann::json vnm = app.hook()["widgets"]["network:node:country:VNM"];
  REQUIRE(app.drag("network:canvas", 40, 30));
  CHECK(app.hook()["view"] == "network");
  const nlohmann::json moved = app.hook()["widgets"]["network:node:country:VNM"];
  CHECK(float(moved[0]) == Approx(float(vnm[0]) + 40).margin(1));
  CHECK(float(moved[1]) == Approx(float(vnm[1]) + 30).margin(1));
}

TEST_CASE("network: two fingers spread zoom in about their midpoint, drawn together zoom out", "[network]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kPhone);
  app.frames(2);
  app.state().open_hash("#/network");
  app.frames(40);
  // A node's centre, in logical pixels.
  const auto centre_of = [&](const std::string& name) {
    const nlohmann::json r = app.hook()["widgets"][name];
    return std::pair<float, float>(float(r[0]) + float(r[2]) / 2, float(r[1]) + float(r[3]) / 2);
  };
  const nlohmann::json canvas = app.hook()["widgets"]["network:canvas"];
  const float mid_x = float(canvas[0]) + float(canvas[2]) / 2, mid_y = float(canvas[1]) + float(canvas[3]) / 2;
  const auto [x0, y0] = centre_of("network:node:country:VNM");
  REQUIRE(app.pinch("network:canvas", 1.5f));
  CHECK(app.hook()["view"] == "network");  // not a tap on what was under the fingers
  const auto [x1, y1] = centre_of("network:node:country:VNM");
  // The midpoint stays put; everything else moves away from it 1.5 times.
  CHECK(x1 - mid_x == Approx((x0 - mid_x) * 1.5f).margin(2));
  CHECK(y1 - mid_y == Approx((y0 - mid_y) * 1.5f).margin(2));
  REQUIRE(app.pinch("network:canvas", 1 / 1.5f));
  const auto [x2, y2] = centre_of("network:node:country:VNM");
  CHECK(x2 == Approx(x0).margin(2));
  CHECK(y2 == Approx(y0).margin(2));
}

TEST_CASE("network: the timeline's filter applies, says so, and can be cleared", "[network]") {
  for (Screen screen : {kDesktop, kPhone}) {
    INFO(screen.width);
    HeadlessApp app(ACCORD_SHIPPED_DATASET, screen);
    app.frames(2);
    app.state().open_hash("#/network");
    app.frames(10);
    const size_t everything = widgets_named(app, "network:node:").size();
    CHECK_FALSE(app.hook()["widgets"].contains("network:all-events"));
    // Cambodia's events only, from a link: fewer nodes, no Indonesia.
    app.state().open_hash("#/network?partner=KHM&measure=degree");
    app.frames(10);
    CHECK(app.state().current_hash() == "#/network?partner=KHM&measure=degree");
    CHECK(app.hook()["widgets"].contains("network:node:country:KHM"));
    CHECK_FALSE(app.hook()["widgets"].contains("network:node:country:IDN"));
    CHECK(widgets_named(app, "network:node:").size() < everything);
    REQUIRE(app.tap("network:all-events"));
    app.frames(10);
    CHECK(app.state().current_hash() == "#/network?measure=degree");
    CHECK(app.hook()["widgets"].contains("network:node:country:IDN"));
  }
}
