// Links that carry records: the Share toast makes one for the selected
// event (under the 8,000-character limit, else it says what to do), and a
// link's records arrive through the import's validation and merge, shown
// beside the user's data, never over it until they choose.
#include <unistd.h>

#include <cstdio>
#include <string>

#include <catch2/catch.hpp>

#include "data_link.h"
#include "dataset_json.h"
#include "headless_app.h"
#include "platform_headless.h"
#include "record_link.h"

using namespace atlas::testing;

namespace {

// A dataset with one event the fixture does not have.
accord::Dataset with_new_event() {
  accord::Dataset d = accord::load_dataset_file(ACCORD_TEST_FIXTURES "/small.json").dataset;
  accord::Event e = d.events[1];
  e.id = "ev-added";
  e.title = "Hotline drill added by a reader";
  d.events.push_back(e);
  return d;
}

atlas::DataLinkArrival records_arrival(const std::string& payload, const std::string& hash) {
  atlas::DataLinkArrival arrival;
  arrival.bytes = payload;
  arrival.records = true;
  arrival.hash = hash;
  return arrival;
}

}  // namespace

TEST_CASE("the Share toast copies a link with the selected event's records", "[link]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(2);
  app.state().navigate_to(atlas::View::Event, "ev-1");
  app.frames(3);
  REQUIRE(app.tap("share"));
  REQUIRE(app.tap("share:records"));
  app.frames(2);
  const std::string link = atlas::headless::clipboard();
  CHECK(link.rfind("https://atlas.example/#/event?sel=ev-1&rec={", 0) == 0);
  CHECK(link.find("\"id\":\"ev-1\"") != std::string::npos);
  CHECK(link.find("\"id\":\"ev-3\"") == std::string::npos);  // only what ev-1 refers to
  CHECK(link.size() <= accord::kMaxRecordLinkChars);
  CHECK(app.hook()["copied_link"] == link);
}

TEST_CASE("a filtered timeline of a few events copies a link with all their records", "[link]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(2);
  app.state().open_hash("#/timeline?topic=drugs&topic=fraud");  // ev-1 and ev-2, not ev-3
  app.frames(3);
  REQUIRE(app.state().visible_events().size() == 2);
  REQUIRE(app.tap("share"));
  REQUIRE(app.tap("share:records"));
  app.frames(2);
  const std::string link = atlas::headless::clipboard();
  CHECK(link.find("rec={") != std::string::npos);
  CHECK(link.find("\"id\":\"ev-1\"") != std::string::npos);
  CHECK(link.find("\"id\":\"ev-2\"") != std::string::npos);
  CHECK(link.find("\"id\":\"ev-3\"") == std::string::npos);

  // Unfiltered, the whole timeline is for publishing, not for a link.
  app.state().open_hash("#/timeline");
  app.frames(3);
  REQUIRE(app.tap("share"));
  CHECK_FALSE(app.hook()["widgets"].contains("share:records"));
}

TEST_CASE("a link with too many records says so and offers publish or export", "[link]") {
  accord::Dataset d = accord::load_dataset_file(ACCORD_TEST_FIXTURES "/small.json").dataset;
  d.events[0].summary = std::string(9000, 'x');  // uncompressed here: over the limit
  const std::string dir = "/tmp/accord-headless-records-" + std::to_string(::getpid());
  REQUIRE(accord::save_dataset_file(d, dir + ".json").empty());
  HeadlessApp app(dir + ".json", kDesktop);
  app.frames(2);
  app.state().navigate_to(atlas::View::Event, "ev-1");
  app.frames(3);
  const std::string before = atlas::headless::clipboard();
  REQUIRE(app.tap("share"));
  REQUIRE(app.tap("share:records"));
  app.frames(2);
  const nlohmann::json notices = app.hook()["notices"];
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].get<std::string>().find("links carry at most 8000. Publish your atlas") != std::string::npos);
  CHECK(atlas::headless::clipboard().find("rec=") == std::string::npos);  // nothing copied
  std::remove((dir + ".json").c_str());
}

TEST_CASE("a link's records are shown beside the user's data and merged only when asked", "[link]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(3);
  REQUIRE_FALSE(app.state().find_event("ev-added"));
  const accord::Dataset theirs = with_new_event();
  const std::string payload = accord::record_link_payload(accord::records_for_events(theirs, {"ev-added"}));
  atlas::deliver_data_link(records_arrival(payload, "#/event?sel=ev-added"));
  app.frames(3);
  nlohmann::json s = app.hook();
  CHECK(s["data"]["foreign"] == "this link");
  CHECK(s["view"] == "event");
  CHECK(s["selected"] == "ev-added");
  CHECK(app.state().find_event("ev-1"));  // shown with the data it joins
  REQUIRE(app.tap("link:keep"));
  CHECK_FALSE(app.state().find_event("ev-added"));  // the user's own data never had it
}

TEST_CASE("a link's records that do not validate are refused like an import", "[link]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(3);
  accord::Dataset theirs = with_new_event();
  accord::Dataset records = accord::records_for_events(theirs, {"ev-added"});
  records.events[0].countries.push_back("XYZ");
  atlas::deliver_data_link(records_arrival(accord::record_link_payload(records), "#/event?sel=ev-added"));
  app.frames(3);
  const nlohmann::json s = app.hook();
  CHECK(s["data"]["foreign"].is_null());
  CHECK(s["data"]["message_is_error"] == true);
  const std::string message = s["data"]["message"];
  CHECK(message.find("The records in this link were refused: the link's records: 1 problem") == 0);
  CHECK(message.find("\"XYZ\" is not a known country id") != std::string::npos);
  CHECK_FALSE(app.state().find_event("ev-added"));
}
