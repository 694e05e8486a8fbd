// A draft's dates reviewed together (#14): correcting the event's date in
// the Import view before saving moves the agreement act the extractor dated
// with the event, so the saved agreement does not keep the draft's old year.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "headless_app.h"
#include "platform_headless.h"

using namespace atlas::testing;
namespace headless = atlas::headless;

TEST_CASE("a corrected draft date is the date of the agreement signed at the event", "[import][edit]") {
  const std::string dir = "/tmp/accord-headless-draft-dates-" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  headless::set_user_store_path(dir + "/dataset.json");
  {
    HeadlessApp app(ACCORD_SHIPPED_DATASET, kDesktop);
    app.frames(3);
    std::ifstream in(std::string(ACCORD_TEST_FIXTURES) + "/import/en_laos_mou_wrong_year.txt", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    app.state().navigate_to(atlas::View::Import);
    app.frames(2);
    app.state().offer_article("en_laos_mou_wrong_year.txt", text.str());
    app.frames(2);
    REQUIRE(app.tap("import:extract"));
    const size_t agreements = app.state().dataset().agreements.size();

    // The extractor took the year of the page (2026); the user knows it was 2024.
    headless::forget_active_text_field();
    REQUIRE(app.tap("import:field:date"));
    app.frames(2);
    REQUIRE(headless::active_text_field().field != 0);
    REQUIRE(headless::active_text_field().text == "2026-09-05");
    headless::edit_as_browser("2024-09-05", 10, 10);
    app.frames(3);
    REQUIRE(app.tap("import:save"));
    app.frames(2);

    REQUIRE(app.state().dataset().agreements.size() == agreements + 1);
    const accord::Agreement& mou = app.state().dataset().agreements.back();
    REQUIRE(!mou.history.empty());
    REQUIRE(mou.history[0].date);
    CHECK(mou.history[0].date->iso() == "2024-09-05");
    bool event_2024 = false;
    for (const accord::Event& e : app.state().dataset().events)
      event_2024 = event_2024 || (e.id == mou.history[0].event && e.date.iso() == "2024-09-05");
    CHECK(event_2024);
  }
  std::filesystem::remove_all(dir);
}
