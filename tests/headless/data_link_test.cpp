// A data link's hygiene: once the user has chosen what to do with a
// stranger's dataset, the address no longer names it; Copy link shares the
// user's place without it, and only "Copy link with this data" shares it.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "data_link.h"
#include "dataset_json.h"
#include "headless_app.h"
#include "platform_headless.h"

using namespace atlas::testing;

namespace {
std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(ACCORD_TEST_FIXTURES) + "/" + name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}
}  // namespace

TEST_CASE("a data link leaves the address once the user chooses, and is copied only when asked", "[data-link]") {
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(3);
  atlas::deliver_data_link({"https://example.org/one.json", read_fixture("data/one-more-event.json"), ""});
  app.frames(3);
  REQUIRE(app.hook()["data"]["foreign"] == "example.org");

  REQUIRE(app.tap("link:copy-with-data"));
  CHECK(atlas::headless::clipboard_has_data_link());
  CHECK(app.hook()["data"]["message"] == "Copied a link that opens the dataset from example.org.");
  REQUIRE(app.tap("share"));
  CHECK_FALSE(atlas::headless::clipboard_has_data_link());

  const int forgotten = atlas::headless::data_link_forgotten();
  REQUIRE(app.tap("link:keep"));
  CHECK(app.hook()["data"]["foreign"].is_null());
  CHECK(atlas::headless::data_link_forgotten() == forgotten + 1);
}

TEST_CASE("merging a data link is one change that Undo takes back, in the data shown and stored", "[data-link]") {
  const std::string dir = "/tmp/accord-headless-merge-" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  atlas::headless::set_user_store_path(dir + "/dataset.json");
  {
    HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
    app.frames(3);
    const size_t mine = app.state().dataset().events.size();
    atlas::deliver_data_link({"https://example.org/one.json", read_fixture("data/one-more-event.json"), ""});
    app.frames(3);
    REQUIRE(app.tap("link:merge"));
    CHECK(app.hook()["data"]["foreign"].is_null());
    CHECK(app.state().dataset().events.size() == mine + 1);
    CHECK(app.hook()["undo_label"] == "Merge the data from example.org");
    CHECK(accord::load_dataset_file(dir + "/dataset.json").dataset.events.size() == mine + 1);

    REQUIRE(app.state().undo() == "Merge the data from example.org");
    app.frames(2);
    CHECK(app.state().dataset().events.size() == mine);
    CHECK(accord::load_dataset_file(dir + "/dataset.json").dataset.events.size() == mine);  // stored too
    CHECK(app.state().redo().empty());
    CHECK(app.state().dataset().events.size() == mine + 1);
  }
  atlas::headless::set_user_store_path("");
  std::filesystem::remove_all(dir);
}
