// An embedded view (#/...?embed=1): the view alone, without the header's
// tabs, Data or Settings, or anything that edits, with "Open in Accord
// Atlas" opening the same view whole; and the Share toast's "Copy embed code".
#include <string>

#include <catch2/catch.hpp>

#include "headless_app.h"
#include "platform_headless.h"

using namespace atlas::testing;

TEST_CASE("an embed link shows one view with minimal chrome", "[embed]") {
  for (const Screen screen : {kDesktop, kPhone}) {
    HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", screen);
    app.frames(2);
    app.state().open_hash("#/event?sel=ev-1&embed=1");
    app.frames(3);
    const nlohmann::json s = app.hook();
    CHECK(s["view"] == "event");
    CHECK(s["hash"] == "#/event?sel=ev-1&embed=1");
    const nlohmann::json& widgets = s["widgets"];
    CHECK(widgets.contains("embed:open"));
    CHECK_FALSE(widgets.contains("share"));
    CHECK_FALSE(widgets.contains("settings"));
    CHECK_FALSE(widgets.contains("tab:timeline"));
    // For reading: no Edit or Delete on the page, nor on its organizations.
    for (const auto& [name, rect] : widgets.items()) {
      INFO(name);
      CHECK_FALSE((name == "edit" || name == "delete" || name.rfind("edit:", 0) == 0));
    }
    REQUIRE(app.tap("embed:open"));
    CHECK(atlas::headless::last_opened_url() == "https://atlas.example/#/event?sel=ev-1");
  }
}

TEST_CASE("a tap inside an embedded view keeps it embedded", "[embed]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(2);
  app.state().open_hash("#/timeline?embed=1");
  app.frames(3);
  REQUIRE(app.tap("row:event:ev-2"));
  CHECK(app.hook()["hash"] == "#/event?sel=ev-2&embed=1");  // the event, still embedded
  app.state().open_hash("#/timeline");                      // a link without embed= shows the whole app again
  app.frames(3);
  CHECK(app.hook()["widgets"].contains("share"));
}

TEST_CASE("the Share toast copies embed code for the same view", "[embed]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(2);
  app.state().navigate_to(atlas::View::People);
  app.frames(3);
  REQUIRE(app.tap("share"));
  CHECK(atlas::headless::clipboard() == "#/people");
  REQUIRE(app.tap("share:embed"));
  const std::string code = atlas::headless::clipboard();
  CHECK(code.rfind("<iframe src=\"https://atlas.example/#/people?embed=1\" title=\"Test fixture", 0) == 0);
  CHECK(app.hook()["copied_embed"] == code);
  CHECK(app.hook()["hash"] == "#/people");  // copying embed code does not embed this view
}
