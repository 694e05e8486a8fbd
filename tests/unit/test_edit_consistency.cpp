#include <catch2/catch.hpp>

#include "edit_consistency.h"
#include "edit_history.h"
#include "fixtures.h"
#include "validate.h"

using namespace accord;

namespace {

Date day(const char* iso) { return *Date::parse(iso); }

// The fixture plus a role that ev-1's source (src-a) dated on ev-1's day.
Dataset fixture_with_dated_role() {
  Dataset d = small_fixture();
  Role r;
  r.title = "Head of delegation";
  r.from = day("2022-03-01");
  r.source = "src-a";
  d.people[0].roles.push_back(r);
  return d;
}

}  // namespace

TEST_CASE("a moved event takes its agreement acts and the roles its sources dated", "[consistency]") {
  const Dataset d = fixture_with_dated_role();
  const Event before = *d.find_event("ev-1");
  Event after = before;
  after.date = day("2022-03-04");
  const FollowingEdits f = edits_following_event(d, before, after);
  REQUIRE(f.agreements.size() == 2);  // ag-base amended, ag-protocol signed, both by ev-1 on 2022-03-01
  for (const Agreement& a : f.agreements)
    for (const AgreementStatus& s : a.history)
      if (s.event == "ev-1") CHECK(s.date->iso() == "2022-03-04");
  // ag-base's signing in 2020 had no event: it stays.
  const Agreement& base = f.agreements[0].id == "ag-base" ? f.agreements[0] : f.agreements[1];
  CHECK(base.history[0].date->iso() == "2020-05");
  REQUIRE(f.people.size() == 1);
  CHECK(f.people[0].roles.back().from->iso() == "2022-03-04");
  CHECK(f.people[0].roles[0].from->iso() == "2019");  // another date: unchanged
  CHECK(f.descriptions.size() == 3);
}

TEST_CASE("an unchanged date, another source or another date moves nothing", "[consistency]") {
  Dataset d = fixture_with_dated_role();
  const Event before = *d.find_event("ev-1");
  Event same = before;
  same.title = "Renamed";
  CHECK(edits_following_event(d, before, same).empty());

  // The role was dated by src-b, which is not ev-1's source.
  d.people[0].roles.back().source = "src-b";
  Event moved = before;
  moved.date = day("2022-03-04");
  FollowingEdits f = edits_following_event(d, before, moved);
  CHECK(f.people.empty());
  CHECK(f.agreements.size() == 2);

  // An act of ev-1 dated another day is the user's choice: left alone.
  for (Agreement& a : d.agreements)
    for (AgreementStatus& s : a.history)
      if (s.event == "ev-1") s.date = day("2022-02-28");
  f = edits_following_event(d, before, moved);
  CHECK(f.agreements.empty());
}

TEST_CASE("records the change already rewrites are skipped", "[consistency]") {
  const Dataset d = fixture_with_dated_role();
  const Event before = *d.find_event("ev-1");
  Event after = before;
  after.date = day("2022-03-04");
  const FollowingEdits f = edits_following_event(d, before, after, {"ag-base"}, {"p-nguyen"});
  REQUIRE(f.agreements.size() == 1);
  CHECK(f.agreements[0].id == "ag-protocol");
  CHECK(f.people.empty());
}

TEST_CASE("the following edits save and undo as one step with the event", "[consistency]") {
  Dataset d = fixture_with_dated_role();
  const Dataset original = d;
  const Event before = *d.find_event("ev-1");
  Event after = before;
  after.date = day("2022-03-04");
  const FollowingEdits f = edits_following_event(d, before, after);
  DatasetChange change;
  change.label = "Edit event ev-1";
  change.upsert_events = {after};
  change.upsert_agreements = f.agreements;
  change.upsert_people = f.people;
  EditHistory h;
  REQUIRE(h.apply(d, change).empty());
  CHECK(validate(d).empty());
  CHECK(d.find_agreement("ag-protocol")->history[0].date->iso() == "2022-03-04");
  CHECK(d.find_person("p-nguyen")->roles.back().from->iso() == "2022-03-04");
  h.undo(d);
  CHECK(d.find_agreement("ag-protocol")->history[0].date->iso() == "2022-03-01");
  CHECK(d.find_person("p-nguyen")->roles.back().from->iso() == "2022-03-01");
  CHECK(dataset_to_json(d) == dataset_to_json(original));
}
