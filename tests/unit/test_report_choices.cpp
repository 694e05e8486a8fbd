// One event, many reports, after the merge: the user picks the value a
// source gave (dispute_pick.h) or splits a source off as its own event
// (report_split.h). Fixtures: the two reports of the Phnom Penh talks
// (tests/fixtures/reports, our own words) and events made here.
#include <catch2/catch.hpp>

#include "dispute_pick.h"
#include "edit_history.h"
#include "fact_merge.h"
#include "fixtures.h"
#include "report_split.h"
#include "validate.h"

using namespace accord;

namespace {

const std::string kTalks = "ev-2025-03-12-vnm-khm-talks";
const std::string kEnglish = "src-2025-03-12-vnm-khm-talks";
const std::string kFrench = "src-2025-03-13-vnm-khm-talks";

Dataset both_reports() {
  LoadResult r = load_dataset_file(fixture_path("reports/with-both-reports.json"));
  if (!r.ok()) throw std::runtime_error("with-both-reports.json does not load");
  return std::move(r.dataset);
}

// A river patrol two outlets reported: the second says another day, another
// type, another town and another count of the boats checked.
struct Patrol {
  Dataset d = small_fixture();
  Event merged;
  Patrol() {
    Event ours = test_event("ev-patrol");
    ours.title = "Joint river patrol on the Mekong";
    ours.type = EventType::JointOperation;
    ours.date = *Date::parse("2024-06-10");
    ours.location = {"Pakse", "LAO", false};
    ours.figures = {{40, "boats", "boats checked", "", "src-a"}};
    Event report = ours;
    report.type = EventType::Visit;
    report.date = *Date::parse("2024-06-11");
    report.location = {"Champasak", "LAO", false};
    report.figures = {{44, "boats", "boats checked", "", "src-b"}};
    merged = merge_report(ours, report, "src-b");
  }
  size_t dispute(const std::string& field) const {
    for (size_t i = 0; i < merged.disputed.size(); ++i)
      if (merged.disputed[i].field == field) return i;
    throw std::runtime_error("no dispute of " + field);
  }
};

std::vector<std::string> disputes(const Event& e) {
  std::vector<std::string> out;
  for (const Dispute& x : e.disputed) out.push_back(x.field + "=" + x.value + "@" + x.source);
  return out;
}

}  // namespace

TEST_CASE("using a source's date makes it the event's and keeps the old date as a dispute", "[resolve][pick]") {
  Patrol p;
  Event picked;
  std::string why;
  REQUIRE(pick_dispute(p.merged, p.dispute("date"), picked, why));
  CHECK(picked.date.iso() == "2024-06-11");
  CHECK(disputes(picked) == std::vector<std::string>{"type=visit@src-b", "place=Champasak|LAO@src-b",
                                                     "figure=44 boats boats checked@src-b", "date=2024-06-10@src-a"});
  // Picked back: the first date again, the second source's date disputed again.
  size_t back = 0;
  while (picked.disputed[back].field != "date") ++back;
  Event again;
  REQUIRE(pick_dispute(picked, back, again, why));
  CHECK(again.date.iso() == "2024-06-10");
  CHECK(disputes(again).back() == "date=2024-06-11@src-b");
}

TEST_CASE("using a source's type, place or count changes that field alone", "[resolve][pick]") {
  Patrol p;
  Event e;
  std::string why;
  REQUIRE(pick_dispute(p.merged, p.dispute("type"), e, why));
  CHECK(e.type == EventType::Visit);
  CHECK(e.date.iso() == p.merged.date.iso());
  CHECK(disputes(e).back() == "type=joint_operation@src-a");

  REQUIRE(pick_dispute(p.merged, p.dispute("place"), e, why));
  CHECK(e.location.city == "Champasak");
  CHECK(e.location.country == "LAO");
  CHECK(disputes(e).back() == "place=Pakse|LAO@src-a");

  REQUIRE(pick_dispute(p.merged, p.dispute("figure"), e, why));
  REQUIRE(e.figures.size() == 2);  // both counts stay, the picked one first
  CHECK(e.figures[0].quantity == 44);
  CHECK(e.figures[0].source == "src-b");
  CHECK(e.figures[1].quantity == 40);
  CHECK(disputes(e).back() == "figure=40 boats boats checked@src-a");
  CHECK(disputes(e).size() == p.merged.disputed.size());  // one swapped for another: nothing lost

  p.d.events.push_back(e);
  CHECK(validate(p.d).empty());
}

TEST_CASE("a dispute that cannot be read or does not exist is refused", "[resolve][pick]") {
  Patrol p;
  Event e;
  std::string why;
  CHECK_FALSE(pick_dispute(p.merged, p.merged.disputed.size(), e, why));
  CHECK_FALSE(why.empty());
  Event odd = p.merged;
  odd.disputed.push_back({"date", "the spring", "src-b"});
  CHECK_FALSE(pick_dispute(odd, odd.disputed.size() - 1, e, why));
  CHECK(why.find("not a date") != std::string::npos);
  odd.disputed.push_back({"summary", "another text", "src-b"});
  CHECK_FALSE(can_pick_dispute(odd.disputed.back()));
  CHECK_FALSE(pick_dispute(odd, odd.disputed.size() - 1, e, why));
}

TEST_CASE("splitting off a source whose value was picked gives the event back its own", "[resolve][pick][split]") {
  Patrol p;
  Event e = p.merged;
  std::string why;
  for (const char* field : {"date", "type", "place", "figure"}) {
    size_t i = 0;
    while (e.disputed[i].field != field) ++i;
    Event next;
    REQUIRE(pick_dispute(e, i, next, why));
    e = next;
  }
  CHECK(e.date.iso() == "2024-06-11");
  SplitResult s;
  REQUIRE(split_source(e, "src-b", "", "ev-second", s, why));
  CHECK(s.kept.date.iso() == "2024-06-10");
  CHECK(s.kept.type == EventType::JointOperation);
  CHECK(s.kept.location.city == "Pakse");
  REQUIRE(s.kept.figures.size() == 1);
  CHECK(s.kept.figures[0].quantity == 40);
  CHECK(s.kept.disputed.empty());
  CHECK(s.split.date.iso() == "2024-06-11");
  CHECK(s.split.type == EventType::Visit);
  CHECK(s.split.location.city == "Champasak");
  REQUIRE(s.split.figures.size() == 1);
  CHECK(s.split.figures[0].quantity == 44);
}

TEST_CASE("the split change names the new event and moves the steps its source reported", "[resolve][split]") {
  Dataset d = both_reports();
  const Event* talks = d.find_event(kTalks);
  REQUIRE(talks);
  CHECK(can_split_source(*talks, kFrench));
  CHECK_FALSE(can_split_source(*talks, kEnglish));  // the first source: its facts are the event's
  CHECK_FALSE(can_split_source(*talks, "src-a"));   // not a source of this event

  const ReportSplit refused = split_report_change(d, kTalks, kEnglish);
  CHECK_FALSE(refused.ok());
  CHECK(refused.why.find("first source") != std::string::npos);
  CHECK_FALSE(split_report_change(d, "ev-none", kFrench).ok());

  const ReportSplit split = split_report_change(d, kTalks, kFrench);
  REQUIRE(split.ok());
  CHECK(split.new_event_id == "ev-2025-03-13-vnm-khm-talks");
  REQUIRE(split.change.upsert_events.size() == 2);
  EditHistory history;
  REQUIRE(history.apply(d, split.change).empty());
  const Event* kept = d.find_event(kTalks);
  const Event* made = d.find_event(split.new_event_id);
  REQUIRE(kept);
  REQUIRE(made);
  CHECK(kept->sources == std::vector<std::string>{kEnglish});
  CHECK(kept->disputed.empty());
  CHECK(made->sources == std::vector<std::string>{kFrench});
  CHECK(made->date.iso() == "2025-03-13");
  const Agreement* mou = d.find_agreement("ag-2025-memorandum-of-understanding-on-sharing-information");
  REQUIRE(mou);
  REQUIRE(mou->history.size() == 2);
  CHECK(mou->history[0].event == kTalks);              // the English report's step stays
  CHECK(mou->history[1].event == split.new_event_id);  // the French one's goes with it
  CHECK(validate(d).empty());
  // One change: undo puts the event back as it was.
  history.undo(d);
  CHECK(d.find_event(split.new_event_id) == nullptr);
  CHECK(d.find_event(kTalks)->sources.size() == 2);

  // An id already taken gets a number.
  Event taken = *d.find_event("ev-1");
  taken.id = "ev-2025-03-13-vnm-khm-talks";
  d.events.push_back(taken);
  CHECK(split_report_change(d, kTalks, kFrench).new_event_id == "ev-2025-03-13-vnm-khm-talks-2");
}
