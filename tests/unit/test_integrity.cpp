// Integrity rules every door shares through validate: chains of parents
// that never come back round, fields no longer than a person can read,
// and messages that quote user data at a readable length.
#include <catch2/catch.hpp>

#include "field_limits.h"
#include "fixtures.h"
#include "merge.h"
#include "text_excerpt.h"
#include "validate.h"

using namespace accord;

namespace {

size_t count_with(const std::vector<Problem>& problems, const std::string& words) {
  size_t n = 0;
  for (const Problem& p : problems) n += p.message.find(words) != std::string::npos;
  return n;
}

Agreement agreement(const std::string& id, const std::string& amends) {
  Agreement a;
  a.id = id;
  a.title = "Plan " + id;
  a.parties = {"VNM", "LAO"};
  a.amends = amends;
  return a;
}

}  // namespace

TEST_CASE("two agreements that amend each other are a circle", "[integrity]") {
  Dataset d = small_fixture();
  d.agreements[0].amends = "ag-protocol";  // ag-protocol already amends ag-base
  REQUIRE(d.agreements[1].amends == "ag-base");
  const auto p = validate(d);
  CHECK(has_problem(p, "agreements[0].amends", "\"ag-base\" \u2192 \"ag-protocol\" \u2192 \"ag-base\" goes round"));
  CHECK(count_with(p, "goes round in a circle") == 1);  // one circle, said once
}

TEST_CASE("a circle of three agreements is found wherever the walk starts", "[integrity]") {
  Dataset d = small_fixture();
  d.agreements.push_back(agreement("ag-c", "ag-d"));
  d.agreements.push_back(agreement("ag-d", "ag-e"));
  d.agreements.push_back(agreement("ag-e", "ag-c"));
  const auto p = validate(d);
  CHECK(has_problem(p, "agreements[2].amends", "\"ag-c\" \u2192 \"ag-d\" \u2192 \"ag-e\" \u2192 \"ag-c\""));
  CHECK(has_problem(p, "agreements[2].amends", "(3 records)"));
  CHECK(count_with(p, "goes round") == 1);

  // Checking only the record an edit touched finds the same circle.
  RecordSelection edited;
  edited.agreements = {4};
  CHECK(count_with(validate_records(d, edited), "goes round") == 1);
}

TEST_CASE("a long chain that ends is not a circle", "[integrity]") {
  Dataset d = small_fixture();
  std::string previous = "ag-protocol";
  for (int i = 0; i < 500; ++i) {
    const std::string id = "ag-link-" + std::to_string(i);
    d.agreements.push_back(agreement(id, previous));
    previous = id;
  }
  CHECK(validate(d).empty());
  RecordSelection last;
  last.agreements = {d.agreements.size() - 1};
  CHECK(validate_records(d, last).empty());
}

TEST_CASE("organizations and events can't be their own ancestors either", "[integrity]") {
  Dataset d = small_fixture();
  d.organizations[1].parent = "org-mps";
  d.organizations[0].parent = "org-dept";
  d.events[0].part_of = "ev-2";
  d.events[1].part_of = "ev-3";
  d.events[2].part_of = "ev-1";
  const auto p = validate(d);
  CHECK(has_problem(p, "organizations[0].parent", "\"org-mps\" \u2192 \"org-dept\" \u2192 \"org-mps\""));
  CHECK(has_problem(p, "events[0].part_of", "\"ev-1\" \u2192 \"ev-2\" \u2192 \"ev-3\" \u2192 \"ev-1\""));
  CHECK(count_with(p, "goes round") == 2);
}

TEST_CASE("pointing at oneself keeps its own message, not a circle of one", "[integrity]") {
  Dataset d = small_fixture();
  d.agreements[0].amends = "ag-base";
  const auto p = validate(d);
  CHECK(has_problem(p, "agreements[0].amends", "an agreement cannot amend itself"));
  CHECK(count_with(p, "goes round") == 0);
}

TEST_CASE("a title over the line limit is refused with its length and a short quote", "[integrity]") {
  Dataset d = small_fixture();
  d.events[0].title = std::string(kMaxLineCharacters, 'a');
  CHECK(validate(d).empty());     // at the limit: allowed
  d.events[0].title += "\u00e2";  // one more character, two more bytes
  const auto p = validate(d);
  REQUIRE(p.size() == 1);
  CHECK(p[0].path == "events[0].title");
  CHECK(p[0].message.find("is 1,001 characters long, more than the 1,000 a one-line field may have") == 0);
  CHECK(p[0].message.size() < 250);
}

TEST_CASE("a summary may be long but not endless", "[integrity]") {
  Dataset d = small_fixture();
  // Characters, not bytes: 100,000 Vietnamese letters are 200,000 bytes.
  std::string summary;
  for (size_t i = 0; i < kMaxPassageCharacters; ++i) summary += "\u01a1";
  d.events[1].summary = summary;
  CHECK(validate(d).empty());
  d.events[1].summary += "x";
  CHECK(has_problem(validate(d), "events[1].summary", "100,001 characters long, more than the 100,000 a text"));
}

TEST_CASE("names in lists and ids have limits too", "[integrity]") {
  Dataset d = small_fixture();
  d.people[0].aliases.push_back(std::string(2000, 'n'));
  d.sources[0].id = std::string(kMaxIdBytes + 1, 's');
  const auto p = validate(d);
  CHECK(has_problem(p, "people[0].aliases[" + std::to_string(d.people[0].aliases.size() - 1) + "]",
                    "is 2,000 characters long"));
  CHECK(has_problem(p, "sources[0].id", "is longer than an id may be (200 characters)"));
}

TEST_CASE("a 20 MB title is quoted in a message at a readable length", "[integrity]") {
  const std::string huge(20 * 1024 * 1024, 't');
  const std::string quoted = quoted_for_message(huge);
  CHECK(quoted.size() < 120);
  CHECK(quoted.find("(20,971,520 characters)") != std::string::npos);

  // A merge conflict on that title says what differs without copying it.
  Dataset ours = small_fixture(), theirs = small_fixture();
  theirs.events[0].title = huge;
  const MergeReport report = merge_dataset(ours, theirs);
  REQUIRE(report.conflicts.size() == 1);
  CHECK(report.conflicts[0].field == "title");
  CHECK(report.conflicts[0].theirs.size() < 200);
}

TEST_CASE("excerpts never cut a character in two", "[integrity]") {
  CHECK(cut_to_characters("T\u00f4 L\u00e2m", 4) == "T\u00f4 L\u2026");
  CHECK(cut_to_characters("T\u00f4 L\u00e2m", 6) == "T\u00f4 L\u00e2m");
  CHECK(quoted_for_message("ng\u01b0\u1eddi", 2) == "\"ng\u2026\" (5 characters)");
  CHECK(utf8_characters("\xff\xfe") == 2);  // bytes that start no character count one each
  CHECK(with_thousands(999) == "999");
  CHECK(with_thousands(1000) == "1,000");
}
