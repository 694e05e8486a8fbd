// The header on a phone at every text size, with and without Undo and
// Redo: Settings (the way back from a text size too large), Copy link,
// Data and + Import stay on screen, as tall as a finger needs.
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include <catch2/catch.hpp>

#include "headless_app.h"
#include "platform_headless.h"
#include "settings.h"

using namespace atlas::testing;

namespace {

// Settings are global: each test leaves them as it found them.
struct TextSize {
  explicit TextSize(int percent) {
    atlas::headless::set_settings_text("{\"ui_scale_percent\": " + std::to_string(percent) + "}");
    atlas::load_settings();
  }
  ~TextSize() {
    atlas::headless::set_settings_text("");
    atlas::load_settings();
  }
};

void check_header_on_screen(HeadlessApp& app, const std::vector<std::string>& names) {
  const nlohmann::json hook = app.hook();
  const float width = hook["width"].get<float>();
  for (const std::string& name : names) {
    INFO(name << " at " << hook["ui_scale"] << "x");
    REQUIRE(hook["widgets"].contains(name));
    const auto& r = hook["widgets"][name];
    CHECK(r[0].get<float>() >= 0);
    CHECK(r[0].get<float>() + r[2].get<float>() <= width + 0.5f);
    CHECK(r[3].get<float>() >= 43.5f);
  }
}

}  // namespace

TEST_CASE("a phone's header keeps every button on screen at every text size", "[layout][touch]") {
  // Undo needs somewhere to store the changes.
  const std::string dir = "/tmp/accord-headless-header-" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  atlas::headless::set_user_store_path(dir + "/dataset.json");
  for (int percent : {100, 125, 150}) {
    std::filesystem::remove(dir + "/dataset.json");
    TextSize size(percent);
    HeadlessApp app(ACCORD_SHIPPED_DATASET, kPhone);
    app.frames(4);
    check_header_on_screen(app, {"settings", "share", "data", "import"});

    // Two changes and one undone: Undo and Redo join the header.
    for (const char* title : {"First rename", "Second rename"}) {
      accord::DatasetChange change;
      change.label = "rename";
      accord::Dataset renamed = app.state().dataset();
      renamed.title = title;
      change.whole = std::make_shared<const accord::Dataset>(std::move(renamed));
      REQUIRE(app.state().apply_change(change).empty());
    }
    app.state().undo();
    app.frames(4);
    REQUIRE(app.state().can_undo());
    REQUIRE(app.state().can_redo());
    check_header_on_screen(app, {"settings", "share", "data", "import", "undo", "redo"});
    // The settings button still works from there.
    REQUIRE(app.tap("settings"));
    CHECK(app.hook()["widgets"].contains("settings:scale:down"));
  }
  atlas::headless::set_user_store_path("");
  std::filesystem::remove_all(dir);
}
