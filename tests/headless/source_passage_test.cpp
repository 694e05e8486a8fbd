// The passage a fact came from (#14): an article saved from the Import view
// keeps its text on its source, and the event's page shows it again with
// the extracted facts highlighted; the change is in the page's Edit history.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "headless_app.h"
#include "platform_headless.h"
#include "source_passage.h"

using namespace atlas::testing;

namespace {

std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(ACCORD_TEST_FIXTURES) + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("an imported article's passage is shown again on its event's page, highlighted", "[passage]") {
  const std::string dir = "/tmp/accord-headless-passage-" + std::to_string(::getpid());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  atlas::headless::set_user_store_path(dir + "/dataset.json");
  {
    HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", Screen{1280, 4000, false});
    app.frames(3);
    const std::string article = read_fixture("articles/en_cambodia_weekday.txt");
    app.state().navigate_to(atlas::View::Import);
    app.frames(2);
    app.state().offer_article("cambodia.txt", article);
    app.frames(2);
    REQUIRE(app.tap("import:extract"));
    REQUIRE(app.tap("import:save"));
    REQUIRE(app.hook()["view"] == "event");
    const accord::Event* e = app.state().find_event(app.hook()["selected"].get<std::string>());
    REQUIRE(e);
    REQUIRE(e->sources.size() == 1);
    const accord::Source* s = app.state().find_source(e->sources[0]);
    REQUIRE(s);
    CHECK(s->passage.find("Phnom Penh") != std::string::npos);

    CHECK(atlas::shown_passage().source_id.empty());
    CHECK(app.state().stats().widgets.count("passage:text:" + s->id) == 0);
    REQUIRE(app.tap("passage:" + s->id));
    CHECK(atlas::shown_passage().source_id == s->id);
    CHECK(atlas::shown_passage().highlights >= 3);  // a date, the partners, a place at least
    CHECK(app.state().stats().widgets.count("passage:text:" + s->id) == 1);
    // The import is the event's first change, with where it came from.
    CHECK(app.state().stats().widgets.count("history:Add event " + e->id) == 1);
    CHECK(app.state().change_log().back().by == "import");
    CHECK(app.state().change_log().back().article == s->id);

    REQUIRE(app.tap("passage:" + s->id));  // "Hide passage"
    CHECK(atlas::shown_passage().source_id.empty());
  }
  atlas::headless::set_user_store_path("");
  std::filesystem::remove_all(dir);
}
