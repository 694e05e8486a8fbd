// The Data window's "Publish…": the web app with the data shown, handed
// over as one zip; without the built web app, a message says why.
#include <string>

#include <catch2/catch.hpp>

#include "headless_app.h"
#include "platform_headless.h"

using namespace atlas::testing;

TEST_CASE("Publish hands over a zip of the site with the data shown", "[publish]") {
  atlas::headless::set_web_bundle_dir(ACCORD_TEST_FIXTURES "/publish-web");
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(3);
  REQUIRE(app.tap("data"));
  REQUIRE(app.tap("data:publish"));
  app.frames(2);
  CHECK(atlas::headless::last_saved_name() == "accord-atlas-site.zip");
  const std::string& zip = atlas::headless::last_saved_bytes();
  REQUIRE(zip.size() > 100);
  CHECK(zip.compare(0, 4, "PK\x03\x04") == 0);
  CHECK(zip.find("atlas.json") != std::string::npos);
  CHECK(zip.find("\"id\": \"ev-3\"") != std::string::npos);  // the data shown went in
  CHECK(zip.find("<meta name=\"accord-site\" content=\"site.json\">") != std::string::npos);
  // The headless platform keeps no files, and the message says so.
  CHECK(app.hook()["data"]["message"].get<std::string>().find("Not published: the headless platform keeps no files") !=
        std::string::npos);
}

TEST_CASE("Publish without the built web app says how to build it", "[publish]") {
  atlas::headless::set_web_bundle_dir(ACCORD_TEST_FIXTURES "/no-such-web");
  HeadlessApp app(ACCORD_TEST_FIXTURES "/small.json", kDesktop);
  app.frames(3);
  REQUIRE(app.tap("data"));
  REQUIRE(app.tap("data:publish"));
  app.frames(2);
  const nlohmann::json hook = app.hook();
  CHECK(hook["data"]["message_is_error"] == true);
  CHECK(hook["data"]["message"].get<std::string>().find("Not published: the web app is not built") !=
        std::string::npos);
}
