// The sliced tallies must give exactly what analytics.h's definitions give,
// whatever the slices, on synthetic data roughened with the odd cases the
// definitions count in their own way (repeated topics, acts and people, two acts on one day,
// events with no partner, acts on unknown agreements, undated figures).
#include <catch2/catch.hpp>

#include <random>

#include "analytics.h"
#include "event_tallies.h"
#include "fixtures.h"
#include "synth.h"

using namespace accord;

namespace {

Dataset roughened(size_t events, uint64_t seed) {
  Dataset d = synthesize(events, seed);
  std::mt19937 rng(uint32_t(seed * 7 + 1));
  for (size_t i = 0; i < d.events.size(); ++i) {
    Event& e = d.events[i];
    switch (rng() % 12) {
      case 0:
        if (!e.topics.empty()) e.topics.push_back(e.topics.front());
        break;
      case 1:
        if (!e.participants.empty()) e.participants.push_back(e.participants.front());
        break;
      case 2:
        if (!e.agreements.empty()) e.agreements.push_back(e.agreements.front());
        break;
      case 3:
        e.countries = {d.home_country};
        break;
      case 4:
        e.agreements.push_back({"ag-not-in-dataset", AgreementAction::Reviewed});
        break;
      case 5:
        e.figures.push_back({double(rng() % 90), "kg", "seized", "", ""});
        break;
      case 6:
        e.figures.push_back({2, "new unit", "odd", "1999-2001 and 2003", ""});
        break;
      case 7:
        e.mechanisms.clear();
        break;
      case 8:  // a second act on the same day: the first one stays the latest
        if (!e.agreements.empty())
          e.agreements.push_back({e.agreements.front().agreement, AgreementAction::Implemented});
        break;
      default:
        break;
    }
  }
  return d;
}

EventTallies tallied_in_slices(const Dataset& d, uint32_t seed) {
  std::mt19937 rng(seed);
  EventTalliesBuild build(d);
  size_t steps = 0;
  while (!build.step(1 + rng() % 97)) ++steps;
  CHECK(build.progress() == 1.0);
  if (d.events.size() > 200) CHECK(steps > 2);  // it really went in slices
  return build.take();
}

void check_same(const PartnerTopicMatrix& a, const PartnerTopicMatrix& b) {
  CHECK(a.partners == b.partners);
  CHECK(a.topics == b.topics);
  CHECK(a.partner_events == b.partner_events);
  CHECK(a.counts == b.counts);
  CHECK(a.max_count == b.max_count);
}

void check_same(const std::vector<PartnerSummary>& a, const std::vector<PartnerSummary>& b) {
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    INFO("partner " << a[i].country);
    CHECK(a[i].country == b[i].country);
    CHECK(a[i].events == b[i].events);
    CHECK(a[i].first == b[i].first);
    CHECK(a[i].last == b[i].last);
    CHECK(a[i].by_type == b[i].by_type);
    CHECK(a[i].topics == b[i].topics);
    CHECK(a[i].agreements == b[i].agreements);
    CHECK(a[i].mechanisms == b[i].mechanisms);
    CHECK(a[i].figures == b[i].figures);
  }
}

void check_same(const std::vector<FigureSeries>& a, const std::vector<FigureSeries>& b) {
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    INFO("unit " << a[i].unit);
    CHECK(a[i].unit == b[i].unit);
    CHECK(a[i].max_quantity == b[i].max_quantity);
    REQUIRE(a[i].points.size() == b[i].points.size());
    for (size_t k = 0; k < a[i].points.size(); ++k) {
      const FigurePoint &x = a[i].points[k], &y = b[i].points[k];
      CHECK((x.quantity == y.quantity && x.what == y.what && x.period == y.period && x.year == y.year &&
             x.source == y.source && x.event == y.event));
    }
  }
}

void check_same(const std::vector<AgreementRow>& a, const std::vector<AgreementRow>& b) {
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    INFO("agreement row " << i);
    CHECK(a[i].index == b[i].index);
    CHECK(a[i].signed_date == b[i].signed_date);
    CHECK(a[i].status == b[i].status);
    CHECK(a[i].status_date == b[i].status_date);
    CHECK(a[i].has_status == b[i].has_status);
    CHECK(a[i].events == b[i].events);
  }
}

void check_same(const std::vector<PersonRow>& a, const std::vector<PersonRow>& b) {
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].index == b[i].index);
    CHECK(a[i].latest_role == b[i].latest_role);
    CHECK(a[i].events == b[i].events);
  }
}

void check_same(const PersonTimeline& a, const PersonTimeline& b) {
  CHECK(a.span_from == b.span_from);
  CHECK(a.span_to == b.span_to);
  REQUIRE(a.bars.size() == b.bars.size());
  REQUIRE(a.events.size() == b.events.size());
  for (size_t k = 0; k < a.events.size(); ++k)
    CHECK((a.events[k].event == b.events[k].event && a.events[k].role == b.events[k].role &&
           a.events[k].part == b.events[k].part));
}

void check_same(const AgreementLineage& a, const AgreementLineage& b) {
  CHECK(a.amends == b.amends);
  CHECK(a.amended_by == b.amended_by);
  CHECK(a.events == b.events);
  REQUIRE(a.steps.size() == b.steps.size());
  for (size_t k = 0; k < a.steps.size(); ++k)
    CHECK((a.steps[k].action == b.steps[k].action && a.steps[k].date == b.steps[k].date &&
           a.steps[k].event == b.steps[k].event && a.steps[k].source == b.steps[k].source));
}

const std::vector<uint32_t> kNone;

void check_against_definitions(const Dataset& d, const EventTallies& t) {
  check_same(partner_topic_matrix(t), partner_topic_matrix(d));
  check_same(partner_summaries(d, t), partner_summaries(d));
  check_same(t.figures, figure_series(d));
  check_same(agreement_register(d, t), agreement_register(d));
  check_same(people_directory(d, t), people_directory(d));
  CHECK(t.years.first == event_year_span(d).first);
  CHECK(t.years.last == event_year_span(d).last);
  for (size_t i = 0; i < d.people.size(); i += 7) {
    const std::vector<uint32_t>* events = t.events_of_person(d.people[i].id);
    check_same(person_timeline(d, d.people[i], events ? *events : kNone, t.years), person_timeline(d, d.people[i]));
  }
  for (size_t i = 0; i < d.agreements.size(); i += 3) {
    const std::vector<uint32_t>* events = t.events_of_agreement(d.agreements[i].id);
    check_same(agreement_lineage(d, d.agreements[i].id, events ? *events : kNone),
               agreement_lineage(d, d.agreements[i].id));
  }
}

}  // namespace

TEST_CASE("tallies in slices equal the views' definitions on synthetic data", "[tallies]") {
  for (const auto& [events, seed] : std::vector<std::pair<size_t, uint64_t>>{{0, 1}, {1, 2}, {300, 3}, {4000, 4}}) {
    INFO(events << " events, seed " << seed);
    const Dataset d = roughened(events, seed);
    check_against_definitions(d, tallied_in_slices(d, uint32_t(seed)));
  }
}

TEST_CASE("tallies equal the definitions on the fixtures and the shipped dataset", "[tallies]") {
  for (const std::string& path : {fixture_path("small.json"), std::string(ACCORD_DEFAULT_DATASET)}) {
    INFO(path);
    LoadResult r = load_dataset_file(path);
    REQUIRE(r.ok());
    check_against_definitions(r.dataset, event_tallies(r.dataset));
  }
}

TEST_CASE("tallies of older data join safely with the data after an edit", "[tallies]") {
  Dataset d = roughened(600, 9);
  const EventTallies before = event_tallies(d);
  // People and agreements removed, renamed and added since the tallies.
  const Person gone = d.people.front();
  d.people.erase(d.people.begin());
  d.people.push_back(Person{});
  d.people.back().id = "person-new";
  d.people.back().name = "New Person";
  d.agreements.pop_back();
  d.agreements.front().id = "ag-renamed";
  d.events.resize(d.events.size() / 2);

  const std::vector<PersonRow> rows = people_directory(d, before);
  REQUIRE(rows.size() == d.people.size());
  for (const PersonRow& r : rows) {
    REQUIRE(r.index < d.people.size());
    const std::vector<uint32_t>* events = before.events_of_person(d.people[r.index].id);
    CHECK(r.events == (events ? events->size() : 0));
  }
  const std::vector<AgreementRow> register_rows = agreement_register(d, before);
  REQUIRE(register_rows.size() == d.agreements.size());
  CHECK(register_rows.front().events == 0);  // its new id has no tallied acts
  // Event lists of older tallies may point past the events now: skipped.
  const std::vector<uint32_t>* gone_events = before.events_of_person(gone.id);
  REQUIRE(gone_events);
  const PersonTimeline t = person_timeline(d, gone, *gone_events, before.years);
  for (const PersonEvent& e : t.events) CHECK(e.event < d.events.size());
}
