// The Data window imports a TimelineJS file and an ACLED-style CSV as the
// CLI's import does: found by their content, merged, saved; a bad row is
// refused whole with its place.
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

std::string exchange_fixture(const std::string& name) {
  std::ifstream in(std::string(ACCORD_TEST_FIXTURES) + "/exchange/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("the app imports TimelineJS and ACLED-style files like the CLI", "[import][exchange]") {
  const std::string dir = "/tmp/accord-headless-exchange-" + std::to_string(::getpid());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  atlas::headless::set_user_store_path(dir + "/dataset.json");
  {
    HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
    app.frames(3);
    const size_t before = app.state().dataset().events.size();
    app.data_menu().open_file(app.state(), "timeline-new.json", exchange_fixture("timeline-new.json"));
    app.frames(2);
    CHECK(app.hook()["data"]["message"].get<std::string>().find(
              "Imported timeline-new.json: 2 events added (and 1 other record), 0 already present, 0 conflicts") == 0);
    CHECK(app.state().find_event("ev-tl-drill"));
    CHECK(app.state().dataset().events.size() == before + 2);

    app.data_menu().open_file(app.state(), "acled-new.csv", exchange_fixture("acled-new.csv"));
    app.frames(2);
    CHECK(app.hook()["data"]["message"].get<std::string>().find("Imported acled-new.csv: 1 event added") == 0);
    CHECK(app.state().find_event("ev-acled-1"));

    const size_t now = app.state().dataset().events.size();
    app.data_menu().open_file(app.state(), "acled-bad-row.csv", exchange_fixture("acled-bad-row.csv"));
    app.frames(2);
    const nlohmann::json hook = app.hook();
    CHECK(hook["data"]["message_is_error"] == true);
    CHECK(hook["data"]["message"].get<std::string>().find("\"2025-02-30\" is not a date") != std::string::npos);
    CHECK(app.state().dataset().events.size() == now);
  }
  atlas::headless::set_user_store_path("");
  std::filesystem::remove_all(dir);
}
