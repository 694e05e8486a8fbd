// Bytes from outside read into a dataset or refused whole: every message
// valid UTF-8 (what cannot be shown is replaced and said so), a dataset
// that is not UTF-8 refused with line and column.
#include <catch2/catch.hpp>

#include "data_link_read.h"
#include "fixtures.h"
#include "incoming_data.h"
#include "text_encoding.h"
#include "url_state.h"
#include "utf8.h"

using namespace accord;

namespace {
const std::string kMinimal =
    R"({"schema_version":1,"title":"x","home_country":"VNM","sources":[{"id":"s1","title":"S"}],)"
    R"("countries":[{"id":"VNM","name":"Vietnam"}],)"
    R"("events":[{"id":"e1","title":"T","type":"talks","date":"2024-05","countries":["VNM"],"sources":["s1"]}]})";
const std::string kReplacement = "\xEF\xBF\xBD";
}  // namespace

TEST_CASE("valid_utf8_or_replaced replaces bad bytes and says so", "[utf8][incoming]") {
  CHECK(valid_utf8_or_replaced("caf\xC3\xA9.json") == "caf\xC3\xA9.json");
  const std::string shown = valid_utf8_or_replaced("caf\xE9.json");
  CHECK(is_valid_utf8(shown));
  CHECK(shown == "caf" + kReplacement + ".json (1 byte that was not UTF-8 replaced by " + kReplacement + ")");
  CHECK_THAT(valid_utf8_or_replaced("\xFF\xFE\xED\xA0\x80"), Catch::Contains("5 bytes that were not UTF-8"));
}

TEST_CASE("a dataset whose title is not UTF-8 is refused with line and column", "[incoming]") {
  std::string bytes = kMinimal;
  bytes.replace(bytes.find("\"title\":\"x\""), 11, "\"title\":\"Caf\xE9\"");
  const IncomingData in = read_incoming("cafe.json", bytes, IncomingKind::Dataset, small_fixture());
  REQUIRE_FALSE(in.ok);
  CHECK(is_valid_utf8(in.error));
  CHECK_THAT(in.error, Catch::Contains("line 1, column 33") && Catch::Contains("not UTF-8"));
  CHECK(in.dataset.events.empty());  // never half-used
}

TEST_CASE("a file name that is not UTF-8 is quoted with the bytes replaced", "[incoming]") {
  const IncomingData in = read_incoming("caf\xE9.json", "", IncomingKind::Dataset, small_fixture());
  REQUIRE_FALSE(in.ok);
  CHECK(in.error ==
        "caf" + kReplacement + ".json (1 byte that was not UTF-8 replaced by " + kReplacement + ") is empty.");
}

TEST_CASE("hostile data links are refused with a readable message", "[incoming][link]") {
  const Dataset context = small_fixture();
  const auto refusal = [&](const std::string& url, const std::string& bytes, const std::string& error = "") {
    const DataLinkRead link = read_data_link(url, bytes, error, context);
    CHECK_FALSE(link.ok);
    CHECK(is_valid_utf8(link.refusal));
    CHECK(link.dataset.events.empty());
    return link.refusal;
  };
  CHECK_THAT(refusal("https://h/deep.json", std::string(200000, '[')),
             Catch::StartsWith("Data link refused: https://h/deep.json: 1 problem; nothing was imported.") &&
                 Catch::Contains("not valid JSON"));
  std::string wrong = kMinimal;
  wrong.replace(wrong.find("\"title\":\"x\""), 11, "\"title\":42");
  CHECK_THAT(refusal("https://h/types.json", wrong),
             Catch::Contains("title") && Catch::Contains("Your data is shown."));
  CHECK_THAT(refusal("https://h/cut.json", kMinimal.substr(0, 100)),
             Catch::Contains("not valid JSON") && Catch::Contains("line 1, column"));
  CHECK_THAT(refusal("https://h/x.json", "", "fetch failed \xED\xA0\x80"),
             Catch::Contains("fetch failed " + kReplacement + kReplacement + kReplacement) &&
                 Catch::Contains("3 bytes that were not UTF-8 replaced"));

  const DataLinkRead ok = read_data_link("https://ex\xFFmple.org/one.json", kMinimal, "", context);
  REQUIRE(ok.ok);
  CHECK(ok.origin == "ex" + kReplacement + "mple.org (1 byte that was not UTF-8 replaced by " + kReplacement + ")");
  CHECK(ok.dataset.events.size() == 1);
}

TEST_CASE("a link's hash gives valid UTF-8 whatever its bytes", "[incoming][url]") {
  ParsedHash parsed = parse_hash("#/timeline?q=%FFcaf%C3%A9&topic=" + std::string(39, 'a') + "\xC3\xA9zz");
  CHECK(parsed.state.filter.text == kReplacement + "caf\xC3\xA9");
  REQUIRE(parsed.notices.size() == 1);
  CHECK(is_valid_utf8(parsed.notices[0]));  // cut at 40 bytes between characters, not inside one
  CHECK(is_valid_utf8(parse_hash("#/\xFF\xFE").notices.at(0)));
}
