// why_it_matched: the place an event's text holds a search, shown as
// written, with its field and a few words either side.
#include <catch2/catch.hpp>

#include "fixtures.h"
#include "search_context.h"
#include "text_fold.h"

using namespace accord;

TEST_CASE("a match in the title is shown as written, with its neighbours", "[search-context]") {
  Dataset d = small_fixture();
  Event& e = d.events[0];
  e.title = "Border talks in Vientiane on drug control";
  const auto c = why_it_matched(d, e, "VIENTIANE");
  REQUIRE(c);
  CHECK(c->field == "title");
  CHECK(c->before == "Border talks in ");
  CHECK(c->match == "Vientiane");
  CHECK(c->after == " on drug control");
}

TEST_CASE("diacritics folded away in the query are kept in the match", "[search-context]") {
  Dataset d = small_fixture();
  Event& e = d.events[1];
  e.title = "Conference on fraud";
  e.summary = "The ministers met in \u0110\u00e0 N\u1eb5ng to sign the plan.";
  const auto c = why_it_matched(d, e, "da nang");
  REQUIRE(c);
  CHECK(c->field == "summary");
  CHECK(c->match == "\u0110\u00e0 N\u1eb5ng");
  CHECK(c->after == " to sign the plan.");
}

TEST_CASE("a match in a person's name says so, and long context is cut", "[search-context]") {
  Dataset d = small_fixture();
  Event& e = d.events[0];
  REQUIRE_FALSE(e.participants.empty());
  Person* p = nullptr;
  for (Person& x : d.people)
    if (x.id == e.participants[0].person) p = &x;
  REQUIRE(p);
  p->native_name = "Nguy\u1ec5n V\u0103n An";
  e.summary = std::string(200, 'x');
  const auto c = why_it_matched(d, e, "van an", 5);
  REQUIRE(c);
  CHECK(c->field == "person");
  CHECK(c->match == "V\u0103n An");
  CHECK(c->before == "\u2026uy\u1ec5n ");  // five characters
  CHECK(c->after.empty());
  e.title = std::string(100, 'y') + " van an";
  const auto in_title = why_it_matched(d, e, "van an", 5);
  REQUIRE(in_title);
  CHECK(in_title->field == "title");
  CHECK(in_title->before == "\u2026yyyy ");
}

TEST_CASE("no match and an empty query give nothing", "[search-context]") {
  Dataset d = small_fixture();
  CHECK_FALSE(why_it_matched(d, d.events[0], "no such words anywhere"));
  CHECK_FALSE(why_it_matched(d, d.events[0], ""));
}

TEST_CASE("fold_mapped points each folded byte at the character it came from", "[search-context]") {
  std::vector<size_t> from;
  const std::string folded = fold_mapped("T\u00f4 L\u00e2m", from);
  CHECK(folded == "to lam");
  REQUIRE(from.size() == folded.size() + 1);
  CHECK(from[1] == 1);  // "o" from "ô" at byte 1
  CHECK(from[2] == 3);  // " " after the two-byte "ô"
  CHECK(from[5] == 7);  // "m"
  CHECK(from.back() == 8);
  CHECK(fold("T\u00f4 L\u00e2m") == folded);
}
