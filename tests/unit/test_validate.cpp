#include <catch2/catch.hpp>

#include "fixtures.h"
#include "validate.h"

using namespace accord;

TEST_CASE("the fixture is valid", "[validate]") { CHECK(validate(small_fixture()).empty()); }

TEST_CASE("duplicate and malformed ids are reported", "[validate]") {
  Dataset d = small_fixture();
  d.events[1].id = "ev-1";
  d.people[0].id = "p nguyen";
  const auto p = validate(d);
  CHECK(has_problem(p, "events[1].id", "\"ev-1\" is used twice"));
  CHECK(has_problem(p, "people[0].id", "is not a valid id"));
}

TEST_CASE("every dangling reference is reported with its path", "[validate]") {
  Dataset d = small_fixture();
  d.home_country = "XXX";
  d.organizations[1].parent = "org-nope";
  d.organizations[0].country = "ZZZ";
  d.people[0].country = "YYY";
  d.people[0].roles[0].organization = "org-gone";
  d.people[0].roles[0].source = "src-gone";
  d.agreements[1].amends = "ag-gone";
  d.agreements[0].parties.push_back("MARS");
  d.agreements[0].history[1].event = "ev-gone";
  d.agreements[0].history[1].source = "src-x";
  Event& e = d.events[0];
  e.countries[1] = "ATL";
  e.location.country = "ATL";
  e.part_of = "ev-missing";
  e.participants[0].person = "p-ghost";
  e.organizations[0] = "org-ghost";
  e.agreements[0].agreement = "ag-ghost";
  e.mechanisms[0] = "mech-ghost";
  e.figures[0].source = "src-ghost";
  e.sources[0] = "src-ghost";
  const auto p = validate(d);
  CHECK(has_problem(p, "home_country", "\"XXX\" is not a known country id"));
  CHECK(has_problem(p, "organizations[1].parent", "\"org-nope\" is not a known organization id"));
  CHECK(has_problem(p, "organizations[0].country", "not a known country id"));
  CHECK(has_problem(p, "people[0].country", "not a known country id"));
  CHECK(has_problem(p, "people[0].roles[0].organization", "not a known organization id"));
  CHECK(has_problem(p, "people[0].roles[0].source", "not a known source id"));
  CHECK(has_problem(p, "agreements[1].amends", "not a known agreement id"));
  CHECK(has_problem(p, "agreements[0].parties[2]", "\"MARS\" is not a known country id"));
  CHECK(has_problem(p, "agreements[0].history[1].event", "not a known event id"));
  CHECK(has_problem(p, "agreements[0].history[1].source", "not a known source id"));
  CHECK(has_problem(p, "events[0].countries[1]", "\"ATL\" is not a known country id"));
  CHECK(has_problem(p, "events[0].location.country", "not a known country id"));
  CHECK(has_problem(p, "events[0].part_of", "not a known event id"));
  CHECK(has_problem(p, "events[0].participants[0].person", "not a known person id"));
  CHECK(has_problem(p, "events[0].organizations[0]", "not a known organization id"));
  CHECK(has_problem(p, "events[0].agreements[0].agreement", "not a known agreement id"));
  CHECK(has_problem(p, "events[0].mechanisms[0]", "not a known mechanism id"));
  CHECK(has_problem(p, "events[0].figures[0].source", "not a known source id"));
  CHECK(has_problem(p, "events[0].sources[0]", "not a known source id"));
  CHECK(p.size() == 19);
}

TEST_CASE("topics must come from the vocabulary", "[validate]") {
  Dataset d = small_fixture();
  d.events[0].topics.push_back("piracy");
  d.events[0].commitments[0].topics.push_back("Drugs");
  const auto p = validate(d);
  CHECK(has_problem(p, "events[0].topics[2]", "\"piracy\" is not in the topic vocabulary"));
  CHECK(has_problem(p, "events[0].commitments[0].topics[2]", "\"Drugs\" is not in the topic vocabulary"));
}

TEST_CASE("dates out of order, self references and missing essentials", "[validate]") {
  Dataset d = small_fixture();
  d.events[0].end_date = Date::parse("2022-02-28");
  d.people[0].roles[1].to = Date::parse("2021");
  d.agreements[0].amends = "ag-base";
  d.organizations[1].parent = "org-dept";
  d.events[1].part_of = "ev-2";
  d.events[2].status = "rumoured";
  d.events[2].countries.clear();
  d.events[2].sources.clear();
  d.events[1].countries.push_back("LAO");
  d.sources[1].language = "de";
  const auto p = validate(d);
  CHECK(has_problem(p, "events[0].end_date", "2022-02-28 is before date 2022-03-01"));
  CHECK(has_problem(p, "people[0].roles[1].to", "2021 is before from 2022-07-01"));
  CHECK(has_problem(p, "agreements[0].amends", "cannot amend itself"));
  CHECK(has_problem(p, "organizations[1].parent", "cannot be its own parent"));
  CHECK(has_problem(p, "events[1].part_of", "cannot be part of itself"));
  CHECK(has_problem(p, "events[2].status", "\"rumoured\" is not one of held, planned"));
  CHECK(has_problem(p, "events[2].countries", "at least one country"));
  CHECK(has_problem(p, "events[2].sources", "at least one source"));
  CHECK(has_problem(p, "events[1].countries[3]", "\"LAO\" is listed twice"));
  CHECK(has_problem(p, "sources[1].language", "\"de\" is not one of en, fr, vi"));
}
