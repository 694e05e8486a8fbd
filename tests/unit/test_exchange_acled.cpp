#include <catch2/catch.hpp>

#include "acled_csv.h"
#include "fixtures.h"
#include "merge.h"

using namespace accord;

namespace {

std::string problem_texts(const std::vector<Problem>& problems) {
  std::string out;
  for (const Problem& p : problems) out += p.to_string() + "\n";
  return out;
}

const std::string kHeader =
    "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2,assoc_actor_2,"
    "country,location,source,notes\r\n";

}  // namespace

TEST_CASE("ACLED rows: precision, actors, quoting and the formula guard", "[exchange][acled]") {
  Dataset d = small_fixture();
  d.events[1].title = "=HYPERLINK(\"x\"), a conference";
  const std::string csv = events_to_acled(d, {0, 1, 2});
  CHECK(csv.compare(0, kHeader.size(), kHeader) == 0);
  CHECK(csv.find("\r\nev-1,2022-03-01,1,Strategic developments,Agreement,Police Forces of Vietnam,"
                 "Ministry of Public Security of Vietnam,Government of Laos,,Laos,Vientiane,Test Wire,"
                 "Border talks in Vientiane | The two ministries signed a protocol on border crime.\r\n") !=
        std::string::npos);
  CHECK(csv.find(",Government of Laos,Government of Thailand,Vietnam,Đà Nẵng,,\"'=HYPERLINK(\"\"x\"\"), a "
                 "conference\"\r\n") != std::string::npos);
  CHECK(csv.find("ev-3,2024-01-01,3,") != std::string::npos);
  CHECK(csv.find("Planned dialogue with Thailand (year only)\r\n") != std::string::npos);
}

TEST_CASE("ACLED export then import gives the events back", "[exchange][acled]") {
  Dataset d = small_fixture();
  d.events[1].title = "=HYPERLINK(\"x\"), a conference";
  const std::string csv = events_to_acled(d, {0, 1, 2});
  CHECK(looks_like_acled_csv(csv));
  const ExchangeImport r = parse_acled_csv(csv, d);
  INFO(problem_texts(r.problems));
  REQUIRE(r.ok());
  REQUIRE(r.events.size() == 3);
  CHECK(r.events[1].title == d.events[1].title);
  CHECK(r.events[0].summary == d.events[0].summary);
  CHECK(r.events[2].date.iso() == "2024");
  CHECK(r.events[1].countries == d.events[1].countries);
  const ExchangeDataset incoming = exchange_import_dataset(r, "acled", "a.csv", d);
  const MergeReport report = merge_dataset(d, incoming.dataset);
  CHECK(report.added == 0);
  CHECK(report.unchanged == 3);
  CHECK(report.conflicts.empty());
}

TEST_CASE("ACLED import of another tool's rows", "[exchange][acled]") {
  const Dataset d = small_fixture();
  const std::string csv = kHeader +
                          ",2025-02-10,3,Strategic developments,Agreement,Government of Vietnam,,"
                          "Police Forces of Laos (2016-),,Laos,Luang Prabang,Wire,Hotline protocol signed\r\n";
  const ExchangeDataset r = exchange_import_dataset(parse_acled_csv(csv, d), "acled", "rows.csv", d);
  INFO(problem_texts(r.problems));
  REQUIRE(r.ok());
  REQUIRE(r.dataset.events.size() == 1);
  const Event& e = r.dataset.events[0];
  CHECK(e.id == "ev-acled-1");
  CHECK(e.type == EventType::Signing);
  CHECK(e.date.iso() == "2025-02");
  CHECK(e.countries == std::vector<std::string>{"VNM", "LAO"});
  CHECK(e.location.city == "Luang Prabang");
  CHECK(e.title == "Hotline protocol signed");
}

TEST_CASE("ACLED actors name countries whose names hold 'of'", "[exchange][acled]") {
  Dataset d = small_fixture();
  d.countries[2].name = "Republic of Thailand";
  const ExchangeImport r = parse_acled_csv(events_to_acled(d, {0, 1, 2}), d);
  REQUIRE(r.ok());
  CHECK(r.events[2].countries == std::vector<std::string>{"VNM", "THA"});
}

TEST_CASE("a bad ACLED row names its row, line and field", "[exchange][acled]") {
  const Dataset d = small_fixture();
  const std::string csv = kHeader + "a,2025-02-10,1,,,Government of Vietnam,,Government of Laos,,,,,Fine\r\n" +
                          "b,2025-02-30,1,,,Government of Vietnam,,Government of Laos,,,,,Bad date\r\n" +
                          "c,2025-02-11,1,,,Government of Vietnam,,Government of Narnia,,,,,Bad actor\r\n" +
                          "d,2025-02-11,7,,,Government of Vietnam,,Government of Laos,,,,,\r\n";
  const ExchangeImport r = parse_acled_csv(csv, d);
  INFO(problem_texts(r.problems));
  CHECK(r.events.size() == 1);
  REQUIRE(r.problems.size() == 4);
  CHECK(r.problems[0].to_string() ==
        "line 3, column 3, field event_date: row 2: \"2025-02-30\" is not a date (YYYY-MM-DD)");
  CHECK(r.problems[1].field == "actor2");
  CHECK(r.problems[1].message == "row 3: \"Government of Narnia\" names no country of the dataset");
  CHECK(r.problems[2].line == 5);
  CHECK(r.problems[2].field == "notes");
  CHECK(r.problems[3].field == "time_precision");

  const ExchangeImport twice =
      parse_acled_csv(kHeader + "x,2025-02-10,1,,,,,Laos,,,,,One\r\nx,2025-02-11,1,,,,,Laos,,,,,Two\r\n", d);
  REQUIRE(twice.problems.size() == 1);
  CHECK(twice.problems[0].to_string() == "line 3, column 1, field event_id_cnty: row 2: \"x\" is also the id of row 1");

  const ExchangeImport no_notes = parse_acled_csv("event_date,actor2\r\n2025-01-01,Laos\r\n", d);
  REQUIRE(no_notes.problems.size() == 1);
  CHECK(no_notes.problems[0].message == "the header has no notes column");
}
