#include <catch2/catch.hpp>

#include "fixtures.h"
#include "gdelt_rows.h"

using namespace accord;

namespace {

std::vector<size_t> all_events(const Dataset& d) {
  std::vector<size_t> all(d.events.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  return all;
}

size_t column(const std::string& name) {
  const std::vector<std::string>& c = gdelt_columns();
  return static_cast<size_t>(std::find(c.begin(), c.end(), name) - c.begin());
}

// The rows' (Actor1Code, Actor2Code, EventCode), for checking directions.
std::vector<std::string> acts(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::string> out;
  for (const auto& r : rows)
    out.push_back(r[column("Actor1Code")] + ">" + r[column("Actor2Code")] + " " + r[column("EventCode")]);
  return out;
}

}  // namespace

TEST_CASE("GDELT rows have the 61 columns in GDELT 2.0's order", "[exchange][gdelt]") {
  REQUIRE(gdelt_columns().size() == 61);
  CHECK(gdelt_columns()[0] == "GLOBALEVENTID");
  CHECK(gdelt_columns()[26] == "EventCode");
  CHECK(gdelt_columns()[30] == "GoldsteinScale");
  CHECK(gdelt_columns()[59] == "DATEADDED");
  CHECK(gdelt_columns()[60] == "SOURCEURL");
  for (const Dataset& d : {small_fixture(), shipped_dataset()}) {
    const auto rows = gdelt_rows(d, all_events(d));
    REQUIRE(rows.size() >= 2 * d.events.size());
    for (const auto& r : rows) {
      REQUIRE(r.size() == 61);
      const std::string& code = r[column("EventCode")];
      CHECK(code.size() == 3);
      CHECK(code.find_first_not_of("0123456789") == std::string::npos);
      CHECK(r[column("EventBaseCode")] == code);
      CHECK(r[column("EventRootCode")] == code.substr(0, 2));
      CHECK(r[column("SQLDATE")].size() == 8);
      CHECK(r[column("MonthYear")] == r[column("SQLDATE")].substr(0, 6));
      CHECK(r[column("DATEADDED")].size() == 14);
      CHECK(r[column("Actor1Code")] != r[column("Actor2Code")]);
    }
    // The text form: one line per row, 60 tabs each.
    const std::string text = events_to_gdelt(d, all_events(d), false);
    size_t lines = 0, tabs = 0;
    for (char c : text) lines += c == '\n', tabs += c == '\t';
    CHECK(lines == rows.size());
    CHECK(tabs == 60 * rows.size());
  }
}

TEST_CASE("GDELT codes follow who visits whom and what is signed", "[exchange][gdelt]") {
  Dataset d = small_fixture();
  Event visit = test_event("ev-visit");
  visit.type = EventType::Visit;
  visit.location.country = "VNM";
  visit.organizations = {"org-mps"};
  d.events.push_back(visit);
  const auto rows = gdelt_rows(d, {d.events.size() - 1});
  CHECK(acts(rows) == std::vector<std::string>{"LAOGOV>VNMCOP 042", "VNMCOP>LAOGOV 043"});
  CHECK(rows[0][column("QuadClass")] == "1");
  CHECK(rows[0][column("GoldsteinScale")] == "1.9");
  CHECK(rows[0][column("Actor1CountryCode")] == "LAO");
  CHECK(rows[0][column("Actor2Type1Code")] == "COP");
  CHECK(rows[0][column("ActionGeo_CountryCode")] == "VM");  // FIPS, as GDELT's geography

  // ev-1: talks in Laos that sign a protocol and amend an MoU, with a commitment.
  const auto talks = acts(gdelt_rows(d, {0}));
  CHECK(talks == std::vector<std::string>{"VNMCOP>LAOGOV 046", "LAOGOV>VNMCOP 046", "VNMCOP>LAOGOV 057",
                                          "LAOGOV>VNMCOP 057", "VNMCOP>LAOGOV 031", "LAOGOV>VNMCOP 031"});
}

TEST_CASE("GDELT codes INTERPOL as an IGO actor", "[exchange][gdelt]") {
  Dataset d = small_fixture();
  Organization interpol;
  interpol.id = "org-interpol";
  interpol.name = "INTERPOL";
  interpol.kind = "police";
  d.organizations.push_back(interpol);
  Event e = test_event("ev-interpol");
  e.location.country = "LAO";
  e.organizations = {"org-interpol"};
  d.events.push_back(e);
  const auto rows = gdelt_rows(d, {d.events.size() - 1});
  CHECK(acts(rows) ==
        std::vector<std::string>{"VNMGOV>LAOGOV 046", "LAOGOV>VNMGOV 046", "VNMGOV>IGOITP 046", "IGOITP>VNMGOV 046"});
  const auto& igo = rows[2];
  CHECK(igo[column("Actor2Name")] == "INTERPOL");
  CHECK(igo[column("Actor2CountryCode")] == "");
  CHECK(igo[column("Actor2KnownGroupCode")] == "ITP");
  CHECK(igo[column("Actor2Type1Code")] == "IGO");
  CHECK(igo[column("Actor2Geo_Type")] == "");
}

TEST_CASE("GDELT dates keep our precision in the SOURCEURL note", "[exchange][gdelt]") {
  const Dataset d = small_fixture();
  const auto rows = gdelt_rows(d, {2});  // ev-3: the year 2024, inferred from context
  REQUIRE(!rows.empty());
  CHECK(rows[0][column("SQLDATE")] == "20240101");
  CHECK(rows[0][column("Year")] == "2024");
  CHECK(rows[0][column("FractionDate")] == "2024.0849");
  CHECK(rows[0][column("SOURCEURL")] == "accord:event=ev-3&date=2024&precision=year&basis=context");
}

TEST_CASE("GDELT cells never carry a tab or a line end", "[exchange][gdelt]") {
  Dataset d = small_fixture();
  d.countries[1].name = "Laos\tPDR\nnew line";
  d.sources[0].url = "https://example.org/a\tb";
  const std::string text = events_to_gdelt(d, {0}, true);
  size_t lines = 0;
  for (char c : text) lines += c == '\n';
  CHECK(lines == 1 + gdelt_rows(d, {0}).size());
  CHECK(text.find("LAOS PDR NEW LINE") != std::string::npos);
  CHECK(text.find("https://example.org/a b#accord:event=ev-1") != std::string::npos);
}
