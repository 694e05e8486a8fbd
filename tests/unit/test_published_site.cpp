// A published site: validated like `accord validate`, every file in the
// service worker's release (the dataset too), the title and home country
// applied, and a report of what went in.
#include <catch2/catch.hpp>
#include <map>

#include "fixtures.h"
#include "published_site.h"
#include "sha256.h"

namespace {

// A stand-in for dist/web: the shapes publishing edits, in small.
std::map<std::string, std::string> fake_web() {
  std::map<std::string, std::string> web;
  for (const std::string& name : accord::web_bundle_files()) web[name] = "bytes of " + name;
  web["index.html"] =
      "<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"apple-mobile-web-app-title\" content=\"Accord Atlas\">\n"
      "  <title>Accord Atlas</title>\n</head>\n";
  web["manifest.webmanifest"] = "{\"name\": \"Accord Atlas\", \"short_name\": \"Accord Atlas\", \"start_url\": \"./\"}";
  web["sw.js"] = "const RELEASE = /*ACCORD_RELEASE*/ { id: 'dev', files: {} } /*END_ACCORD_RELEASE*/;\n";
  return web;
}

const accord::SiteFile* file(const accord::PublishedSite& site, const std::string& name) {
  for (const accord::SiteFile& f : site.files)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("a published site ships the dataset and names every file in its release", "[publish]") {
  const accord::PublishedSite site = accord::build_site(small_fixture(), fake_web(), {"Border atlas", ""});
  REQUIRE(site.ok());
  CHECK(site.events == 3);
  CHECK(site.home == "VNM");  // the dataset's own
  const accord::SiteFile* atlas = file(site, "atlas.json");
  REQUIRE(atlas);
  const accord::LoadResult back = accord::parse_dataset(atlas->bytes);
  REQUIRE(back.ok());
  CHECK(back.dataset.title == "Border atlas");
  CHECK(back.dataset.events.size() == 3);
  const std::string worker = file(site, "sw.js")->bytes;
  for (const accord::SiteFile& f : site.files) {
    if (f.name == "sw.js") continue;
    INFO(f.name);
    CHECK(worker.find("'" + f.name + "': '" + accord::sha256_hex(f.bytes) + "'") != std::string::npos);
  }
  CHECK(worker.find("id: '" + site.release + "'") != std::string::npos);
  CHECK(worker.find("'dev'") == std::string::npos);
  const std::string index = file(site, "index.html")->bytes;
  CHECK(index.find("<title>Border atlas</title>") != std::string::npos);
  CHECK(index.find("<meta name=\"accord-site\" content=\"site.json\">") != std::string::npos);
  CHECK(file(site, "manifest.webmanifest")->bytes.find("\"name\": \"Border atlas\"") != std::string::npos);
  CHECK(file(site, "site.json")->bytes.find("\"home\": \"VNM\"") != std::string::npos);
}

TEST_CASE("a site's release changes with its dataset", "[publish]") {
  accord::Dataset d = small_fixture();
  const accord::PublishedSite before = accord::build_site(d, fake_web(), {});
  d.events.pop_back();
  const accord::PublishedSite after = accord::build_site(d, fake_web(), {});
  REQUIRE(before.ok());
  REQUIRE(after.ok());
  CHECK(before.release != after.release);
  CHECK(before.title == "Test fixture: three fictional-looking events");
}

TEST_CASE("publishing refuses an unknown home country and a missing web file", "[publish]") {
  const accord::PublishedSite bad_home = accord::build_site(small_fixture(), fake_web(), {"", "XYZ"});
  REQUIRE(bad_home.problems.size() == 1);
  CHECK(bad_home.problems[0].to_string() ==
        "--home: \"XYZ\" is not a country id of the dataset (its countries list, e.g. \"VNM\")");
  CHECK(bad_home.files.empty());
  std::map<std::string, std::string> web = fake_web();
  web.erase("accord-atlas.wasm");
  const accord::PublishedSite no_wasm = accord::build_site(small_fixture(), web, {});
  REQUIRE_FALSE(no_wasm.ok());
  CHECK(no_wasm.problems[0].to_string().find("missing accord-atlas.wasm") != std::string::npos);
  CHECK(no_wasm.files.empty());
}

TEST_CASE("publishing validates the dataset as accord validate does", "[publish]") {
  accord::Dataset d;
  const std::vector<accord::Problem> problems = accord::load_publishable(fixture_path("broken-refs.json"), d);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].to_string().find("broken-refs.json: events[0].countries[1]: \"XYZ\" is not a known country id") !=
        std::string::npos);
  const std::vector<accord::Problem> syntax = accord::load_publishable(fixture_path("truncated.json"), d);
  REQUIRE(syntax.size() == 1);
  CHECK(syntax[0].line == 12);
  CHECK(accord::load_publishable(fixture_path("small.json"), d).empty());
  CHECK(d.events.size() == 3);
}

TEST_CASE("the publish report lists the files, bytes and counts", "[publish]") {
  const accord::PublishedSite site = accord::build_site(small_fixture(), fake_web(), {"Border atlas", ""});
  const std::string report = accord::site_report(site);
  const accord::SiteFile* atlas = file(site, "atlas.json");
  REQUIRE(atlas);
  CHECK(report.find("atlas.json") != std::string::npos);
  CHECK(report.find(std::to_string(atlas->bytes.size()) + " bytes") != std::string::npos);
  CHECK(report.find("12 files, " + std::to_string(site.total_bytes) + " bytes") != std::string::npos);
  CHECK(report.find("3 events, 2 agreements, 1 person, 2 sources; release " + site.release) != std::string::npos);
}

TEST_CASE("a published site can be published again with another title", "[publish]") {
  const accord::PublishedSite first = accord::build_site(small_fixture(), fake_web(), {"First", ""});
  REQUIRE(first.ok());
  std::map<std::string, std::string> web;
  for (const accord::SiteFile& f : first.files) web[f.name] = f.bytes;
  const accord::PublishedSite second = accord::build_site(small_fixture(), web, {"Second", ""});
  REQUIRE(second.ok());
  const std::string index = file(second, "index.html")->bytes;
  CHECK(index.find("<title>Second</title>") != std::string::npos);
  CHECK(index.find("content=\"Second\"") != std::string::npos);
  CHECK(index.find("accord-site") == index.rfind("accord-site"));  // named once
}
