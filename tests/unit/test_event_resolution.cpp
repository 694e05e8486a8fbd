// One event, many reports (core/resolve): which reports are one event,
// people under two spellings, facts merged with their sources, split.
// The articles are tests/fixtures/reports (our own words).
#include <catch2/catch.hpp>

#include "article_intake.h"
#include "candidate_index.h"
#include "event_resolution.h"
#include "fact_merge.h"
#include "fixtures.h"
#include "gazetteer.h"
#include "name_match.h"
#include "synth.h"
#include "validate.h"

using namespace accord;

namespace {

// Two border provinces' police chiefs meeting in their border town.
struct Provinces {
  Dataset d = small_fixture();
  Provinces() {
    d.people.push_back(Person{"p-chief-a", "Tran Quoc Hung", "Trần Quốc Hùng", {}, "VNM", {}});
    d.people.push_back(Person{"p-chief-b", "Khamphanh Sithong", "", {}, "LAO", {}});
  }
  Event meeting(const std::string& id, const std::string& date) const {
    Event e = test_event(id);
    e.title = "Border provinces' police review security along the frontier";
    e.type = EventType::Conference;
    e.date = *Date::parse(date);
    e.location = {"Lao Bao", "VNM", false};
    e.participants = {{"p-chief-a", "police director", ""}, {"p-chief-b", "police commander", ""}};
    e.topics = {"border_control"};
    return e;
  }
};

ResolutionDecision decide(const Event& report, const Dataset& d) {
  const RecordLookup lookup{&d, nullptr, nullptr};
  return score_event_pair(report, lookup, d.events.back(), lookup, d.home_country).decision;
}

ArticleAdd add_report(Dataset& d, EditHistory& h, const Gazetteer& g, const std::string& file,
                      const ReportChoice& choice = {}) {
  ExtractOptions options;
  options.today = Date::parse("2026-12-01");
  return add_article(d, h, read_text(fixture_path("reports/" + file)), g, options, {}, choice);
}

}  // namespace

TEST_CASE("names match whatever their order, case and diacritics", "[resolve]") {
  CHECK(name_key("Nguyễn Duy Ngọc") == "duy ngoc nguyen");
  CHECK(name_key("Nguyen Ngoc Duy") == name_key("Nguyễn Duy Ngọc"));
  CHECK(name_key("Gen. NGUYEN Van Binh") == name_key("Nguyễn Văn Bình"));
  const Person a{"p-a", "Nguyen Van Binh", "Nguyễn Văn Bình", {}, "VNM", {}};
  const Person b{"p-b", "Binh Nguyen Van", "", {}, "VNM", {}};
  const Person c{"p-c", "Nguyen Van Minh", "", {}, "VNM", {}};
  CHECK(same_person(a, b));
  CHECK_FALSE(same_person(a, c));
}

TEST_CASE("places match across languages and spellings", "[resolve]") {
  Provinces p;
  p.d.events.push_back(p.meeting("ev-first", "2024-04-05"));
  Event report = p.meeting("ev-report", "2024-04-05");
  report.location.city = "Lao Bảo";
  CHECK(decide(report, p.d) == ResolutionDecision::Same);
  report.location.city = "TP Hồ Chí Minh";
  CHECK(decide(report, p.d) != ResolutionDecision::Same);
  p.d.events.back().location.city = "Ho Chi Minh City";
  CHECK(decide(report, p.d) == ResolutionDecision::Same);
}

TEST_CASE("an English and a French report of one talks become one event with both sources", "[resolve]") {
  GazetteerLoad g = load_gazetteer(ACCORD_DEFAULT_GAZETTEER);
  REQUIRE(g.ok());
  Dataset d = small_fixture();
  add_dataset_entries(g.gazetteer, d);
  EditHistory h;
  const ArticleAdd en = add_report(d, h, g.gazetteer, "kh_fraud_talks_en.txt");
  REQUIRE(en.added());
  const size_t events = d.events.size(), people = d.people.size(), agreements = d.agreements.size();
  const ArticleAdd fr = add_report(d, h, g.gazetteer, "kh_fraud_talks_fr.txt");
  INFO(fr.refused);
  REQUIRE(fr.added());
  CHECK(fr.merged_into == en.records.event.id);
  CHECK(d.events.size() == events);
  CHECK(d.people.size() == people);          // "Nguyen Binh Van" is the deputy minister already listed
  CHECK(d.agreements.size() == agreements);  // the protocole d'accord is the MoU already listed
  const Event* e = d.find_event(en.records.event.id);
  REQUIRE(e != nullptr);
  CHECK(e->sources.size() == 2);
  REQUIRE(fr.resolution.best() != nullptr);
  CHECK(fr.resolution.best()->reasons_text().find("same place") != std::string::npos);
  // The French report dates it a day later: both dates are kept, each with its source.
  REQUIRE(e->disputed.size() == 1);
  CHECK(e->disputed[0].field == "date");
  CHECK(e->disputed[0].source == fr.records.source.id);
  CHECK(validate(d).empty());
  // One undo takes the whole report back.
  h.undo(d);
  CHECK(d.find_event(en.records.event.id)->sources.size() == 1);
}

TEST_CASE("the same officials a year later are another event", "[resolve]") {
  GazetteerLoad g = load_gazetteer(ACCORD_DEFAULT_GAZETTEER);
  REQUIRE(g.ok());
  Dataset d = small_fixture();
  add_dataset_entries(g.gazetteer, d);
  EditHistory h;
  REQUIRE(add_report(d, h, g.gazetteer, "kh_fraud_talks_en.txt").added());
  const ArticleAdd later = add_report(d, h, g.gazetteer, "kh_fraud_talks_next_year.txt");
  REQUIRE(later.added());
  CHECK(later.merged_into.empty());
  CHECK(later.resolution.candidates.empty());
}

TEST_CASE("a possible report is left to the user, who says same or new", "[resolve]") {
  GazetteerLoad g = load_gazetteer(ACCORD_DEFAULT_GAZETTEER);
  REQUIRE(g.ok());
  Dataset d = small_fixture();
  add_dataset_entries(g.gazetteer, d);
  EditHistory h;
  const ArticleAdd en = add_report(d, h, g.gazetteer, "kh_fraud_talks_en.txt");
  REQUIRE(en.added());
  ReportChoice as_new;
  as_new.as_new = true;
  const ArticleAdd fr = add_report(d, h, g.gazetteer, "kh_fraud_talks_fr.txt", as_new);
  REQUIRE(fr.added());
  CHECK(fr.merged_into.empty());
  ReportChoice same;
  same.same_as = "ev-1";
  const ArticleAdd forced = add_report(d, h, g.gazetteer, "kh_fraud_talks_next_year.txt", same);
  REQUIRE(forced.added());
  CHECK(forced.merged_into == "ev-1");
  CHECK(validate(d).empty());
}

TEST_CASE("border provinces meeting again weeks later stay two events", "[resolve]") {
  Provinces p;
  p.d.events.push_back(p.meeting("ev-first", "2024-04-05"));
  Event again = p.meeting("ev-again", "2024-04-26");
  CHECK(decide(again, p.d) == ResolutionDecision::New);
  // A report dated only to the month cannot tell the two apart: asked, never merged.
  again.date = *Date::parse("2024-04");
  CHECK(decide(again, p.d) != ResolutionDecision::Same);
  // The same meeting reported a day late is one.
  again.date = *Date::parse("2024-04-06");
  CHECK(decide(again, p.d) == ResolutionDecision::Same);
}

TEST_CASE("titles alike in all but the usual words do not make two meetings one", "[resolve]") {
  Provinces p;
  Event monday = p.meeting("ev-monday", "2024-05-06");
  monday.title = "Vietnam and Laos strengthen security cooperation";
  monday.participants = {{"p-chief-a", "police director", ""}};
  p.d.events.push_back(monday);
  Event wednesday = monday;
  wednesday.id = "ev-wednesday";
  wednesday.date = *Date::parse("2024-05-08");
  wednesday.title = "Vietnamese, Lao police boost cooperation";
  CHECK(decide(wednesday, p.d) != ResolutionDecision::Same);
}

TEST_CASE("an annual conference is not last year's", "[resolve]") {
  Provinces p;
  Event first = p.meeting("ev-2023", "2023-11-14");
  first.title = "The 12th annual conference of the border provinces' police";
  p.d.events.push_back(first);
  Event next = first;
  next.id = "ev-2024";
  next.date = *Date::parse("2024-11-14");
  next.title = "The 13th annual conference of the border provinces' police";
  CHECK(decide(next, p.d) == ResolutionDecision::New);
  next.date = *Date::parse("2023-11-14");  // even on the same day, another edition number
  CHECK(decide(next, p.d) != ResolutionDecision::Same);
}

TEST_CASE("a merge keeps what reports disagree on and adds what they add", "[resolve]") {
  Provinces p;
  Event ours = p.meeting("ev-ours", "2024-04");
  ours.figures = {{30, "suspects", "suspects handed over", "2023", "src-a"}};
  Event report = p.meeting("ev-report", "2024-04-05");
  report.type = EventType::Talks;
  report.participants.push_back({"p-nguyen", "deputy director", ""});
  report.figures = {{32, "suspects", "suspects handed over", "2023", "src-b"}};
  const Event merged = merge_report(ours, report, "src-b");
  CHECK(merged.sources == std::vector<std::string>{"src-a", "src-b"});
  CHECK(merged.date.iso() == "2024-04-05");  // the more precise date
  CHECK(merged.type == EventType::Conference);
  CHECK(merged.participants.size() == 3);
  CHECK(merged.figures.size() == 2);  // both counts, each with its source
  std::vector<std::string> disputed;
  for (const Dispute& x : merged.disputed) disputed.push_back(x.field + "=" + x.value + "@" + x.source);
  CHECK(disputed == std::vector<std::string>{"date=2024-04@src-a", "type=talks@src-b",
                                             "figure=32 suspects suspects handed over@src-b"});
  p.d.events.push_back(merged);
  const std::vector<Problem> problems = validate(p.d);
  INFO((problems.empty() ? "" : problems[0].to_string()));
  CHECK(problems.empty());
}

TEST_CASE("split takes a wrongly merged report back out", "[resolve]") {
  Provinces p;
  const Event ours = p.meeting("ev-ours", "2024-04");
  Event report = p.meeting("ev-report", "2024-04-05");
  report.title = "Another meeting altogether";
  report.type = EventType::Talks;
  report.participants = {{"p-nguyen", "deputy director", ""}};
  report.location = {"Savannakhet", "LAO", false};
  report.topics = {"drugs"};
  report.figures = {{12, "kg", "heroin seized", "", ""}};
  const Event merged = merge_report(ours, report, "src-b");
  SplitResult s;
  std::string why;
  REQUIRE(split_source(merged, "src-b", "", "ev-split", s, why));
  CHECK(s.kept.sources == ours.sources);
  CHECK(s.kept.date.iso() == ours.date.iso());
  CHECK(s.kept.participants.size() == ours.participants.size());
  CHECK(s.kept.topics == ours.topics);
  CHECK(s.kept.figures.empty());
  CHECK(s.kept.disputed.empty());
  CHECK(s.kept.reported.empty());
  CHECK(s.split.id == "ev-split");
  CHECK(s.split.title == "Another meeting altogether");
  CHECK(s.split.type == EventType::Talks);
  CHECK(s.split.date.iso() == "2024-04-05");
  CHECK(s.split.location.city == "Savannakhet");
  REQUIRE(s.split.participants.size() == 1);
  CHECK(s.split.participants[0].person == "p-nguyen");
  CHECK(s.split.figures.size() == 1);
  CHECK(s.split.sources == std::vector<std::string>{"src-b"});
  CHECK_FALSE(split_source(merged, "src-a", "", "ev-x", s, why));  // the first source is the event's own
  CHECK_FALSE(split_source(ours, "src-b", "", "ev-x", s, why));
}

TEST_CASE("one MoU under two names is one agreement, an MoU and a plan are two", "[resolve]") {
  Agreement en{"ag-en", AgreementKind::MoU, "MoU on sharing information about fraud", {"VNM", "KHM"}, {}, "", {}, ""};
  en.history = {{AgreementAction::Signed, Date::parse("2025-03-12"), "", "src-a"}};
  Agreement fr = en;
  fr.id = "ag-fr";
  fr.title = "Protocole d'accord sur l'échange d'informations";
  fr.history[0].date = Date::parse("2025-03-13");
  CHECK(same_agreement(en, fr));
  Agreement plan = fr;
  plan.kind = AgreementKind::Plan;
  CHECK_FALSE(same_agreement(en, plan));
  Agreement older = fr;
  older.history[0].date = Date::parse("2019-06-01");
  CHECK_FALSE(same_agreement(en, older));
}

TEST_CASE("the shipped dataset has no two events the resolver would merge", "[resolve][seed]") {
  const Dataset d = shipped_dataset();
  const EventCandidateIndex index(d);
  const RecordLookup lookup{&d, nullptr, nullptr};
  for (const Event& e : d.events) {
    const EventResolution r = resolve_event(e, lookup, d, index, e.id);
    INFO(e.id << " " << (r.best() ? r.best()->event_id + " " + r.best()->reasons_text() : ""));
    CHECK(r.decision != ResolutionDecision::Same);
  }
}

TEST_CASE("the candidate index finds what a scan finds", "[resolve]") {
  const Dataset d = synthesize(3000, 7);
  EventCandidateIndex index(d);
  for (size_t i = 0; i < d.events.size(); i += 97) {
    const Event& e = d.events[i];
    for (int window : {0, 3, 30}) {
      const DaySpan span = day_span(e.date, e.end_date);
      const std::vector<std::string> partners = event_partner_ids(e, d.home_country);
      CHECK(index.find(span, window, partners) == scan_candidates(d, span, window, partners));
    }
  }
}
