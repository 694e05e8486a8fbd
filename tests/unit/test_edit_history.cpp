#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>

#include "dataset_json.h"
#include "edit_history.h"
#include "fixtures.h"
#include "synth.h"
#include "validate.h"

using namespace accord;

TEST_CASE("an upsert appends a new record and replaces one with the same id", "[edit]") {
  Dataset d = small_fixture();
  EditHistory h;
  DatasetChange add;
  add.label = "Add event ev-new";
  add.upsert_events.push_back(test_event("ev-new"));
  REQUIRE(h.apply(d, add).empty());
  REQUIRE(d.events.size() == 4);
  CHECK(d.events.back().id == "ev-new");

  DatasetChange edit;
  edit.label = "Edit event ev-2";
  Event changed = *d.find_event("ev-2");
  changed.title = "Renamed";
  edit.upsert_events.push_back(changed);
  REQUIRE(h.apply(d, edit).empty());
  CHECK(d.events.size() == 4);
  CHECK(d.events[1].title == "Renamed");
  CHECK(h.undo_label() == "Edit event ev-2");
  CHECK(validate(d).empty());
}

TEST_CASE("undo restores the dataset exactly, step by step", "[edit]") {
  Dataset d = small_fixture();
  const std::string original = dataset_to_json(d);
  EditHistory h;
  DatasetChange add;
  add.label = "Add";
  add.upsert_events.push_back(test_event("ev-new"));
  Country cambodia;
  cambodia.id = "KHM";
  cambodia.name = "Cambodia";
  add.upsert_countries.push_back(cambodia);
  REQUIRE(h.apply(d, add).empty());
  const std::string after_add = dataset_to_json(d);

  DatasetChange del;
  del.label = "Delete ev-1, ag-base and p-nguyen";
  del.delete_events = {"ev-1"};
  del.delete_agreements = {"ag-base"};
  del.delete_people = {"p-nguyen"};
  REQUIRE(h.apply(d, del).empty());
  CHECK(validate(d).empty());

  CHECK(h.undo(d) == "Delete ev-1, ag-base and p-nguyen");
  CHECK(dataset_to_json(d) == after_add);
  CHECK(h.undo(d) == "Add");
  CHECK(dataset_to_json(d) == original);
  CHECK_FALSE(h.can_undo());
  CHECK(h.undo_label().empty());
  CHECK(h.undo(d).empty());
}

TEST_CASE("deleting removes every reference to the deleted record", "[edit]") {
  Dataset d = small_fixture();
  EditHistory h;
  DatasetChange del;
  del.delete_agreements = {"ag-base"};
  del.delete_people = {"p-nguyen"};
  REQUIRE(h.apply(d, del).empty());
  CHECK(d.find_agreement("ag-base") == nullptr);
  for (const Event& e : d.events) {
    for (const AgreementAct& a : e.agreements) CHECK(a.agreement != "ag-base");
    CHECK(e.participants.empty());
  }
  CHECK(d.find_agreement("ag-protocol")->amends.empty());

  DatasetChange del_event;
  del_event.delete_events = {"ev-1"};
  REQUIRE(h.apply(d, del_event).empty());
  for (const AgreementStatus& s : d.find_agreement("ag-protocol")->history) CHECK(s.event != "ev-1");
  CHECK(d.find_agreement("ag-protocol")->history.size() == 1);  // the step stays, without its event
  CHECK(validate(d).empty());
}

TEST_CASE("an invalid change leaves the dataset untouched and says what is wrong", "[edit]") {
  Dataset d = small_fixture();
  const std::string original = dataset_to_json(d);
  EditHistory h;

  DatasetChange bad;
  Event e = test_event("ev-new");
  e.participants.push_back({"p-x", "", "guest"});
  bad.upsert_events.push_back(e);
  bad.upsert_people.push_back(d.people[0]);  // a harmless edit in the same batch is rolled back too
  bad.upsert_people.back().name = "Changed";
  const std::string message = h.apply(d, bad);
  CHECK(message == "event ev-new: participants[0].person: \"p-x\" is not a known person id");
  CHECK(dataset_to_json(d) == original);
  CHECK_FALSE(h.can_undo());

  DatasetChange unknown;
  unknown.delete_events = {"ev-nope"};
  CHECK(h.apply(d, unknown) == "delete_events: \"ev-nope\" is not a known event id");
  CHECK(dataset_to_json(d) == original);

  DatasetChange no_id;
  no_id.upsert_events.push_back(test_event(""));
  CHECK(h.apply(d, no_id) == "events[3].id: is missing");
  DatasetChange bad_topic;
  Event t = test_event("ev-t");
  t.topics = {"knitting"};
  bad_topic.upsert_events.push_back(t);
  CHECK(h.apply(d, bad_topic).find("event ev-t: topics[0]: \"knitting\" is not in the topic vocabulary") == 0);
  CHECK(dataset_to_json(d) == original);
}

TEST_CASE("a change that upserts many records at once", "[edit]") {
  Dataset d = small_fixture();
  const std::string original = dataset_to_json(d);
  EditHistory h;
  DatasetChange many;
  for (int i = 0; i < 100; ++i) many.upsert_events.push_back(test_event("ev-many-" + std::to_string(i)));
  many.upsert_events.push_back(test_event("ev-2"));  // replaces, through the id map
  REQUIRE(h.apply(d, many).empty());
  CHECK(d.events.size() == 103);
  CHECK(d.events[1].title == "Talks on drug couriers");
  CHECK(validate(d).empty());
  h.undo(d);
  CHECK(dataset_to_json(d) == original);
}

TEST_CASE("DatasetChange::empty", "[edit]") {
  DatasetChange c;
  c.label = "Nothing";
  CHECK(c.empty());
  c.delete_people.push_back("p-x");
  CHECK_FALSE(c.empty());
}

// Run by hand: accord_tests "[bench]" (about 1.5 GB of memory).
TEST_CASE("an edit of a million-event dataset checks only what it touched", "[.bench]") {
  Dataset d = synthesize(1000000, 7);
  using clock = std::chrono::steady_clock;
  const auto t0 = clock::now();
  REQUIRE(validate(d).empty());
  const auto t1 = clock::now();
  EditHistory h;
  DatasetChange edit;
  Event e = d.events[500000];
  e.title += " (edited)";
  edit.upsert_events.push_back(e);
  REQUIRE(h.apply(d, edit).empty());
  const auto t2 = clock::now();
  DatasetChange del;
  del.delete_events = {d.events[10].id};
  REQUIRE(h.apply(d, del).empty());
  const auto t3 = clock::now();
  h.undo(d);
  const auto t4 = clock::now();
  auto ms = [](clock::duration x) { return std::chrono::duration<double, std::milli>(x).count(); };
  std::printf("validate: %.1f ms, apply edit: %.2f ms, apply delete: %.1f ms, undo delete: %.1f ms\n", ms(t1 - t0),
              ms(t2 - t1), ms(t3 - t2), ms(t4 - t3));
  CHECK(ms(t2 - t1) * 10 < ms(t1 - t0));
}

TEST_CASE("a whole-dataset change is one step: undo brings the dataset back, redo the new one", "[edit]") {
  Dataset d = small_fixture();
  const std::string before = dataset_to_json(d);
  Dataset next = small_fixture();
  next.events.push_back(test_event("ev-merged"));
  const std::string after = dataset_to_json(next);
  EditHistory h;
  DatasetChange merge;
  merge.label = "Merge the data from example.org";
  merge.whole = std::make_shared<const Dataset>(next);
  REQUIRE(h.apply(d, merge).empty());
  CHECK(dataset_to_json(d) == after);
  CHECK(h.last_effects().everything);  // an index cannot follow it: it is rebuilt
  CHECK(h.undo_label() == "Merge the data from example.org");

  CHECK(h.undo(d) == "Merge the data from example.org");
  CHECK(dataset_to_json(d) == before);
  CHECK(h.last_effects().everything);
  REQUIRE(h.redo(d).empty());
  CHECK(dataset_to_json(d) == after);

  DatasetChange broken;
  broken.label = "Replace with a broken dataset";
  Dataset invalid = next;
  invalid.events.back().countries = {"VNM", "XXX"};  // an unknown country
  broken.whole = std::make_shared<const Dataset>(invalid);
  CHECK_FALSE(h.apply(d, broken).empty());
  CHECK(dataset_to_json(d) == after);  // refused: unchanged
  CHECK(h.undo_label() == "Merge the data from example.org");
}
