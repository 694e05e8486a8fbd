// One event, many reports, on the event page: "Split off" makes a later
// source's report its own event and opens it, "Use this" makes a disputed
// value the event's; each is one change that Undo takes back. The event
// is the Phnom Penh talks reported in English and French
// (tests/fixtures/reports, our own words).
#include <unistd.h>

#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include "headless_app.h"
#include "platform_headless.h"

using namespace atlas::testing;

namespace {

const std::string kTalks = "ev-2025-03-12-vnm-khm-talks";
const std::string kFrench = "src-2025-03-13-vnm-khm-talks";
const std::string kEnglish = "src-2025-03-12-vnm-khm-talks";

const accord::Event* find_event(const atlas::AppState& state, const std::string& id) {
  for (const accord::Event& e : state.dataset().events)
    if (e.id == id) return &e;
  return nullptr;
}

// The user's data goes to a folder of its own, removed afterwards.
struct UserStore {
  std::string dir = "/tmp/accord-headless-reports-" + std::to_string(::getpid());
  UserStore() {
    std::filesystem::create_directories(dir);
    atlas::headless::set_user_store_path(dir + "/dataset.json");
  }
  ~UserStore() {
    atlas::headless::set_user_store_path("");
    std::filesystem::remove_all(dir);
  }
};

// The talks' page, scrolled to its end where the sources are.
void open_talks(HeadlessApp& app) {
  app.frames(3);
  app.state().navigate_to(atlas::View::Event, kTalks);
  app.frames(3);
  REQUIRE(app.wheel("edit", -60));
}

}  // namespace

TEST_CASE("split off makes a later report its own event, opens it, and undo merges it back", "[reports][split]") {
  for (const Screen screen : {kDesktop, kPhone}) {
    INFO("screen " << screen.width);
    UserStore store;
    HeadlessApp app(ACCORD_TEST_FIXTURES "/reports/with-both-reports.json", screen);
    open_talks(app);
    const nlohmann::json widgets = app.hook()["widgets"];
    REQUIRE(widgets.contains("event:split:" + kFrench));
    CHECK_FALSE(widgets.contains("event:split:" + kEnglish));  // the first source is the event's own
    // On a phone the button fits the screen.
    const nlohmann::json r = widgets["event:split:" + kFrench];
    CHECK(r[0].get<float>() >= 0);
    CHECK(r[0].get<float>() + r[2].get<float>() <= screen.width);
    CHECK(r[3].get<float>() >= (screen.touch ? 44.0f : 20.0f));

    const size_t events = app.state().dataset().events.size();
    REQUIRE(app.tap("event:split:" + kFrench));
    CHECK(app.state().dataset().events.size() == events + 1);
    const std::string made = "ev-2025-03-13-vnm-khm-talks";
    REQUIRE(find_event(app.state(), made));
    CHECK(find_event(app.state(), made)->sources == std::vector<std::string>{kFrench});
    CHECK(find_event(app.state(), kTalks)->sources == std::vector<std::string>{kEnglish});
    CHECK(app.hook()["view"] == "event");
    CHECK(app.hook()["selected"] == made);

    app.state().undo();
    app.frames(2);
    CHECK(app.state().dataset().events.size() == events);
    CHECK(find_event(app.state(), made) == nullptr);
    CHECK(find_event(app.state(), kTalks)->sources.size() == 2);
  }
}

TEST_CASE("use this makes the disputed date the event's and keeps the old one as a dispute", "[reports][pick]") {
  UserStore store;
  HeadlessApp app(ACCORD_TEST_FIXTURES "/reports/with-both-reports.json", kPhone);
  open_talks(app);
  const std::string use = "event:use:date:" + kFrench;
  REQUIRE(app.hook()["widgets"].contains(use));
  const nlohmann::json r = app.hook()["widgets"][use];
  CHECK(r[0].get<float>() + r[2].get<float>() <= kPhone.width);
  REQUIRE(app.tap(use));
  const accord::Event* talks = find_event(app.state(), kTalks);
  REQUIRE(talks);
  CHECK(talks->date.iso() == "2025-03-13");
  REQUIRE(talks->disputed.size() == 1);
  CHECK(talks->disputed[0].value == "2025-03-12");
  CHECK(talks->disputed[0].source == kEnglish);
  // The English date can be used again: the button is there for it now.
  CHECK(app.hook()["widgets"].contains("event:use:date:" + kEnglish));

  app.state().undo();
  app.frames(2);
  talks = find_event(app.state(), kTalks);
  CHECK(talks->date.iso() == "2025-03-12");
  REQUIRE(talks->disputed.size() == 1);
  CHECK(talks->disputed[0].source == kFrench);
}

TEST_CASE("an event with one source offers no split", "[reports][split]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/reports/with-talks.json", kDesktop);
  open_talks(app);
  const nlohmann::json widgets = app.hook()["widgets"];
  REQUIRE(widgets.contains("edit:source:src-2025-03-12-vnm-khm-talks"));  // the sources are drawn
  for (const auto& item : widgets.items()) CHECK(item.key().rfind("event:split:", 0) != 0);
}
