// Dead ends on a phone (#15): a phone on its side, the Partners matrix on a
// narrow screen, chips and titles longer than the row. Each test drew the
// old app into the dead end it names.
#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "headless_app.h"
#include "widgets.h"

using namespace atlas::testing;

namespace {

constexpr Screen kPhoneOnItsSide{844, 390, true};
constexpr Screen kSmallPhone{320, 640, true};  // an iPhone SE (first generation)

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

struct Rect {
  std::string name;
  float x, y, w, h;
  bool clipped;
};

std::vector<Rect> widgets_named(const nlohmann::json& hook, const std::string& prefix) {
  std::vector<Rect> out;
  for (const auto& [name, r] : hook["widgets"].items())
    if (starts_with(name, prefix))
      out.push_back({name, r[0].get<float>(), r[1].get<float>(), r[2].get<float>(), r[3].get<float>(),
                     r.size() > 4 && r[4].get<bool>()});
  return out;
}

// Turns the wheel over the middle of the screen: the page that scrolls.
void wheel_page(HeadlessApp& app, const Screen& screen) { app.wheel_at(screen.width * 0.5f, screen.height * 0.5f, -3); }

// Wheels the Partners page down until the matrix's cells are drawn.
std::vector<Rect> scroll_to_matrix(HeadlessApp& app, const Screen& screen) {
  for (int i = 0; i < 40; ++i) {
    auto cells = widgets_named(app.hook(), "matrix:");
    if (cells.size() > 8) return cells;
    wheel_page(app, screen);
  }
  return widgets_named(app.hook(), "matrix:");
}

}  // namespace

TEST_CASE("a phone on its side shows more than two timeline rows", "[layout][touch][phone]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kPhoneOnItsSide);
  app.frames(4);
  const nlohmann::json hook = app.hook();
  REQUIRE(hook["layout"] == "narrow");
  size_t whole_rows = 0;
  for (const Rect& r : widgets_named(hook, "row:event:"))
    if (r.h >= 43.5f) ++whole_rows;  // all of it in view, and still a finger tall
  INFO("rows fully in view at 844 x 390");
  CHECK(whole_rows >= 4);  // it was 2
  // The count shares the search row and stays on screen.
  REQUIRE(hook["widgets"].contains("count"));
  const auto& count = hook["widgets"]["count"];
  CHECK(count[0].get<float>() + count[2].get<float>() <= 844.5f);
  CHECK(std::abs(count[1].get<float>() - hook["widgets"]["filters:toggle"][1].get<float>()) < 1.0f);
}

TEST_CASE("the Partners matrix fits a phone, its last column included", "[layout][touch][phone]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kPhone);
  app.state().navigate_to(atlas::View::Partners);
  app.frames(4);
  const std::vector<Rect> cells = scroll_to_matrix(app, kPhone);
  REQUIRE(cells.size() > 8);
  bool saw_cambodia = false;
  for (const Rect& c : cells) {
    INFO(c.name);
    CHECK(c.x + c.w <= kPhone.width + 0.5f);
    CHECK(c.w >= 43.5f);  // a finger-wide column: the old one was cut to 33 px
    if (!c.clipped) CHECK(c.h >= 43.5f);
    CHECK(std::abs(c.w - cells.front().w) < 0.5f);
    if (starts_with(c.name, "matrix:KHM:")) saw_cambodia = true;
  }
  CHECK(saw_cambodia);
}

TEST_CASE("on a small phone the matrix scrolls sideways and a swipe down on it scrolls the page",
          "[layout][touch][phone]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kSmallPhone);
  app.state().navigate_to(atlas::View::Partners);
  app.frames(4);
  std::vector<Rect> cells = scroll_to_matrix(app, kSmallPhone);
  REQUIRE(cells.size() > 8);
  const std::string cell = "matrix:LAO:drugs";
  auto rect_of = [&](const std::string& name) {
    for (const Rect& r : widgets_named(app.hook(), name))
      if (r.name == name) return r;
    FAIL("not drawn: " << name);
    return Rect{};
  };
  // The page's height below the matrix: swipe up on a cell, the page moves.
  const Rect before = rect_of(cell);
  REQUIRE(app.drag(cell, 0, -120));
  const Rect after = rect_of(cell);
  INFO("a vertical swipe that starts on the matrix");
  CHECK(after.y < before.y - 60);   // it stayed put: the swipe was trapped
  CHECK(after.y > before.y - 180);  // and it follows the finger, not twice as fast
  // A sideways swipe moves the columns: the last one comes into view whole.
  const auto khm_clipped = [&]() {
    for (const Rect& r : widgets_named(app.hook(), "matrix:KHM:"))
      if (!r.clipped) return false;
    return true;
  };
  CHECK(khm_clipped());
  REQUIRE(app.drag(cell, -200, 0));
  CHECK_FALSE(khm_clipped());
}

TEST_CASE("a chip longer than the row wraps inside the screen", "[layout][touch][phone]") {
  // The event with the longest mechanism name in the shipped data.
  std::ifstream in(ACCORD_SHIPPED_DATASET);
  const nlohmann::json data = nlohmann::json::parse(in);
  std::string longest_id, longest_name, event_id;
  for (const auto& m : data["mechanisms"])
    if (m["name"].get<std::string>().size() > longest_name.size()) {
      longest_name = m["name"].get<std::string>();
      longest_id = m["id"].get<std::string>();
    }
  for (const auto& e : data["events"])
    if (e.contains("mechanisms"))
      for (const auto& m : e["mechanisms"])
        if (m == longest_id) event_id = e["id"].get<std::string>();
  REQUIRE_FALSE(event_id.empty());
  INFO(longest_name);

  HeadlessApp app(ACCORD_SHIPPED_DATASET, kSmallPhone);
  app.state().navigate_to(atlas::View::Event, event_id);
  app.frames(4);
  const std::string chip = "link:mechanism:" + longest_id;
  auto whole_in_view = [&]() {
    const nlohmann::json widgets = app.hook()["widgets"];
    return widgets.contains(chip) && !widgets[chip][4].get<bool>();
  };
  for (int i = 0; i < 80 && !whole_in_view(); ++i)
    app.wheel_at(kSmallPhone.width * 0.5f, kSmallPhone.height * 0.5f, -0.5f);
  REQUIRE(app.hook()["widgets"].contains(chip));
  const nlohmann::json hook = app.hook();
  const auto& r = hook["widgets"][chip];
  CHECK(r[0].get<float>() >= 0);
  CHECK(r[0].get<float>() + r[2].get<float>() <= kSmallPhone.width + 0.5f);
  CHECK(r[3].get<float>() >= 43.5f);
}

TEST_CASE("a title cut to two lines keeps its last words", "[layout]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kPhone);
  app.frames(2);
  ImGui::NewFrame();  // a current font to measure with
  const std::string start =
      "Memorandum of Understanding between the two ministries on cooperation in preventing and combating "
      "transnational crime along the shared land border and at sea, with annual reviews";
  const atlas::TwoLines older = atlas::two_line_layout(start + " (2021)", 300);
  const atlas::TwoLines newer = atlas::two_line_layout(start + " (2024)", 300);
  CHECK(older.cut);
  CHECK(older.first == newer.first);
  CHECK(older.second != newer.second);  // the only difference is at the end
  CHECK(older.second.size() > std::string("(2021)").size());
  CHECK(older.second.find("\u2026") != std::string::npos);
  CHECK(older.second.substr(older.second.size() - 6) == "(2021)");
  const atlas::TwoLines short_title = atlas::two_line_layout("Extradition treaty", 300);
  CHECK_FALSE(short_title.cut);
  CHECK(short_title.first == "Extradition treaty");
  CHECK(short_title.second.empty());
  ImGui::EndFrame();
}
