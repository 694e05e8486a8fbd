// The Import view and one event, many reports: an article that reports an
// event the dataset has says so before saving, and "Add as another source
// of it" makes it one more source of that event (one undoable change), as
// accord add does (core/resolve).
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "headless_app.h"
#include "platform_headless.h"

using namespace atlas::testing;

namespace {

std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(ACCORD_TEST_FIXTURES) + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const accord::Event* find_event(const atlas::AppState& state, const std::string& id) {
  for (const accord::Event& e : state.dataset().events)
    if (e.id == id) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("an imported report of a listed event is offered as another source of it", "[import][resolve]") {
  const std::string dir = "/tmp/accord-headless-same-" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  atlas::headless::set_user_store_path(dir + "/dataset.json");
  {
    HeadlessApp app(ACCORD_TEST_FIXTURES "/reports/with-talks.json", kDesktop);
    app.frames(3);
    const std::string talks = "ev-2025-03-12-vnm-khm-talks";
    const size_t events = app.state().dataset().events.size();
    REQUIRE(find_event(app.state(), talks));
    REQUIRE(find_event(app.state(), talks)->sources.size() == 1);

    app.state().navigate_to(atlas::View::Import);
    app.frames(2);
    app.state().offer_article("kh_fraud_talks_fr.txt", read_fixture("reports/kh_fraud_talks_fr.txt"));
    app.frames(2);
    REQUIRE(app.tap("import:extract"));
    const nlohmann::json import = app.hook()["import"];
    REQUIRE(import["stage"] == "review");
    REQUIRE(import.contains("same_event"));
    CHECK(import["same_event"]["id"] == talks);
    CHECK(import["same_event"]["reasons"].size() > 2);
    // The event and the draft side by side: the dates differ, the place is the same.
    const nlohmann::json compared = import["same_event"]["compared"];
    REQUIRE(compared.size() == 5);
    CHECK(compared[0]["label"] == "Date");
    CHECK(compared[0]["same"] == false);
    CHECK(compared[2]["label"] == "Place");
    CHECK(compared[2]["same"] == true);
    CHECK(compared[4]["label"] == "People");
    CHECK(compared[4]["ours"].get<std::string>().find("Binh") != std::string::npos);
    CHECK(app.hook()["widgets"].contains("import:same:compare"));
    CHECK(app.hook()["widgets"].contains("import:same:separate"));

    REQUIRE(app.tap("import:same:merge"));
    CHECK(app.hook()["view"] == "event");
    CHECK(app.hook()["selected"] == talks);
    CHECK(app.state().dataset().events.size() == events);  // no second event
    REQUIRE(find_event(app.state(), talks));
    CHECK(find_event(app.state(), talks)->sources.size() == 2);

    // One change: Undo takes the report back out.
    app.state().undo();
    app.frames(2);
    CHECK(find_event(app.state(), talks)->sources.size() == 1);
  }
  atlas::headless::set_user_store_path("");
  std::filesystem::remove_all(dir);
}

TEST_CASE("an article about another event offers no merge", "[import][resolve]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/reports/with-talks.json", kPhone);
  app.frames(3);
  app.state().navigate_to(atlas::View::Import);
  app.frames(2);
  app.state().offer_article("kh_fraud_talks_next_year.txt", read_fixture("reports/kh_fraud_talks_next_year.txt"));
  app.frames(2);
  REQUIRE(app.tap("import:extract"));
  const nlohmann::json import = app.hook()["import"];
  REQUIRE(import["stage"] == "review");
  CHECK_FALSE(import.contains("same_event"));
  CHECK_FALSE(app.hook()["widgets"].contains("import:same:merge"));
}

TEST_CASE("keep separate saves the article as a new event, on a phone too", "[import][resolve]") {
  const std::string dir = "/tmp/accord-headless-separate-" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  atlas::headless::set_user_store_path(dir + "/dataset.json");
  {
    HeadlessApp app(ACCORD_TEST_FIXTURES "/reports/with-talks.json", kPhone);
    app.frames(3);
    const std::string talks = "ev-2025-03-12-vnm-khm-talks";
    const size_t events = app.state().dataset().events.size();
    app.state().navigate_to(atlas::View::Import);
    app.frames(2);
    app.state().offer_article("kh_fraud_talks_fr.txt", read_fixture("reports/kh_fraud_talks_fr.txt"));
    app.frames(2);
    REQUIRE(app.tap("import:extract"));
    const nlohmann::json widgets = app.hook()["widgets"];
    // Stacked on a phone: the comparison and both buttons fit its width.
    for (const char* name : {"import:same:compare", "import:same:merge", "import:same:separate"}) {
      INFO(name);
      REQUIRE(widgets.contains(name));
      const nlohmann::json r = widgets[name];
      CHECK(r[0].get<float>() >= 0);
      CHECK(r[0].get<float>() + r[2].get<float>() <= kPhone.width);
    }
    CHECK(widgets["import:same:separate"][3].get<float>() >= 44.0f);

    REQUIRE(app.tap("import:same:separate"));
    CHECK(app.state().dataset().events.size() == events + 1);
    CHECK(find_event(app.state(), talks)->sources.size() == 1);
    CHECK(app.hook()["view"] == "event");
    CHECK(app.hook()["selected"] != talks);
  }
  atlas::headless::set_user_store_path("");
  std::filesystem::remove_all(dir);
}
