#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "dataset_json.h"
#include "fixtures.h"

using namespace accord;
using nlohmann::json;

TEST_CASE("the fixture loads into the model", "[json]") {
  const LoadResult r = load_dataset_file(fixture_path("small.json"));
  REQUIRE(r.ok());
  const Dataset& d = r.dataset;
  CHECK(d.schema_version == 1);
  CHECK(d.home_country == "VNM");
  REQUIRE(d.events.size() == 3);
  const Event& ev2 = d.events[1];
  CHECK(ev2.date.iso() == "2023-07-15");
  CHECK(ev2.date.basis == DateBasis::Weekday);
  CHECK(ev2.date.reason.find("Saturday") != std::string::npos);
  CHECK(d.events[2].status == "planned");
  CHECK(d.events[2].location.is_virtual);
  CHECK(d.events[2].date.precision == DatePrecision::Year);
  REQUIRE(d.events[0].figures.size() == 1);
  CHECK(d.events[0].figures[0].quantity == Approx(12.5));
  CHECK(d.find_agreement("ag-protocol")->amends == "ag-base");
  REQUIRE(d.people[0].roles.size() == 2);
  CHECK(d.people[0].roles[1].rank == "Major General");
}

TEST_CASE("loading then saving is lossless", "[json]") {
  const std::string original = read_text(fixture_path("small.json"));
  const LoadResult first = parse_dataset(original);
  REQUIRE(first.ok());
  const std::string saved = dataset_to_json(first.dataset);
  // Same JSON value as the file we read, and a fixed point from then on.
  CHECK(json::parse(saved) == json::parse(original));
  const LoadResult second = parse_dataset(saved);
  REQUIRE(second.ok());
  CHECK(dataset_to_json(second.dataset) == saved);
}

TEST_CASE("the shipped dataset survives a round trip unchanged", "[json][seed]") {
  const std::string original = read_text(ACCORD_DEFAULT_DATASET);
  const LoadResult r = parse_dataset(original);
  REQUIRE(r.ok());
  CHECK(json::parse(dataset_to_json(r.dataset)) == json::parse(original));
}

TEST_CASE("a JSON syntax error says line and column", "[json][errors]") {
  const LoadResult r = parse_dataset("{\n  \"schema_version\": 1,\n  \"events\": [\n    {\"id\": \"x\",, }\n  ]\n}\n");
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].line == 4);
  CHECK(r.problems[0].column == 16);
  CHECK(r.problems[0].to_string().find("line 4, column 16") != std::string::npos);
}

TEST_CASE("a number too large for a double is reported with its place, not thrown", "[json][errors]") {
  // Found by fuzz/run.sh: nlohmann throws out_of_range, not parse_error, here.
  const LoadResult r = parse_dataset("{\n  \"schema_version\": 1,\n  \"events\": [1e999]\n}\n");
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].message.find("number out of range: 1e999") != std::string::npos);
  CHECK(r.problems[0].line == 3);
  CHECK(r.problems[0].column == 14);
}

TEST_CASE("truncated JSON is reported, not thrown", "[json][errors]") {
  const std::string text = read_text(fixture_path("small.json"));
  const LoadResult r = parse_dataset(text.substr(0, text.size() / 2));
  REQUIRE_FALSE(r.ok());
  CHECK(r.problems[0].message.find("not valid JSON") != std::string::npos);
  CHECK(r.problems[0].line > 1);
}

TEST_CASE("every shape error is reported with its path", "[json][errors]") {
  const LoadResult r = parse_dataset(R"({
    "schema_version": 1,
    "colour": "blue",
    "sources": [{"id": "s", "title": "T", "published": "2024-02-30"}],
    "countries": [{"id": "VNM", "name": 7}],
    "people": [{"id": "p", "name": "P", "roles": [{"title": "Chief", "from": {"value": "2020", "basis": "hunch", "reason": "x"}}]}],
    "agreements": [{"id": "a", "kind": "pact", "title": "A", "history": [{"action": "ratified"}]}],
    "events": [
      {"id": "e", "title": "E", "type": "party", "date": "2024-13-01", "countries": "VNM", "location": {"virtual": "yes"},
       "figures": [{"quantity": "ten", "what": "cases"}], "topics": [3]},
      "not an object",
      {"title": "No id", "type": "talks"}
    ]
  })");
  const auto& p = r.problems;
  CHECK(has_problem(p, "colour", "unknown key"));
  CHECK(has_problem(p, "sources[0].published", "\"2024-02-30\" is not a date"));
  CHECK(has_problem(p, "countries[0].name", "expected a string, found the number 7"));
  CHECK(has_problem(p, "people[0].roles[0].from.basis", "\"hunch\" is not one of"));
  CHECK(has_problem(p, "agreements[0].kind", "\"pact\" is not one of"));
  CHECK(has_problem(p, "agreements[0].history[0].action", "\"ratified\" is not one of"));
  CHECK(has_problem(p, "events[0].type", "\"party\" is not one of"));
  CHECK(has_problem(p, "events[0].date", "\"2024-13-01\" is not a date"));
  CHECK(has_problem(p, "events[0].countries", "expected a list of strings"));
  CHECK(has_problem(p, "events[0].location.virtual", "expected true or false"));
  CHECK(has_problem(p, "events[0].figures[0].quantity", "expected a number"));
  CHECK(has_problem(p, "events[0].topics[0]", "expected a string"));
  CHECK(has_problem(p, "events[1]", "expected an object"));
  CHECK(has_problem(p, "events[2].id", "is missing"));
  CHECK(has_problem(p, "events[2].date", "is missing"));
  CHECK(p.size() == 15);
}

TEST_CASE("the schema version is checked", "[json][errors]") {
  CHECK(has_problem(parse_dataset("{}").problems, "schema_version", "is missing"));
  CHECK(has_problem(parse_dataset(R"({"schema_version": 2})").problems, "schema_version", "not supported"));
  CHECK(has_problem(parse_dataset(R"({"schema_version": "1"})").problems, "schema_version", "whole number"));
  CHECK(has_problem(parse_dataset("[1, 2]").problems, "(top level)", "expected an object"));
}

TEST_CASE("a missing file is a problem, not a crash", "[json][errors]") {
  const LoadResult r = load_dataset_file(fixture_path("does-not-exist.json"));
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].to_string().find("cannot open") != std::string::npos);
}

TEST_CASE("saving replaces the file atomically", "[json][save]") {
  const std::string path = (std::filesystem::temp_directory_path() / "accord-save-test.json").string();
  const LoadResult r = load_dataset_file(fixture_path("small.json"));
  REQUIRE(r.ok());
  REQUIRE(save_dataset_file(r.dataset, path).empty());
  CHECK(read_text(path) == dataset_to_json(r.dataset));
  CHECK(read_text(path + ".tmp").empty());  // no leftover temporary file

  // A save into a folder that does not exist fails and says so.
  const std::string err = save_dataset_file(r.dataset, "/nonexistent-folder/x.json");
  CHECK(err.find("cannot write") != std::string::npos);
  std::remove(path.c_str());
}
