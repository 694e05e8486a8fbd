// The undo history and change log kept beside the user's data (#14): an
// edit survives a reload and Undo still takes it back; a history that does
// not belong to the stored data is dropped with a notice; a record's page
// lists the changes that touched it.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <catch2/catch.hpp>

#include "dataset_json.h"
#include "dataset_store.h"
#include "headless_app.h"
#include "platform_headless.h"

using namespace atlas::testing;

namespace {

// Tall enough that an event page's last section is not clipped away.
constexpr Screen kTallDesktop{1280, 3000, false};

const char* const kFixture = ACCORD_TEST_FIXTURES "/small.json";

// A user's store in a folder of its own, forgotten at the end.
struct StoreDir {
  std::string dir = "/tmp/accord-headless-history-" + std::to_string(::getpid());
  StoreDir() {
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    atlas::headless::set_user_store_path(dataset());
  }
  ~StoreDir() {
    atlas::headless::set_user_store_path("");
    std::filesystem::remove_all(dir);
  }
  std::string dataset() const { return dir + "/dataset.json"; }
};

accord::DatasetChange retitle(const atlas::AppState& state, const std::string& id, const std::string& title) {
  accord::DatasetChange c;
  c.label = "Edit event " + id;
  accord::Event e = *state.find_event(id);
  e.title = title;
  c.upsert_events.push_back(e);
  return c;
}

// Started like the app, until the stored data (and its history) is shown.
void start(HeadlessApp& app) {
  for (int i = 0; i < 20 && (i < 3 || app.state().loading()); ++i) app.frames(1);
  app.frames(3);
}

}  // namespace

TEST_CASE("an edit survives a reload and Undo takes it back, in the data shown and stored", "[history]") {
  StoreDir store;
  std::string original;
  {
    HeadlessApp app(kFixture, kDesktop);
    start(app);
    original = app.state().find_event("ev-1")->title;
    REQUIRE(app.state().apply_change(retitle(app.state(), "ev-1", "Talks renamed before a reload")).empty());
    REQUIRE(app.state().save_error().empty());
  }
  REQUIRE(std::filesystem::exists(store.dir + "/dataset.history.json"));
  REQUIRE(std::filesystem::exists(store.dir + "/dataset.log.json"));

  HeadlessApp app(kFixture, kTallDesktop);
  start(app);
  REQUIRE(app.state().find_event("ev-1")->title == "Talks renamed before a reload");
  REQUIRE(app.state().can_undo());
  CHECK(app.state().undo_label() == "Edit event ev-1");
  CHECK(app.hook()["notices"].empty());

  // The event's page lists the change under Edit history.
  app.state().select("ev-1");
  app.frames(3);
  CHECK(app.state().stats().widgets.count("history:Edit event ev-1") == 1);

  CHECK(app.state().undo() == "Edit event ev-1");
  app.frames(2);
  CHECK(app.state().find_event("ev-1")->title == original);
  CHECK(accord::load_dataset_file(store.dataset()).dataset.find_event("ev-1")->title == original);
  CHECK(app.state().can_redo());
  // The undo is a saved change too: logged, and listed.
  CHECK(app.state().change_log().back().label == "Undo: Edit event ev-1");
  CHECK(app.state().stats().widgets.count("history:Undo: Edit event ev-1") == 1);
}

TEST_CASE("a kept history is dropped with a notice when the stored data was changed elsewhere", "[history]") {
  StoreDir store;
  {
    HeadlessApp app(kFixture, kDesktop);
    start(app);
    REQUIRE(app.state().apply_change(retitle(app.state(), "ev-2", "Renamed here")).empty());
  }
  {
    // Another program saves the dataset after the app's last save.
    accord::DatasetStore other(store.dataset());
    accord::StoreLoad read = other.load();
    REQUIRE(read.state == accord::StoreState::Ok);
    read.loaded.dataset.events[1].title = "Renamed by another program";
    REQUIRE(other.save(read.loaded.dataset).empty());
  }
  HeadlessApp app(kFixture, kDesktop);
  start(app);
  CHECK(app.state().find_event("ev-2")->title == "Renamed by another program");
  CHECK_FALSE(app.state().can_undo());
  const nlohmann::json notices = app.hook()["notices"];
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].get<std::string>().find("was dropped") != std::string::npos);
  // The log still says what was done here.
  REQUIRE_FALSE(app.state().change_log().empty());
  CHECK(app.state().change_log().back().label == "Edit event ev-2");
  CHECK(app.state().change_log().back().by == "edited by hand");
}

TEST_CASE("a dataset imported in the Data window is logged and leaves no stale history behind", "[history]") {
  StoreDir store;
  {
    HeadlessApp app(kFixture, kDesktop);
    start(app);
    REQUIRE(app.state().apply_change(retitle(app.state(), "ev-3", "Renamed before an import")).empty());
    std::ifstream in(ACCORD_TEST_FIXTURES "/reports/with-talks.json", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    app.data_menu().open_file(app.state(), "theirs.json", bytes);
    app.frames(2);
    REQUIRE(app.state().find_event("ev-2025-03-12-vnm-khm-talks"));  // imported and saved
    CHECK(app.state().change_log().back().label == "Import theirs.json");
  }
  HeadlessApp app(kFixture, kDesktop);
  start(app);
  CHECK(app.state().find_event("ev-2025-03-12-vnm-khm-talks"));
  CHECK(app.hook()["notices"].empty());  // the history beside it is the import's, not a stale one
  CHECK_FALSE(app.state().can_undo());   // an import is not undone (as before), but is in the log
  REQUIRE(app.state().change_log().size() == 2);
  CHECK(app.state().change_log()[0].label == "Edit event ev-3");
  CHECK(app.state().change_log()[1].label == "Import theirs.json");
  CHECK(app.state().change_log()[1].by == "the Data window");
}

TEST_CASE("a person's and an agreement's pages list the changes that touched them", "[history]") {
  StoreDir store;
  HeadlessApp app(kFixture, kTallDesktop);
  start(app);
  accord::DatasetChange person;
  person.label = "Edit person p-nguyen";
  accord::Person p = *app.state().find_person("p-nguyen");
  p.native_name += " (edited)";
  person.upsert_people.push_back(p);
  REQUIRE(app.state().apply_change(person).empty());
  accord::DatasetChange agreement;
  agreement.label = "Edit agreement ag-base";
  accord::Agreement a = *app.state().find_agreement("ag-base");
  a.title += " (edited)";
  agreement.upsert_agreements.push_back(a);
  REQUIRE(app.state().apply_change(agreement).empty());

  app.state().navigate_to(atlas::View::Person, "p-nguyen");
  app.frames(3);
  CHECK(app.state().stats().widgets.count("history:Edit person p-nguyen") == 1);
  CHECK(app.state().stats().widgets.count("history:Edit agreement ag-base") == 0);
  app.state().navigate_to(atlas::View::Agreement, "ag-base");
  app.frames(3);
  CHECK(app.state().stats().widgets.count("history:Edit agreement ag-base") == 1);
  CHECK(app.state().stats().widgets.count("history:Edit person p-nguyen") == 0);
}
