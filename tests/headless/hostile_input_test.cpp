// Hostile datasets through the app's own doors, a data link (what the page
// hands over) and a file opened or dropped natively: each refused with a
// readable message, valid UTF-8 in the state hook, the data shown
// unchanged, and the app still answering.
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

#include <catch2/catch.hpp>

#include "data_link.h"
#include "dropped_files.h"
#include "headless_app.h"
#include "utf8.h"

using namespace atlas::testing;

namespace {

const std::string kReplacement = "\xEF\xBF\xBD";

std::string minimal_dataset(const std::string& title_json) {
  return R"({"schema_version":1,"title":)" + title_json +
         R"(,"home_country":"VNM","sources":[{"id":"s1","title":"S"}],"countries":[{"id":"VNM","name":"Vietnam"}],)"
         R"("events":[{"id":"e1","title":"T","type":"talks","date":"2024-05","countries":["VNM"],"sources":["s1"]}]})";
}

struct Hostile {
  const char* what;
  std::string bytes;
  const char* expected;  // in the message
};

std::vector<Hostile> hostile_datasets() {
  const std::string valid = minimal_dataset("\"x\"");
  return {
      {"a title that is not UTF-8", minimal_dataset("\"Caf\xE9\""), "line 1, column 33"},
      {"200,000 '[' deep", std::string(200000, '['), "not valid JSON"},
      {"200,000 '[' deep, all closed", std::string(200000, '[') + std::string(200000, ']'),
       "(top level): expected an object, found a list"},
      {"a 20 MB title", minimal_dataset("\"" + std::string(20u * 1024 * 1024, 'a') + "\""), "files over 16 MB"},
      {"a number where text belongs", minimal_dataset("42"), "title"},
      {"a file cut short", valid.substr(0, valid.size() / 2), "not valid JSON"},
  };
}

void check_refused(HeadlessApp& app, const std::string& what, const char* expected, size_t events_before) {
  const nlohmann::json hook = app.hook();
  const std::string message = hook["data"]["message"].get<std::string>();
  INFO(what << ": " << message.substr(0, 300));
  CHECK(hook["data"]["message_is_error"] == true);
  CHECK(message.find(expected) != std::string::npos);
  CHECK(message.find(kReplacement) == std::string::npos);  // nothing unreadable needed replacing
  CHECK(hook["data"]["foreign"].is_null());
  CHECK(app.state().dataset().events.size() == events_before);
  // The app still answers: the window closes and a tab changes the view.
  REQUIRE(app.tap("data:close"));
  REQUIRE(app.tap("tab:people"));
  CHECK(app.hook()["view"] == "people");
  REQUIRE(app.tap("tab:timeline"));
  CHECK(app.hook()["view"] == "timeline");
}

}  // namespace

TEST_CASE("hostile data links are refused with a readable message and change nothing", "[hostile]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(3);
  const size_t events_before = app.state().dataset().events.size();
  for (const Hostile& h : hostile_datasets()) {
    atlas::deliver_data_link({"https://example.org/hostile.json", h.bytes, ""});
    app.frames(3);
    CHECK(app.hook()["data"]["message"].get<std::string>().rfind("Data link refused: https://example.org/hostile.json",
                                                                 0) == 0);
    check_refused(app, h.what, h.expected, events_before);
  }
}

TEST_CASE("hostile files opened natively are refused with a readable message and change nothing", "[hostile]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(3);
  const size_t events_before = app.state().dataset().events.size();
  for (const Hostile& h : hostile_datasets()) {
    app.data_menu().open_file(app.state(), "hostile.json", h.bytes);
    app.frames(3);
    check_refused(app, h.what, h.expected, events_before);
  }
}

TEST_CASE("hostile files dropped on the native window are refused and change nothing", "[hostile]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(3);
  const size_t events_before = app.state().dataset().events.size();
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("accord-hostile-drops-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  for (const Hostile& h : hostile_datasets()) {
    const std::filesystem::path file = folder / "hostile.json";
    std::ofstream(file, std::ios::binary) << h.bytes;
    atlas::open_dropped_file(app.state(), file.string());  // what the native window does with a drop
    app.frames(3);
    check_refused(app, h.what, h.expected, events_before);
  }
  // A name with a Latin-1 byte, as a desktop's file can have.
  const std::filesystem::path latin1 = folder / "caf\xE9.json";
  std::ofstream(latin1, std::ios::binary) << "[]";
  atlas::open_dropped_file(app.state(), latin1.string());
  app.frames(3);
  const std::string message = app.hook()["data"]["message"].get<std::string>();
  CHECK(message == "caf" + kReplacement + ".json (1 byte that was not UTF-8 replaced by " + kReplacement +
                       "): 1 problem; nothing was imported.\n(top level): expected an object, found a list");
  std::filesystem::remove_all(folder);
}

TEST_CASE("outside text that is not UTF-8 is shown with the bytes replaced, and said so", "[hostile]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(3);
  // A fetch error quoting an address with a lone surrogate (what a page's
  // string becomes in UTF-8), and a link from a host with a Latin-1 byte.
  atlas::deliver_data_link({"https://example.org/x.json", "", "cannot fetch https://example.org/\xED\xA0\x80"});
  app.frames(3);
  const std::string message = app.hook()["data"]["message"].get<std::string>();
  CHECK(accord::is_valid_utf8(message));
  CHECK(message.find("/" + kReplacement + kReplacement + kReplacement) != std::string::npos);
  CHECK(message.find("3 bytes that were not UTF-8 replaced by " + kReplacement) != std::string::npos);

  // The page's refusal of a picked file quotes its name as the browser gave it.
  app.data_menu().show_error(app.state(), "\xED\xA0\x80.json is 20.0 MB; files over 16 MB are refused.");
  CHECK(app.hook()["data"]["message"] == kReplacement + kReplacement + kReplacement +
                                             ".json is 20.0 MB; files over 16 MB are refused. (3 bytes that were "
                                             "not UTF-8 replaced by " +
                                             kReplacement + ")");

  atlas::deliver_data_link({"https://caf\xE9.example/one.json", minimal_dataset("\"x\""), ""});
  app.frames(3);
  const nlohmann::json hook = app.hook();
  CHECK(hook["data"]["foreign"] ==
        "caf" + kReplacement + ".example (1 byte that was not UTF-8 replaced by " + kReplacement + ")");
  CHECK(app.state().dataset().events.size() == 1);  // shown as not the user's data
}
