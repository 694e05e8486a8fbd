// Every control on a phone is a finger tall (44 px, Apple's HIG), not only
// those on a view's first screen: each view is wheeled to its end, and the
// Settings popup, the Data window and the Edit sheet are opened. Labels and
// drawn text that is not tapped are left out.
#include <map>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "headless_app.h"
#include "views_to_visit.h"

using namespace atlas::testing;

namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// Named for tests but not tapped (the layout test's list, plus windows).
bool tapped_control(const std::string& name) {
  for (const char* p : {"count", "data:window", "data:message", "load:progress", "network:node:", "toast",
                        "map:label:", "row:match:", "edit:form", "edit:also-changes", "store:changed", "link:banner",
                        "store:notice", "story:card", "story:event:", "story:position"})
    if (starts_with(name, p)) return false;
  return true;
}

// The height of every control seen whole while `app` is wheeled down its
// page from where it is, by name.
void collect_while_scrolling(HeadlessApp& app, std::map<std::string, float>& heights) {
  for (int i = 0; i < 60; ++i) {
    const nlohmann::json hook = app.hook();
    for (const auto& [name, r] : hook["widgets"].items())
      if (tapped_control(name) && !r[4].get<bool>()) heights[name] = r[3].get<float>();
    app.wheel_at(kPhone.width * 0.5f, kPhone.height * 0.5f, -2.0f);
  }
}

void check_heights(const std::string& where, const std::map<std::string, float>& heights) {
  for (const auto& [name, h] : heights) {
    INFO(where << ": " << name << " is " << h << " px tall");
    CHECK(h >= 43.5f);
  }
}

}  // namespace

TEST_CASE("every control of every view is a finger tall on a phone, down to the end of the page", "[touch]") {
  for (const ViewToVisit& visit : views_to_visit()) {
    HeadlessApp app(ACCORD_SHIPPED_DATASET, kPhone);
    app.frames(2);
    visit.open(app.state());
    app.frames(3);
    std::map<std::string, float> heights;
    collect_while_scrolling(app, heights);
    CHECK(heights.size() > 8);  // the header and the tabs at least
    check_heights(visit.name, heights);
  }
}

TEST_CASE("the Settings popup, the Data window and the Edit sheet are finger-sized on a phone", "[touch]") {
  HeadlessApp app(ACCORD_SHIPPED_DATASET, kPhone);
  app.frames(3);
  REQUIRE(app.tap("settings"));
  std::map<std::string, float> settings;
  const nlohmann::json with_settings = app.hook();
  for (const auto& [name, r] : with_settings["widgets"].items())
    if (starts_with(name, "settings:")) settings[name] = r[3].get<float>();
  CHECK(settings.size() >= 5);
  check_heights("settings", settings);
  app.press(ImGuiKey_Escape);

  REQUIRE(app.tap("data"));
  std::map<std::string, float> data;
  const nlohmann::json with_data = app.hook();
  for (const auto& [name, r] : with_data["widgets"].items())
    if (starts_with(name, "data:") && tapped_control(name) && !r[4].get<bool>()) data[name] = r[3].get<float>();
  CHECK(data.size() >= 3);
  check_heights("data window", data);
  REQUIRE(app.tap("data:close"));

  app.state().navigate_to(atlas::View::Event, app.state().dataset().events.front().id);
  app.frames(3);
  REQUIRE(app.tap("edit"));
  std::map<std::string, float> edit;
  collect_while_scrolling(app, edit);
  std::map<std::string, float> sheet;
  for (const auto& [name, h] : edit)
    if (starts_with(name, "edit:")) sheet[name] = h;
  CHECK(sheet.size() >= 5);
  check_heights("edit sheet", sheet);
}
