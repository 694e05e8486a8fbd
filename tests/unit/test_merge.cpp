#include <catch2/catch.hpp>

#include "fixtures.h"
#include "merge.h"
#include "validate.h"

using namespace accord;

TEST_CASE("title words are folded and drop the small words", "[merge]") {
  CHECK(title_words("Hội đàm giữa Bộ Công an và Lào") ==
        std::vector<std::string>{"hoi", "dam", "giua", "bo", "cong", "an", "lao"});
  CHECK(title_words("Talks on the border, in Vientiane") == std::vector<std::string>{"talks", "border", "vientiane"});
  CHECK(title_similarity("Border talks in Vientiane", "border TALKS, Vientiane") == Approx(1.0));
  CHECK(title_similarity("Border talks in Vientiane", "Drug seizure report") == Approx(0.0));
  CHECK(title_similarity("Border talks in Vientiane", "Border talks in Hanoi") == Approx(2.0 / 3.0));
}

TEST_CASE("the same event: near date, partners, people, place and title", "[merge]") {
  // is_same_event is the event resolver's answer (test_event_resolution.cpp).
  const Dataset d = small_fixture();
  Event a = d.events[0];
  Event b = a;
  b.id = "ev-other-id";
  b.title = "Border talks held in Vientiane";
  CHECK(is_same_event(a, b, &d, &d));
  std::reverse(b.countries.begin(), b.countries.end());
  CHECK(is_same_event(a, b, &d, &d));  // the set, not the order
  b.countries = {"VNM", "THA"};
  CHECK_FALSE(is_same_event(a, b, &d, &d));  // another partner
  b = a;
  b.date = *Date::parse("2022-03-02");
  CHECK(is_same_event(a, b, &d, &d));  // a day apart: one report a day late
  b.date = *Date::parse("2022-03-20");
  CHECK_FALSE(is_same_event(a, b, &d, &d));  // weeks apart
  b.date = *Date::parse("2023-03-01");
  CHECK_FALSE(is_same_event(a, b, &d, &d));  // a year apart
  b = a;
  b.title = "Cooperation on fishing";
  b.location.city = "Luang Prabang";
  b.participants.clear();
  CHECK_FALSE(is_same_event(a, b, &d, &d));
}

TEST_CASE("merging a dataset into itself adds nothing and finds no conflict", "[merge]") {
  Dataset d = small_fixture();
  const MergeReport r = merge_dataset(d, small_fixture());
  CHECK(r.added == 0);
  CHECK(r.conflicts.empty());
  CHECK(r.unchanged == 2 + 3 + 2 + 1 + 1 + 2 + 3);
  CHECK(r.summary() == "0 events added, 14 already present, 0 conflicts");
}

TEST_CASE("new records are added, differing ones reported with the first differing field, ours kept", "[merge]") {
  Dataset ours = small_fixture();
  Dataset theirs = small_fixture();
  theirs.events[1].title = "A different title";
  Event fresh = theirs.events[2];
  fresh.id = "ev-fresh";
  fresh.date = *Date::parse("2025-01-01");
  theirs.events.push_back(fresh);
  Country khm;
  khm.id = "KHM";
  khm.name = "Cambodia";
  theirs.countries.push_back(khm);

  const std::string kept_title = ours.events[1].title;
  const MergeReport r = merge_dataset(ours, theirs);
  CHECK(r.added_events == 1);
  CHECK(r.added == 2);
  REQUIRE(r.conflicts.size() == 1);
  CHECK(r.conflicts[0].kind == "event");
  CHECK(r.conflicts[0].id == "ev-2");
  CHECK(r.conflicts[0].field == "title");
  CHECK(r.conflicts[0].ours == kept_title);
  CHECK(r.conflicts[0].theirs == "A different title");
  CHECK(ours.events[1].title == kept_title);
  CHECK(ours.find_event("ev-fresh") != nullptr);
  CHECK(ours.find_country("KHM") != nullptr);
  CHECK(r.summary() == "1 event added (and 1 other record), 13 already present, 1 conflict");
  CHECK(validate(ours).empty());
}

TEST_CASE("an incoming event matching ours under another id is not added twice, references follow", "[merge]") {
  Dataset ours = small_fixture();
  Dataset theirs = small_fixture();
  theirs.events[0].id = "ev-their-1";
  theirs.events[0].title = "Vientiane border talks";
  for (Agreement& a : theirs.agreements)
    for (AgreementStatus& s : a.history)
      if (s.event == "ev-1") s.event = "ev-their-1";
  Event child = theirs.events[2];
  child.id = "ev-child";
  child.part_of = "ev-their-1";
  child.date = *Date::parse("2025-03-03");
  theirs.events.push_back(child);

  const MergeReport r = merge_dataset(ours, theirs);
  CHECK(r.added_events == 1);
  const Event* added = ours.find_event("ev-child");
  REQUIRE(added != nullptr);
  CHECK(added->part_of == "ev-1");
  REQUIRE(r.conflicts.size() == 1);  // the title differs
  CHECK(r.conflicts[0].id == "ev-1");
  CHECK(r.conflicts[0].incoming_id == "ev-their-1");
  CHECK(r.conflicts[0].field == "title");
  CHECK(ours.find_event("ev-their-1") == nullptr);
  CHECK(validate(ours).empty());
}

TEST_CASE("incoming records whose references do not resolve are not added, and say why", "[merge]") {
  Dataset ours = small_fixture();
  Dataset theirs;
  Person ghost;
  ghost.id = "p-ghost";
  ghost.name = "Ghost";
  ghost.country = "ATL";  // no such country on either side
  theirs.people.push_back(ghost);
  Event e = ours.events[2];
  e.id = "ev-needs-ghost";
  e.date = *Date::parse("2025-02-02");
  e.participants = {{"p-ghost", "", "guest"}};
  theirs.events.push_back(e);

  const std::string before = dataset_to_json(ours);
  const MergeReport r = merge_dataset(ours, theirs);
  CHECK(r.added == 0);
  REQUIRE(r.problems.size() == 2);
  CHECK(r.problems[0] == "people \"p-ghost\" not added: country: \"ATL\" is not a known country id");
  CHECK(r.problems[1] ==
        "events \"ev-needs-ghost\" not added: participants[0].person: \"p-ghost\" is not a known person id");
  CHECK(dataset_to_json(ours) == before);
  CHECK(r.summary() == "0 events added, 0 already present, 0 conflicts, 2 records not added");
}

TEST_CASE("an incoming event that may be one of ours is added and named as possibly the same", "[merge]") {
  Dataset ours = small_fixture();
  Dataset theirs = small_fixture();
  theirs.events = {theirs.events[0]};
  Event& e = theirs.events[0];
  e.id = "ev-their-call";
  e.title = "A courtesy call in the capital";
  e.agreements.clear();
  e.figures.clear();
  e.mechanisms.clear();
  e.commitments.clear();
  const MergeReport r = merge_dataset(ours, theirs);
  CHECK(r.added_events == 1);
  REQUIRE(r.possible_same.size() == 1);
  CHECK(r.possible_same[0].rfind("ev-their-call may be ev-1 (score ", 0) == 0);
  CHECK(validate(ours).empty());
}
