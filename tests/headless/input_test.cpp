// Taps on named widgets, fed to ImGui as a pointer would be, and the
// navigation that follows.
#include <algorithm>
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

namespace {
bool any_row_drawn(const nlohmann::json& hook) {
  for (const auto& [name, rect] : hook["widgets"].items())
    if (name.rfind("row:event:", 0) == 0) return true;
  return false;
}
}  // namespace

TEST_CASE("after a scrolled list is filtered on the phone's sheet, its results show from the first", "[input]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kPhone);
  app.frames(4);
  std::string a_row;
  const nlohmann::json first = app.hook();
  for (const auto& [name, rect] : first["widgets"].items())
    if (name.rfind("row:event:", 0) == 0) a_row = name;
  REQUIRE_FALSE(a_row.empty());
  REQUIRE(app.wheel(a_row, -40));  // to the end of the list
  REQUIRE(app.tap("filters:toggle"));
  REQUIRE(app.tap("filter:partner:LAO"));
  REQUIRE(app.tap("filters:done"));
  const auto& shown = app.state().visible_events();
  REQUIRE(shown.size() > 5);  // more than a screen: where the list stands matters
  CHECK(app.hook()["widgets"].contains("row:event:" + app.state().dataset().events[shown.front()].id));
}

TEST_CASE("Escape closes the phone's filter sheet", "[input]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kPhone);
  app.frames(4);
  REQUIRE(app.tap("filters:toggle"));
  REQUIRE(app.hook()["widgets"].contains("filters:done"));
  app.press(ImGuiKey_Escape);
  CHECK_FALSE(app.hook()["widgets"].contains("filters:done"));
  CHECK(any_row_drawn(app.hook()));
}

TEST_CASE("a search result says where it matched when not in its title", "[input]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kDesktop);
  app.frames(4);
  // A name in Vietnamese spelling, typed without its diacritics: it is in
  // the events' participants, not in every title.
  app.state().set_filter_text("luong tam quang");
  app.frames(4);
  const nlohmann::json hook = app.hook();
  size_t person_matches = 0, rows = 0;
  for (const auto& [name, rect] : hook["widgets"].items()) {
    if (name.rfind("row:event:", 0) == 0) ++rows;
    if (name.rfind("row:match:", 0) == 0 && name.size() > 7 && name.substr(name.size() - 7) == ":person")
      ++person_matches;
  }
  CHECK(rows > 0);
  CHECK(person_matches > 0);
}

TEST_CASE("Up and Down move through the people directory", "[input]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kDesktop);
  app.frames(2);
  app.state().navigate_to(atlas::View::People);
  app.frames(4);
  // The rows as drawn, top to bottom.
  std::vector<std::pair<float, std::string>> rows;
  const nlohmann::json hook = app.hook();
  for (const auto& [name, rect] : hook["widgets"].items())
    if (name.rfind("row:person:", 0) == 0) rows.emplace_back(rect[1].get<float>(), name.substr(11));
  std::sort(rows.begin(), rows.end());
  REQUIRE(rows.size() >= 3);
  REQUIRE(app.tap("row:person:" + rows[0].second));
  CHECK(app.state().selected_id() == rows[0].second);
  app.press(ImGuiKey_DownArrow);
  CHECK(app.state().selected_id() == rows[1].second);
  app.press(ImGuiKey_DownArrow);
  CHECK(app.state().selected_id() == rows[2].second);
  app.press(ImGuiKey_UpArrow);
  CHECK(app.state().selected_id() == rows[1].second);
  CHECK(app.hook()["view"] == "person");
}

TEST_CASE("Up and Down move through the agreements register", "[input]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kDesktop);
  app.frames(2);
  app.state().navigate_to(atlas::View::Agreements);
  app.frames(4);
  std::vector<std::pair<float, std::string>> rows;
  const nlohmann::json hook = app.hook();
  for (const auto& [name, rect] : hook["widgets"].items())
    if (name.rfind("row:agreement:", 0) == 0) rows.emplace_back(rect[1].get<float>(), name.substr(14));
  std::sort(rows.begin(), rows.end());
  REQUIRE(rows.size() >= 3);
  REQUIRE(app.tap("row:agreement:" + rows[0].second));
  CHECK(app.state().selected_id() == rows[0].second);
  app.press(ImGuiKey_DownArrow);
  CHECK(app.state().selected_id() == rows[1].second);
  app.press(ImGuiKey_UpArrow);
  CHECK(app.state().selected_id() == rows[0].second);
  CHECK(app.hook()["view"] == "agreement");
}
