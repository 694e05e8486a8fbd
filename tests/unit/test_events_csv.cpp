#include <catch2/catch.hpp>

#include "events_csv.h"
#include "export.h"
#include "fixtures.h"
#include "merge.h"

using namespace accord;

namespace {
Dataset fixture() {
  LoadResult r = load_dataset_file(fixture_path("small.json"));
  REQUIRE(r.ok());
  return r.dataset;
}
const std::string kHeader = "id,date,date_basis,type,partners,city,title,topics\n";

std::string problem_texts(const std::vector<Problem>& problems) {
  std::string out;
  for (const Problem& p : problems) out += p.to_string() + "\n";
  return out;
}
}  // namespace

TEST_CASE("what events_to_csv writes reads back", "[csv]") {
  const Dataset d = fixture();
  const std::string csv = events_to_csv(d, {0, 1, 2});
  const CsvImport r = parse_events_csv(csv, d);
  INFO(problem_texts(r.problems));
  REQUIRE(r.ok());
  REQUIRE(r.events.size() == 3);
  for (size_t i = 0; i < 3; ++i) {
    CHECK(r.events[i].id == d.events[i].id);
    CHECK(r.events[i].date.iso() == d.events[i].date.iso());
    CHECK(r.events[i].type == d.events[i].type);
    CHECK(r.events[i].title == d.events[i].title);
    CHECK(r.events[i].topics == d.events[i].topics);
    CHECK(r.events[i].location.city == d.events[i].location.city);
  }
  CHECK(r.events[0].countries == std::vector<std::string>{"VNM", "LAO"});
}

TEST_CASE("quoting, a BOM, CRLF and LF line ends, a trailing blank line", "[csv]") {
  const Dataset d = fixture();
  const std::string csv = "\xEF\xBB\xBFid,date,date_basis,type,partners,city,title,topics\r\n"
                          "ev-q,2024-05-20,stated,talks,Laos,Vientiane,\"Talks, \"\"frank\"\"\nand long\",drugs;fraud\r\n"
                          "ev-r,2024-06,,visit,LAO;THA,,Plain,\n"
                          "\n";
  const CsvImport r = parse_events_csv(csv, d);
  INFO(problem_texts(r.problems));
  REQUIRE(r.ok());
  REQUIRE(r.events.size() == 2);
  CHECK(r.events[0].title == "Talks, \"frank\"\nand long");
  CHECK(r.events[0].topics == std::vector<std::string>{"drugs", "fraud"});
  CHECK(r.events[1].countries == std::vector<std::string>{"VNM", "LAO", "THA"});
  CHECK(r.events[1].date.precision == DatePrecision::Month);
}

TEST_CASE("malformed rows are reported with line, column and field, and left out", "[csv]") {
  const Dataset d = fixture();
  const std::string csv = kHeader +
                          "ev-ok,2024-05-20,stated,talks,Laos,,Fine,drugs\n"              // line 2
                          "ev-short,2024-05-20,stated,talks\n"                           // line 3
                          "ev-date,2024-13-01,stated,talks,Laos,,Bad date,\n"            // line 4
                          "ev-who,2024-05-20,stated,talks,Laos;Atlantis,,Who,\n"         // line 5
                          "ev-type,2024-05-20,stated,party,Laos,,Odd,knitting\n";        // line 6
  const CsvImport r = parse_events_csv(csv, d);
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].id == "ev-ok");
  const std::string all = problem_texts(r.problems);
  CHECK_THAT(all, Catch::Contains("line 3, column 1: 4 fields, but the header has 8"));
  CHECK_THAT(all, Catch::Contains("line 4, column 9, field date: \"2024-13-01\" is not a date"));
  CHECK_THAT(all, Catch::Contains("line 5, column 32, field partners: \"Atlantis\" is not a known country"));
  CHECK_THAT(all, Catch::Contains("line 6, column 27, field type: \"party\" is not an event type"));
  CHECK_THAT(all, Catch::Contains("line 6, column 43, field topics: \"knitting\" is not in the topic vocabulary"));
  CHECK(r.problems.size() == 5);
}

TEST_CASE("an unclosed quote stops the reading where it opened", "[csv]") {
  const Dataset d = fixture();
  const std::string csv = kHeader + "ev-a,2024-05-20,stated,talks,Laos,,\"Never closed,drugs\nev-b,2024-05-21\n";
  const CsvImport r = parse_events_csv(csv, d);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].to_string() == "line 2, column 36: this quote is never closed");
  CHECK(r.events.empty());
}

TEST_CASE("a header that is not the events header is refused", "[csv]") {
  const Dataset d = fixture();
  const CsvImport r = parse_events_csv("name,when\nx,y\n", d);
  const std::string all = problem_texts(r.problems);
  CHECK_THAT(all, Catch::Contains("line 1, column 1: unknown column \"name\""));
  CHECK_THAT(all, Catch::Contains("the header has no id column"));
  CHECK(r.events.empty());
  CHECK_FALSE(parse_events_csv("", d).ok());
}

TEST_CASE("a CSV import merges: known rows already present, changed rows conflict, new rows added", "[csv]") {
  Dataset d = fixture();
  std::string csv = events_to_csv(d, {0, 1, 2});
  const size_t at = csv.find("Border talks in Vientiane");
  REQUIRE(at != std::string::npos);
  csv.replace(at, std::string("Border talks in Vientiane").size(), "Border talks at Vientiane on day one");
  csv += "ev-new,2025-01-09,stated,talks,Thailand,Bangkok,New talks,drugs\r\n";

  const CsvDataset incoming = csv_import_dataset(csv, "/tmp/my events.csv", d);
  INFO(problem_texts(incoming.problems));
  REQUIRE(incoming.ok());
  REQUIRE(incoming.dataset.sources.size() == 1);
  CHECK(incoming.dataset.sources[0].id == "src-csv-my-events-csv");
  const MergeReport r = merge_dataset(d, incoming.dataset);
  CHECK(r.added_events == 1);
  CHECK(r.added == 2);  // the event and the source citing the file
  REQUIRE(r.conflicts.size() == 1);
  CHECK(r.conflicts[0].id == "ev-1");
  CHECK(r.conflicts[0].field == "title");
  CHECK(r.unchanged == 2);
  CHECK(d.find_event("ev-new")->sources == std::vector<std::string>{"src-csv-my-events-csv"});
}
