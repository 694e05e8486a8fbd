#include <catch2/catch.hpp>

#include "navigation_history.h"

using namespace accord;

namespace {
ViewState place(View view, const std::string& selected = "") {
  ViewState s;
  s.view = view;
  s.selected = selected;
  return s;
}
}  // namespace

TEST_CASE("Back and Forward walk the places visited, as a browser's history does", "[nav]") {
  NavigationHistory h;
  CHECK_FALSE(h.back(place(View::Timeline)));
  h.push(place(View::Timeline));  // timeline -> people
  h.push(place(View::People));    // people -> person
  const ViewState person = place(View::People, "p-to-lam");

  std::optional<ViewState> to = h.back(person);
  REQUIRE(to);
  CHECK(same_place(*to, place(View::People)));
  to = h.back(*to);
  REQUIRE(to);
  CHECK(same_place(*to, place(View::Timeline)));
  CHECK_FALSE(h.can_go_back());
  to = h.forward(*to);
  REQUIRE(to);
  CHECK(same_place(*to, place(View::People)));
  REQUIRE(h.peek_forward());
  CHECK(same_place(*h.peek_forward(), person));

  h.push(*to);  // a new place from the middle drops what Forward held
  CHECK_FALSE(h.can_go_forward());
  const NavigationHistory::Moves moves = h.take_moves();
  CHECK(moves.pushes == 3);
  CHECK(moves.backs == 2);
  CHECK(moves.forwards == 1);
  CHECK(h.take_moves().pushes == 0);
}

TEST_CASE("Back remembers at most kLimit places, forgetting the oldest", "[nav]") {
  NavigationHistory h;
  for (size_t i = 0; i < NavigationHistory::kLimit + 50; ++i) h.push(place(View::Event, "ev-" + std::to_string(i)));
  size_t steps = 0;
  ViewState at = place(View::Timeline);
  while (std::optional<ViewState> previous = h.back(at)) {
    at = *previous;
    ++steps;
  }
  CHECK(steps == NavigationHistory::kLimit);
  CHECK(at.selected == "ev-50");  // the first 50 were forgotten
}

TEST_CASE("places differ by view, selection and every part of the filter", "[nav]") {
  ViewState a = place(View::Timeline);
  ViewState b = a;
  CHECK(same_place(a, b));
  b.filter.topics = {"drugs"};
  CHECK_FALSE(same_place(a, b));
  b = a;
  b.filter.from = Date::parse("2024");
  CHECK_FALSE(same_place(a, b));
  b = a;
  b.selected = "ev-1";
  CHECK_FALSE(same_place(a, b));
}
