#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "fixtures.h"
#include "merge.h"
#include "plover_json.h"
#include "timeline_json.h"

using namespace accord;

namespace {

std::string problem_texts(const std::vector<Problem>& problems) {
  std::string out;
  for (const Problem& p : problems) out += p.to_string() + "\n";
  return out;
}

}  // namespace

TEST_CASE("TimelineJS dates keep our precision", "[exchange][timeline]") {
  const Dataset d = small_fixture();
  const nlohmann::json j = nlohmann::json::parse(events_to_timeline(d, {0, 1, 2}));
  REQUIRE(j["events"].size() == 3);
  const nlohmann::json& day = j["events"][0]["start_date"];
  CHECK(day == nlohmann::json::parse(R"({"year": 2022, "month": 3, "day": 1})"));
  const nlohmann::json& year_only = j["events"][2]["start_date"];
  CHECK(year_only == nlohmann::json::parse(R"({"year": 2024})"));
  CHECK(j["events"][1]["group"] == "Laos, Thailand");
  CHECK(j["events"][0]["unique_id"] == "ev-1");
  CHECK(j["events"][0]["text"]["headline"] == "Border talks in Vientiane");
  CHECK(j["title"]["text"]["headline"] == d.title);

  Dataset month = d;
  month.events[0].date = *Date::parse("2022-03");
  const nlohmann::json m = nlohmann::json::parse(events_to_timeline(month, {0}));
  CHECK(m["events"][0]["start_date"] == nlohmann::json::parse(R"({"year": 2022, "month": 3})"));
}

TEST_CASE("TimelineJS media and text come from the source and summary", "[exchange][timeline]") {
  Dataset d = small_fixture();
  d.sources[0].url = "https://example.org/report-a";
  d.events[0].summary = "Seizures <up> & rising";
  const nlohmann::json j = nlohmann::json::parse(events_to_timeline(d, {0, 1}));
  CHECK(j["events"][0]["media"]["url"] == "https://example.org/report-a");
  CHECK(j["events"][0]["media"]["credit"] == "Test Wire");
  CHECK(j["events"][0]["text"]["text"] == "Seizures &lt;up&gt; &amp; rising");
  CHECK_FALSE(j["events"][1].contains("media"));  // src-b has no address
}

TEST_CASE("export timeline then import it gives the same events", "[exchange][timeline]") {
  Dataset d = small_fixture();
  d.events[0].summary = "Seizures <up> & rising";
  const std::string text = events_to_timeline(d, {0, 1, 2});
  ExchangeImport parsed = parse_timeline_json(text, d);
  INFO(problem_texts(parsed.problems));
  REQUIRE(parsed.ok());
  REQUIRE(parsed.events.size() == 3);
  for (size_t k = 0; k < 3; ++k) {
    const Event& in = parsed.events[k];
    const Event& ours = d.events[k];
    CHECK(in.id == ours.id);
    CHECK(in.date == ours.date);
    CHECK(in.type == ours.type);
    CHECK(in.title == ours.title);
    CHECK(in.summary == ours.summary);
    CHECK(in.countries == ours.countries);
    CHECK(in.topics == ours.topics);
    CHECK(in.location.city == ours.location.city);
    CHECK(in.location.is_virtual == ours.location.is_virtual);
  }
  // Merged back into the same dataset: all present, nothing changes.
  ExchangeDataset incoming = exchange_import_dataset(parsed, "timeline", "/tmp/t.json", d);
  Dataset into = d;
  const MergeReport report = merge_dataset(into, incoming.dataset);
  CHECK(report.added == 0);
  CHECK(report.unchanged == 3);
  CHECK(report.conflicts.empty());
}

TEST_CASE("a plain TimelineJS file imports as new events citing the file", "[exchange][timeline]") {
  const Dataset d = small_fixture();
  const std::string text = R"({"events": [
    {"start_date": {"year": "2025", "month": "6"}, "text": {"headline": "Hotline drill with Laos"}, "group": "Lao PDR"},
    {"start_date": {"year": 2025}, "text": {"headline": "Talks in Bangkok"}, "group": "Thailand, Laos"}]})";
  CHECK(looks_like_timeline_json(text));
  CHECK_FALSE(looks_like_timeline_json(R"({"schema_version": 1, "events": [{"id": "ev-1"}]})"));
  CHECK(looks_like_timeline_json("\xEF\xBB\xBF  " + text));  // a byte-order mark first
  CHECK_FALSE(looks_like_timeline_json("ACCORDSNAP"));
  const ExchangeDataset r = exchange_import_dataset(parse_timeline_json(text, d), "timeline", "drills.json", d);
  INFO(problem_texts(r.problems));
  REQUIRE(r.ok());
  REQUIRE(r.dataset.events.size() == 2);
  const Event& first = r.dataset.events[0];
  CHECK(first.id == "ev-timeline-1");
  CHECK(first.date.iso() == "2025-06");
  CHECK(first.date.precision == DatePrecision::Month);
  CHECK(first.type == EventType::Other);
  CHECK(first.countries == std::vector<std::string>{"VNM", "LAO"});
  CHECK(first.sources == std::vector<std::string>{"src-timeline-drills-json"});
  CHECK(r.dataset.events[1].countries == std::vector<std::string>{"VNM", "THA", "LAO"});
  REQUIRE(r.dataset.sources.size() == 1);
  Dataset into = d;
  CHECK(merge_dataset(into, r.dataset).added_events == 2);
}

TEST_CASE("bad TimelineJS input names the slide and field", "[exchange][timeline]") {
  const Dataset d = small_fixture();
  const std::string text = R"({"events": [
    {"start_date": {"year": 2025, "month": 13}, "text": {"headline": "A"}, "group": "Laos"},
    {"start_date": {"year": 2025}, "text": {"headline": "B"}, "group": "Narnia"},
    {"text": {"headline": "C"}, "group": "Laos"},
    {"start_date": {"year": 2025}, "text": {}, "group": "Laos"},
    {"start_date": {"year": 2025}, "text": {"headline": "E"}, "group": "Laos", "accord": {"type": "picnic"}}]})";
  const ExchangeImport r = parse_timeline_json(text, d);
  INFO(problem_texts(r.problems));
  CHECK(r.events.empty());
  CHECK(has_problem(r.problems, "events[0].start_date", "\"2025-13\" is not a date"));
  CHECK(has_problem(r.problems, "events[1].group", "\"Narnia\" is not a country"));
  CHECK(has_problem(r.problems, "events[2].start_date", "is missing"));
  CHECK(has_problem(r.problems, "events[3].text.headline", "is missing"));
  CHECK(has_problem(r.problems, "events[4].accord.type", "\"picnic\" is not an event type"));

  const ExchangeImport twice = parse_timeline_json(
      R"({"events": [{"unique_id": "x", "start_date": {"year": 2025}, "text": {"headline": "A"}, "group": "Laos"},
                     {"unique_id": "x", "start_date": {"year": 2025}, "text": {"headline": "B"}, "group": "Laos"}]})",
      d);
  CHECK(has_problem(twice.problems, "events[1].unique_id", "\"x\" is also the id of events[0]"));

  const ExchangeImport broken = parse_timeline_json("{\n  \"events\": [\n    {\"start_date\": }\n", d);
  REQUIRE(broken.problems.size() == 1);
  CHECK(broken.problems[0].line == 3);
  CHECK(broken.problems[0].message == "not valid JSON");
}

TEST_CASE("PLOVER records have the required fields", "[exchange][plover]") {
  Dataset d = small_fixture();
  d.sources[0].url = "https://example.org/report-a";
  const std::string text = events_to_plover(d, {0, 1, 2});
  size_t records = 0;
  size_t from = 0;
  while (from < text.size()) {
    const size_t end = text.find('\n', from);
    REQUIRE(end != std::string::npos);
    const nlohmann::json r = nlohmann::json::parse(text.substr(from, end - from));
    from = end + 1;
    ++records;
    for (const char* key : {"id", "date", "event", "mode", "context", "actor", "recipient", "event_loc", "cite_info"})
      CHECK(r.contains(key));
    CHECK(r["date"].get<std::string>().size() == 10);
    CHECK(r["context"].is_array());
    CHECK(r["actor"] != r["recipient"]);
  }
  CHECK(records >= 6);  // each event both ways at least
  // ev-1: talks in Laos (CONSULT, visit) that sign (AGREE); drugs and border contexts.
  const nlohmann::json first = nlohmann::json::parse(text.substr(0, text.find('\n')));
  CHECK(first["event"] == "CONSULT");
  CHECK(first["mode"] == "visit");
  CHECK(first["context"] == nlohmann::json::parse(R"(["illegal_drugs", "territory"])"));
  CHECK(first["cite_info"]["url"] == "https://example.org/report-a");
  CHECK(first["cite_info"]["publication"] == "Test Wire");
  CHECK(text.find("\"event\":\"AGREE\"") != std::string::npos);
  // ev-3 is online (virtual) and year-only.
  CHECK(text.find("\"date\":\"2024-01-01\",\"date_precision\":\"year\",\"date_basis\":\"context\",\"event\":"
                  "\"CONSULT\",\"mode\":\"phone\"") != std::string::npos);
}
