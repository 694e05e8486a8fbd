#include <catch2/catch.hpp>

#include <algorithm>

#include "fact_merge.h"
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

namespace {

Dataset reports_fixture(const std::string& name) {
  LoadResult r = load_dataset_file(fixture_path("reports/" + name));
  if (!r.ok()) throw std::runtime_error(name + " does not load: " + r.problems[0].to_string());
  return std::move(r.dataset);
}

std::vector<std::string> disputes_of(const Event& e) {
  std::vector<std::string> out;
  for (const Dispute& x : e.disputed) out.push_back(x.field + "=" + x.value + "@" + x.source);
  return out;
}

}  // namespace

TEST_CASE("an incoming report of one of our events merges its facts as another source", "[merge][resolve]") {
  Dataset ours = reports_fixture("with-talks.json");
  const Dataset theirs = reports_fixture("other-outlet.json");
  const std::string talks = "ev-2025-03-12-vnm-khm-talks";
  const Event before = *ours.find_event(talks);
  const size_t events = ours.events.size();

  const MergeReport r = merge_dataset(ours, theirs);
  CHECK(r.added_events == 0);
  CHECK(ours.events.size() == events);
  CHECK(ours.find_event("ev-wire-scam-talks") == nullptr);
  CHECK(r.conflicts.empty());
  CHECK(r.problems.empty());
  CHECK(r.merged_events == 1);
  CHECK(r.changed());
  REQUIRE(r.merged_reports.size() == 1);
  CHECK(r.merged_reports[0] == "ev-wire-scam-talks merged into " + talks +
                                   " (source src-wire-scam-talks): 3 facts added, 2 disagreements kept");
  CHECK(r.summary() ==
        "0 events added (and 1 other record), 7 already present, 0 conflicts, "
        "1 report merged into an event");

  const Event& e = *ours.find_event(talks);
  CHECK(e.sources == std::vector<std::string>{"src-2025-03-12-vnm-khm-talks", "src-wire-scam-talks"});
  CHECK(e.date.iso() == "2025-03-12");  // ours stays; theirs is a dispute
  CHECK(disputes_of(e) == std::vector<std::string>{"date=2025-03-13@src-wire-scam-talks",
                                                   "figure=720 victims victims rescued@src-wire-scam-talks"});
  CHECK(e.participants.size() == before.participants.size());
  CHECK(e.figures.size() == before.figures.size() + 2);  // 720 victims beside 640, and the websites
  CHECK(std::find(e.topics.begin(), e.topics.end(), "human_trafficking") != e.topics.end());
  CHECK(ours.find_source("src-wire-scam-talks") != nullptr);
  CHECK(validate(ours).empty());

  // The same file again: already merged, nothing changes.
  const std::string once = dataset_to_json(ours);
  const MergeReport again = merge_dataset(ours, theirs);
  CHECK_FALSE(again.changed());
  std::string conflicts;
  for (const MergeConflict& c : again.conflicts) conflicts += c.kind + " " + c.id + " " + c.field + "; ";
  INFO(conflicts);
  CHECK(again.conflicts.empty());
  CHECK(dataset_to_json(ours) == once);
}

TEST_CASE("an incoming copy of our event with another source merges that source's facts", "[merge][resolve]") {
  Dataset ours = reports_fixture("with-talks.json");
  const Dataset theirs = reports_fixture("with-both-reports.json");  // the same talks, the French report merged
  const std::string talks = "ev-2025-03-12-vnm-khm-talks";
  const MergeReport r = merge_dataset(ours, theirs);
  CHECK(r.merged_events == 1);
  for (const MergeConflict& c : r.conflicts) CHECK(c.kind != "event");
  const Event& e = *ours.find_event(talks);
  CHECK(e.sources.size() == 2);
  CHECK(disputes_of(e) == std::vector<std::string>{"date=2025-03-13@src-2025-03-13-vnm-khm-talks"});
  // What their side recorded of the French report stands: it can be split off again.
  CHECK(e.reported.size() == theirs.find_event(talks)->reported.size());
  SplitResult s;
  std::string why;
  CHECK(split_source(e, "src-2025-03-13-vnm-khm-talks", "", "ev-fr", s, why));
  CHECK(validate(ours).empty());
}

TEST_CASE("a report whose merge would not be valid is refused and says why", "[merge][resolve]") {
  Dataset ours = reports_fixture("with-talks.json");
  Dataset theirs = reports_fixture("other-outlet.json");
  theirs.events[0].participants.push_back({"p-nobody", "", "guest"});  // a person neither side has
  const std::string before = dataset_to_json(ours);
  const MergeReport r = merge_dataset(ours, theirs);
  CHECK(r.merged_events == 0);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].rfind("events \"ev-wire-scam-talks\" not merged into \"ev-2025-03-12-vnm-khm-talks\"", 0) == 0);
  CHECK(r.problems[0].find("p-nobody") != std::string::npos);
  CHECK(dataset_to_json(ours) == before);  // the source only that report cited is left out too
}

TEST_CASE("an incoming person who is ours under another id and spelling is ours", "[merge][resolve]") {
  Dataset ours = small_fixture();
  const size_t people = ours.people.size();
  Dataset theirs = small_fixture();
  Event e = theirs.events[0];
  e.id = "ev-wire-later-visit";
  e.title = "A later visit";
  e.date = *Date::parse("2023-09-14");
  for (Participation& x : e.participants) x.person = "p-wire-hoa";
  theirs.events = {e};
  Person p;
  p.id = "p-wire-hoa";
  p.name = "Nguyễn Thị Hoa";  // diacritics, the same words as ours ("Nguyen Thi Hoa")
  theirs.people.push_back(p);

  const MergeReport r = merge_dataset(ours, theirs);
  CHECK(r.added_events == 1);
  CHECK(ours.people.size() == people);  // no second record for her
  CHECK(ours.find_person("p-wire-hoa") == nullptr);
  REQUIRE(r.same_people.size() == 1);
  CHECK(r.same_people[0] == "p-wire-hoa is p-nguyen (\"Nguyen Thi Hoa\")");
  CHECK(r.summary().find("1 person matched to ours") != std::string::npos);
  const Event* added = ours.find_event("ev-wire-later-visit");
  REQUIRE(added);
  REQUIRE(!added->participants.empty());
  CHECK(added->participants[0].person == "p-nguyen");
  CHECK(validate(ours).empty());
}

TEST_CASE("an agreement a merged report acts on under another id and language is ours", "[merge][resolve]") {
  Dataset ours = small_fixture();
  const size_t agreements = ours.agreements.size();
  Dataset theirs = small_fixture();
  Source wire = theirs.sources[0];
  wire.id = "src-wire";
  wire.title = "Le Vietnam et le Laos signent un protocole";
  wire.language = "fr";
  theirs.sources.push_back(wire);
  Agreement protocole = *theirs.find_agreement("ag-protocol");
  protocole.id = "ag-wire-protocole";
  protocole.title = "Protocole modifiant le protocole d'accord";
  for (AgreementStatus& s : protocole.history) s.source = "src-wire";
  theirs.agreements.push_back(protocole);
  Event& e = theirs.events[0];  // ev-1, reported again by the wire
  e.sources.push_back("src-wire");
  for (AgreementAct& act : e.agreements)
    if (act.agreement == "ag-protocol") act.agreement = "ag-wire-protocole";

  const MergeReport r = merge_dataset(ours, theirs);
  REQUIRE(r.same_agreements.size() == 1);
  CHECK(r.same_agreements[0].rfind("ag-wire-protocole is ag-protocol", 0) == 0);
  CHECK(r.summary().find("1 agreement matched to ours") != std::string::npos);
  CHECK(ours.agreements.size() == agreements);
  CHECK(ours.find_agreement("ag-wire-protocole") == nullptr);
  const Event& merged = *ours.find_event("ev-1");
  CHECK(merged.agreements.size() == 2);
  CHECK(std::find(merged.sources.begin(), merged.sources.end(), "src-wire") != merged.sources.end());
  CHECK(validate(ours).empty());
}
