#include <catch2/catch.hpp>

#include "events_csv.h"
#include "export.h"
#include "fixtures.h"
#include "merge.h"

using namespace accord;

namespace {
const std::string kHeader = "id,date,date_basis,type,partners,city,title,topics\n";

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

std::string problem_texts(const std::vector<Problem>& problems) {
  std::string out;
  for (const Problem& p : problems) out += p.to_string() + "\n";
  return out;
}
}  // namespace

TEST_CASE("what events_to_csv writes reads back", "[csv]") {
  const Dataset d = small_fixture();
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
  const Dataset d = small_fixture();
  const std::string csv =
      "\xEF\xBB\xBFid,date,date_basis,type,partners,city,title,topics\r\n"
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
  const Dataset d = small_fixture();
  const std::string csv = kHeader +
                          "ev-ok,2024-05-20,stated,talks,Laos,,Fine,drugs\n"       // line 2
                          "ev-short,2024-05-20,stated,talks\n"                     // line 3
                          "ev-date,2024-13-01,stated,talks,Laos,,Bad date,\n"      // line 4
                          "ev-who,2024-05-20,stated,talks,Laos;Atlantis,,Who,\n"   // line 5
                          "ev-type,2024-05-20,stated,party,Laos,,Odd,knitting\n";  // line 6
  const CsvImport r = parse_events_csv(csv, d);
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].id == "ev-ok");
  const std::string all = problem_texts(r.problems);
  CHECK_THAT(all, Catch::Contains("line 3, column 1: 4 fields, but the header has 8"));
  CHECK_THAT(all, Catch::Contains("line 4, column 9, field date: \"2024-13-01\" is not a date: no such month"));
  CHECK_THAT(all, Catch::Contains("line 5, column 32, field partners: \"Atlantis\" is not a known country"));
  CHECK_THAT(all, Catch::Contains("line 6, column 27, field type: \"party\" is not an event type"));
  CHECK_THAT(all, Catch::Contains("line 6, column 43, field topics: \"knitting\" is not in the topic vocabulary"));
  CHECK(r.problems.size() == 5);
}

TEST_CASE("an unclosed quote stops the reading where it opened", "[csv]") {
  const Dataset d = small_fixture();
  const std::string csv = kHeader + "ev-a,2024-05-20,stated,talks,Laos,,\"Never closed,drugs\nev-b,2024-05-21\n";
  const CsvImport r = parse_events_csv(csv, d);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].to_string() == "line 2, column 36: this quote is never closed");
  CHECK(r.events.empty());
}

TEST_CASE("a header that is not the events header is refused", "[csv]") {
  const Dataset d = small_fixture();
  const CsvImport r = parse_events_csv("name,when\nx,y\n", d);
  const std::string all = problem_texts(r.problems);
  CHECK_THAT(all, Catch::Contains("line 1, column 1: the header has no id column"));
  for (const char* required : {"date", "type", "partners", "title"})
    CHECK_THAT(all, Catch::Contains(std::string("the header has no ") + required + " column"));
  CHECK(r.problems.size() == 5);
  CHECK(r.events.empty());
  CHECK_FALSE(parse_events_csv("", d).ok());
}

TEST_CASE("a CSV import merges: known rows already present, changed rows conflict, new rows added", "[csv]") {
  Dataset d = small_fixture();
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

TEST_CASE("a sep= line naming the semicolon sets the separator, is not a row, and keeps the real line numbers",
          "[csv]") {
  const Dataset d = small_fixture();
  const std::string csv =
      "sep=;\n"                                                                               // line 1
      "id;date;date_basis;type;partners;city;title;topics\n"                                  // line 2
      "ev-a;2024-05-20;stated;talks;\"Laos;Thailand\";Vientiane;Talks, in two parts;drugs\n"  // 3
      "ev-b;2024-13-01;stated;talks;Laos;;Bad date;\n";                                       // line 4
  const CsvImport r = parse_events_csv(csv, d);
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].id == "ev-a");
  CHECK(r.events[0].title == "Talks, in two parts");
  CHECK(r.events[0].countries == std::vector<std::string>{"VNM", "LAO", "THA"});
  CHECK(r.events[0].topics == std::vector<std::string>{"drugs"});
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].line == 4);
  CHECK(r.problems[0].column == 6);
  CHECK(r.problems[0].field == "date");
  CHECK(r.notes == std::vector<std::string>{"read with ';' as the separator (a sep=; line)"});

  SECTION("sep=, is read too, and says nothing") {
    const CsvImport comma = parse_events_csv("sep=,\r\n" + kHeader + "ev-c,2024,stated,talks,Laos,,Plain,\n", d);
    INFO(problem_texts(comma.problems));
    REQUIRE(comma.events.size() == 1);
    CHECK(comma.notes.empty());
  }
  SECTION("a separator the import does not read is refused") {
    const CsvImport pipe = parse_events_csv("sep=|\nid|date\n", d);
    REQUIRE(pipe.problems.size() == 1);
    CHECK(pipe.problems[0].to_string() ==
          "line 1, column 5: \"sep=|\" names a separator this import does not read (',', ';' or a tab)");
  }
}

TEST_CASE("a semicolon file without sep= is detected from its header, BOM and CRLF as before", "[csv]") {
  const Dataset d = small_fixture();
  const std::string csv =
      "\xEF\xBB\xBFid;date;date_basis;type;partners;city;title;topics\r\n"
      "ev-s;2024-06;;visit;\"LAO;THA\";;Comma, inside;drugs\r\n"
      "ev-t;2024;stated;talks;Atlantis;;Unknown partner;\r\n";
  const CsvImport r = parse_events_csv(csv, d);
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].id == "ev-s");
  CHECK(r.events[0].title == "Comma, inside");
  CHECK(r.events[0].countries == std::vector<std::string>{"VNM", "LAO", "THA"});
  CHECK(r.events[0].date.precision == DatePrecision::Month);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].to_string() ==
        "line 3, column 24, field partners: \"Atlantis\" is not a known country (id, name or alias)");
  CHECK(r.notes == std::vector<std::string>{"read with ';' as the separator (detected from the header)"});
}

TEST_CASE("a tab-separated file is detected from its header", "[csv]") {
  const Dataset d = small_fixture();
  const CsvImport r = parse_events_csv(read_text(fixture_path("csv/tab-separated.csv")), d);
  INFO(problem_texts(r.problems));
  REQUIRE(r.ok());
  REQUIRE(r.events.size() == 2);
  CHECK(r.events[0].id == "ev-tab-1");
  CHECK(r.events[0].location.city == "Luang Prabang");
  CHECK(r.events[0].title == "Talks by the river, tab separated");
  CHECK(r.events[0].topics == std::vector<std::string>{"drugs", "border_control"});
  CHECK(r.events[1].date.iso() == "2024-11-05");
  CHECK(r.notes == std::vector<std::string>{"read with a tab as the separator (detected from the header)",
                                            "column date: 1 date read as DD/MM/YYYY (day first)"});

  SECTION("or named by a sep= line with a tab") {
    const CsvImport named = parse_events_csv("sep=\t\n" + read_text(fixture_path("csv/tab-separated.csv")), d);
    REQUIRE(named.events.size() == 2);
    CHECK(named.notes[0] == "read with a tab as the separator (a sep=<tab> line)");
  }
}

TEST_CASE("day-first dates are converted with one note for the column", "[csv]") {
  const Dataset d = small_fixture();
  const std::string csv = kHeader +
                          "ev-d1,20/05/2024,stated,talks,Laos,,One,\n"
                          "ev-d2,5/6/2024,stated,talks,Laos,,Two,\n"
                          "ev-d3,29/02/2024,stated,talks,Laos,,Three,\n"
                          "ev-iso,2024-07-01,stated,talks,Laos,,Four,\n";
  const CsvImport r = parse_events_csv(csv, d);
  INFO(problem_texts(r.problems));
  REQUIRE(r.ok());
  REQUIRE(r.events.size() == 4);
  CHECK(r.events[0].date.iso() == "2024-05-20");
  CHECK(r.events[1].date.iso() == "2024-06-05");
  CHECK(r.events[2].date.iso() == "2024-02-29");
  CHECK(r.events[2].date.precision == DatePrecision::Day);
  CHECK(r.events[3].date.iso() == "2024-07-01");
  CHECK(r.notes == std::vector<std::string>{"column date: 3 dates read as DD/MM/YYYY (day first)"});

  SECTION("DD.MM.YYYY too") {
    const CsvImport dotted = parse_events_csv(kHeader + "ev-d4,01.02.2023,stated,talks,Laos,,Dots,\n", d);
    REQUIRE(dotted.events.size() == 1);
    CHECK(dotted.events[0].date.iso() == "2023-02-01");
    CHECK(dotted.notes == std::vector<std::string>{"column date: 1 date read as DD.MM.YYYY (day first)"});
  }
}

TEST_CASE("dates that cannot be read are refused with a message naming the format", "[csv]") {
  const Dataset d = small_fixture();
  const std::string csv = kHeader +
                          "ev-us,05/20/2024,stated,talks,Laos,,Month first,\n"     // line 2
                          "ev-feb,31/02/2024,stated,talks,Laos,,No such day,\n"    // line 3
                          "ev-words,\"May 20, 2024\",stated,talks,Laos,,Words,\n"  // line 4
                          "ev-num,123,stated,talks,Laos,,A number,\n"              // line 5
                          "ev-dot,20.13.2024,stated,talks,Laos,,Dots,\n"           // line 6
                          "ev-iso,2023-02-29,stated,talks,Laos,,Not leap,\n";      // line 7
  const CsvImport r = parse_events_csv(csv, d);
  CHECK(r.events.empty());
  CHECK(r.notes.empty());
  REQUIRE(r.problems.size() == 6);
  CHECK(r.problems[0].to_string() ==
        "line 2, column 7, field date: \"05/20/2024\" is not a date: "
        "day/month/year expected (DD/MM/YYYY), or YYYY-MM-DD");
  CHECK(r.problems[1].to_string() ==
        "line 3, column 8, field date: \"31/02/2024\" is not a date: "
        "2024-02 has 29 days (day/month/year expected (DD/MM/YYYY))");
  CHECK(r.problems[2].to_string() ==
        "line 4, column 10, field date: \"May 20, 2024\" is not a date: expected "
        "YYYY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY or an Excel date serial");
  CHECK(r.problems[3].to_string() ==
        "line 5, column 8, field date: \"123\" is not a date: a number is read as a "
        "year (YYYY) or as an Excel date serial from 20000 to 80000");
  CHECK(r.problems[4].to_string() ==
        "line 6, column 8, field date: \"20.13.2024\" is not a date: "
        "day.month.year expected (DD.MM.YYYY), or YYYY-MM-DD");
  CHECK(r.problems[5].to_string() ==
        "line 7, column 8, field date: \"2023-02-29\" is not a date: no such day in the calendar (YYYY-MM-DD)");
}

TEST_CASE("Excel date serials are converted with one note for the column", "[csv]") {
  const Dataset d = small_fixture();
  const std::string csv = kHeader +
                          "ev-x1,45432,stated,talks,Laos,,Serial,\n"
                          "ev-x2,36526,stated,talks,Laos,,Millennium,\n"
                          "ev-x3,2024,context,talks,Laos,,A year stays a year,\n";
  const CsvImport r = parse_events_csv(csv, d);
  INFO(problem_texts(r.problems));
  REQUIRE(r.events.size() == 3);
  CHECK(r.events[0].date.iso() == "2024-05-20");
  CHECK(r.events[1].date.iso() == "2000-01-01");
  CHECK(r.events[1].date.basis == DateBasis::Stated);
  CHECK(r.events[2].date.iso() == "2024");
  CHECK(r.events[2].date.precision == DatePrecision::Year);
  CHECK(r.notes == std::vector<std::string>{"column date: 2 dates read as Excel date serials (days since 1899-12-30)"});

  SECTION("outside 20000..80000 a number is not a serial") {
    const CsvImport low = parse_events_csv(kHeader + "ev-x4,19999,stated,talks,Laos,,Too early,\n", d);
    REQUIRE(low.problems.size() == 1);
    CHECK_THAT(low.problems[0].message, Catch::Contains("from 20000 to 80000"));
  }
}

TEST_CASE("columns the import does not know are ignored with a note", "[csv]") {
  const Dataset d = small_fixture();
  const std::string csv =
      "ID,date,date_basis,type,partners,city, Title ,topics,notes,\n"
      "ev-n,2024-05-20,stated,talks,Laos,,Kept,drugs,\"remember, this\",\n";
  const CsvImport r = parse_events_csv(csv, d);
  INFO(problem_texts(r.problems));
  REQUIRE(r.ok());
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].id == "ev-n");
  CHECK(r.events[0].title == "Kept");
  CHECK(r.events[0].topics == std::vector<std::string>{"drugs"});
  CHECK(r.notes == std::vector<std::string>{
                       "column \"notes\" (column 9) is not one of id,date,date_basis,type,partners,city,title,topics: "
                       "ignored",
                       "column 10 has no name: ignored"});

  SECTION("a required column missing still refuses, naming it") {
    const CsvImport no_title = parse_events_csv("id,date,type,partners\nev-m,2024,talks,Laos\n", d);
    REQUIRE(no_title.problems.size() == 1);
    CHECK(no_title.problems[0].to_string() == "line 1, column 1: the header has no title column");
    CHECK(no_title.events.empty());
  }
}

TEST_CASE("an id on two rows of one file is a problem of that file", "[csv]") {
  const Dataset d = small_fixture();
  const std::string csv = kHeader +
                          "ev-x,2024-05-20,stated,talks,Laos,,First,\n"   // line 2
                          "ev-y,2024-05-21,stated,talks,Laos,,Other,\n"   // line 3
                          "ev-x,2024-05-22,stated,visit,Laos,,Again,\n";  // line 4
  const CsvImport r = parse_events_csv(csv, d);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].to_string() == "line 4, column 1, field id: \"ev-x\" is also on line 2");
  REQUIRE(r.events.size() == 2);
  CHECK(r.events[0].title == "First");
  CHECK(r.events[1].id == "ev-y");
  CHECK_FALSE(csv_import_dataset(csv, "dup.csv", d).ok());
}

TEST_CASE("cells a spreadsheet would run as formulas export with an apostrophe and read back exactly", "[csv]") {
  Dataset d = small_fixture();
  const std::string formula = "=HYPERLINK(\"http://x\",\"y\")";
  d.events[0].title = formula;
  d.events[0].location.city = "-5 km from Vientiane";
  d.events[1].title = "'=already guarded by hand";
  d.events[2].title = "'plain apostrophe";
  const std::string csv = events_to_csv(d, {0, 1, 2});
  CHECK_THAT(csv, Catch::Contains(",'-5 km from Vientiane,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","));
  CHECK_THAT(csv, Catch::Contains(",''=already guarded by hand,"));
  CHECK_THAT(csv, Catch::Contains(",'plain apostrophe,"));

  const CsvImport r = parse_events_csv(csv, d);
  INFO(problem_texts(r.problems));
  REQUIRE(r.events.size() == 3);
  CHECK(r.events[0].title == formula);
  CHECK(r.events[0].location.city == "-5 km from Vientiane");
  CHECK(r.events[1].title == "'=already guarded by hand");
  CHECK(r.events[2].title == "'plain apostrophe");

  SECTION("each of = + - @ tab and carriage return is guarded; other text is not") {
    for (const std::string cell : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
      CHECK(csv_formula_guarded(cell) == "'" + cell);
      CHECK(csv_formula_unguarded("'" + cell) == cell);
    }
    for (const std::string cell : {"", "1-2", "a=b", "'", "'x", "2024-05-20"}) {
      CHECK(csv_formula_guarded(cell) == cell);
      CHECK(csv_formula_unguarded(cell) == cell);
    }
  }
}

TEST_CASE("an Excel-saved semicolon file: sep= line, day-first dates, a serial, a notes column", "[csv]") {
  const Dataset d = small_fixture();
  const CsvDataset r = csv_import_dataset(read_text(fixture_path("csv/excel-semicolon.csv")), "excel.csv", d);
  INFO(problem_texts(r.problems));
  REQUIRE(r.ok());
  REQUIRE(r.dataset.events.size() == 3);
  CHECK(r.dataset.events[0].date.iso() == "2025-03-14");
  CHECK(r.dataset.events[0].countries == std::vector<std::string>{"VNM", "LAO", "THA"});
  CHECK(r.dataset.events[0].title == "Three-way talks on the Mekong, spring");
  CHECK(r.dataset.events[1].date.iso() == "2025-04-02");
  CHECK(r.dataset.events[2].date.iso() == "2025-08-31");
  CHECK(r.dataset.events[2].title == "=Agreement signed; summary still to write");
  CHECK(r.dataset.events[2].sources == std::vector<std::string>{"src-csv-excel-csv"});
  CHECK(joined(r.notes) ==
        "read with ';' as the separator (a sep=; line)\n"
        "column \"notes\" (column 9) is not one of id,date,date_basis,type,partners,city,title,topics: ignored\n"
        "column date: 2 dates read as DD/MM/YYYY (day first)\n"
        "column date: 1 date read as Excel date serials (days since 1899-12-30)\n");
}
