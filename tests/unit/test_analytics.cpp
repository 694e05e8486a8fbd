#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "analytics.h"
#include "event_index.h"
#include "fixtures.h"
#include "synth.h"

using namespace accord;

namespace {
Dataset small() {
  LoadResult r = load_dataset_file(fixture_path("small.json"));
  REQUIRE(r.ok());
  return r.dataset;
}
}  // namespace

TEST_CASE("the year span covers the events", "[analytics]") {
  const Dataset d = small();
  const YearSpan span = event_year_span(d);
  CHECK(span.first == 2022);
  CHECK(span.last == 2024);
  CHECK(event_year_span(Dataset{}).empty());
  Date mid = *Date::parse("2024-07");
  CHECK(fractional_year(mid) == Approx(2024 + 182.0 / 366));
  CHECK(fractional_year(*Date::parse("2024"), true) == Approx(2025));
  CHECK(fractional_year(*Date::parse("2024-12"), true) == Approx(2025));
}

TEST_CASE("facet counts use country ids and skip the home country", "[analytics]") {
  const FacetCounts f = facet_counts(small());
  REQUIRE(f.partners.size() == 2);
  CHECK(f.partners[0] == std::make_pair(std::string("LAO"), size_t(2)));  // ties keep id order
  CHECK(f.partners[1] == std::make_pair(std::string("THA"), size_t(2)));
  CHECK(f.types.size() == 3);
  CHECK(f.years == std::vector<std::pair<int, size_t>>{{2022, 1}, {2023, 1}, {2024, 1}});
  CHECK(f.topics.size() == 5);
}

TEST_CASE("the partner x topic matrix counts events per cell", "[analytics]") {
  const Dataset d = small();
  const PartnerTopicMatrix m = partner_topic_matrix(d);
  REQUIRE(m.partners == std::vector<std::string>{"LAO", "THA"});
  CHECK(m.partner_events == std::vector<size_t>{2, 2});
  const auto col = [&](const std::string& t) {
    return size_t(std::find(m.topics.begin(), m.topics.end(), t) - m.topics.begin());
  };
  REQUIRE(col("drugs") < m.topics.size());
  CHECK(m.at(0, col("drugs")) == 1);
  CHECK(m.at(1, col("drugs")) == 0);
  CHECK(m.at(0, col("fraud")) == 1);
  CHECK(m.at(1, col("fraud")) == 1);
  CHECK(m.at(1, col("training")) == 1);
  CHECK(m.max_count == 1);
  // Over a subset: only ev-3.
  const PartnerTopicMatrix only3 = partner_topic_matrix(d, {2});
  CHECK(only3.partners == std::vector<std::string>{"THA"});
  CHECK(only3.topics == std::vector<std::string>{"training"});
}

TEST_CASE("the shipped matrix: Laos has the most events and drugs is its top topic", "[analytics]") {
  const Dataset d = shipped_dataset();
  const PartnerTopicMatrix m = partner_topic_matrix(d);
  REQUIRE(m.partners.size() == 3);
  CHECK(m.partners[0] == "LAO");
  const std::vector<PartnerSummary> s = partner_summaries(d);
  REQUIRE(s.size() == 3);
  CHECK(s[0].country == "LAO");
  CHECK(s[0].events == m.partner_events[0]);
  CHECK(!s[0].topics.empty());
  CHECK(s[0].topics[0].first == "drugs");
  CHECK(s[0].figures == 6);
}

TEST_CASE("partner summaries list agreements, mechanisms and the date range", "[analytics]") {
  const std::vector<PartnerSummary> s = partner_summaries(small());
  REQUIRE(s.size() == 2);
  const PartnerSummary& lao = s[0].country == "LAO" ? s[0] : s[1];
  CHECK(lao.events == 2);
  CHECK(lao.agreements == std::vector<std::string>{"ag-base", "ag-protocol"});
  CHECK(lao.mechanisms == std::vector<std::string>{"mech-interpol"});
  REQUIRE(lao.first);
  CHECK(lao.first->iso() == "2022-03-01");
  CHECK(lao.last->iso() == "2023-07-15");
  CHECK(lao.figures == 1);
}

TEST_CASE("figures group by unit, in time order, with their sources", "[analytics]") {
  const Dataset d = shipped_dataset();
  const std::vector<FigureSeries> series = figure_series(d);
  REQUIRE(!series.empty());
  CHECK(series[0].unit == "joint cases");
  REQUIRE(series[0].points.size() == 3);
  CHECK(series[0].points[0].year == 2022);
  CHECK(series[0].points[1].year == 2023);
  CHECK(series[0].points[2].year == 2024);  // "2024-01/2024-10 (to mid-October)"
  CHECK(series[0].points[2].quantity == 6);
  CHECK(series[0].max_quantity == 6);
  for (const FigureSeries& s : series)
    for (const FigurePoint& p : s.points) {
      CHECK(!p.source.empty());
      CHECK(d.find_event(p.event) != nullptr);
    }
  const auto kg = std::find_if(series.begin(), series.end(), [](const FigureSeries& s) { return s.unit == "kg"; });
  REQUIRE(kg != series.end());
  CHECK(kg->points[0].quantity == 210);
}

TEST_CASE("the agreement register knows signed dates and the latest status", "[analytics]") {
  const Dataset d = small();
  std::vector<AgreementRow> rows = agreement_register(d);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].signed_date->iso() == "2020-05");
  CHECK(rows[0].status == AgreementAction::Amended);
  CHECK(rows[0].events == 1);
  CHECK(rows[1].signed_date->iso() == "2022-03-01");

  sort_agreement_register(d, rows, AgreementColumn::Signed, false);
  CHECK(d.agreements[rows[0].index].id == "ag-protocol");
  sort_agreement_register(d, rows, AgreementColumn::Title, true);
  CHECK(d.agreements[rows[0].index].id == "ag-base");
  sort_agreement_register(d, rows, AgreementColumn::Kind, true);
  CHECK(d.agreements[rows[0].index].id == "ag-base");  // MoU before protocol
  sort_agreement_register(d, rows, AgreementColumn::Kind, false);
  CHECK(d.agreements[rows[0].index].id == "ag-protocol");
}

TEST_CASE("undated agreements sort last either way", "[analytics]") {
  Dataset d = small();
  d.agreements.push_back({});
  d.agreements.back().id = "ag-undated";
  d.agreements.back().title = "A";
  std::vector<AgreementRow> rows = agreement_register(d);
  sort_agreement_register(d, rows, AgreementColumn::Signed, true);
  CHECK(d.agreements[rows.back().index].id == "ag-undated");
  sort_agreement_register(d, rows, AgreementColumn::Signed, false);
  CHECK(d.agreements[rows.back().index].id == "ag-undated");
}

TEST_CASE("lineage: what an agreement amends, what amends it, events acting on it", "[analytics]") {
  const Dataset d = small();
  const AgreementLineage base = agreement_lineage(d, "ag-base");
  CHECK(base.amends.empty());
  CHECK(base.amended_by == std::vector<std::string>{"ag-protocol"});
  REQUIRE(base.steps.size() == 2);  // signed 2020-05, amended by ev-1 (no duplicate)
  CHECK(base.steps[0].action == AgreementAction::Signed);
  CHECK(base.steps[1].event == "ev-1");
  REQUIRE(base.events.size() == 1);
  CHECK(d.events[base.events[0].first].id == "ev-1");
  CHECK(base.events[0].second == AgreementAction::Amended);

  const AgreementLineage protocol = agreement_lineage(d, "ag-protocol");
  CHECK(protocol.amends == std::vector<std::string>{"ag-base"});
  CHECK(protocol.amended_by.empty());
  CHECK(agreement_lineage(d, "nope").steps.empty());
}

TEST_CASE("lineage survives an amends cycle in bad data", "[analytics]") {
  Dataset d = small();
  d.agreements[0].amends = "ag-protocol";  // base amends protocol amends base
  const AgreementLineage l = agreement_lineage(d, "ag-protocol");
  CHECK(l.amends == std::vector<std::string>{"ag-base"});
}

TEST_CASE("role bars clamp open ends to the dataset's span", "[analytics]") {
  const Dataset d = small();
  const PersonTimeline t = person_timeline(d, d.people[0]);
  CHECK(t.span_from == 2022);
  CHECK(t.span_to == 2025);
  REQUIRE(t.bars.size() == 2);
  // Deputy Director 2019 - 2022-06: starts before the span.
  CHECK(t.bars[0].starts_before);
  CHECK(t.bars[0].from == 2022);
  CHECK(t.bars[0].to == Approx(2022.5).margin(0.01));
  CHECK_FALSE(t.bars[0].open_end);
  // Director from 2022-07-01, still held: to the span's end.
  CHECK(t.bars[1].open_end);
  CHECK(t.bars[1].to == 2025);
  CHECK(t.bars[1].from == Approx(2022.5).margin(0.01));
  // Events with the role held on the day (or the stated one).
  REQUIRE(t.events.size() == 2);
  CHECK(d.events[t.events[0].event].id == "ev-1");
  CHECK(t.events[0].role == "Deputy Director");  // 2022-03-01, before July
  CHECK(t.events[0].part == "signatory");
  CHECK(t.events[1].role == "Director of the Border Department");
}

TEST_CASE("the people directory: latest role and event counts", "[analytics]") {
  const Dataset d = shipped_dataset();
  const std::vector<PersonRow> rows = people_directory(d);
  REQUIRE(rows.size() == d.people.size());
  for (size_t i = 1; i < rows.size(); ++i) CHECK(d.people[rows[i - 1].index].name <= d.people[rows[i].index].name);
  const auto to_lam =
      std::find_if(rows.begin(), rows.end(), [&](const PersonRow& r) { return d.people[r.index].id == "p-to-lam"; });
  REQUIRE(to_lam != rows.end());
  CHECK(to_lam->latest_role == "General Secretary of the Communist Party of Vietnam");
  CHECK(to_lam->events > 0);
  const PersonTimeline t = person_timeline(d, d.people[to_lam->index]);
  CHECK(t.events.size() == to_lam->events);
}

TEST_CASE("year runs by binary search equal a pass over the rows", "[analytics]") {
  const Dataset d = synthesize(5000, 11);
  const EventIndex ix(d);
  std::mt19937 rng(5);
  for (int k = 0; k < 40; ++k) {
    EventFilter f;
    if (k % 2) f.partners = {ix.partner_ids()[rng() % ix.partner_ids().size()]};
    if (k % 3 == 0) f.topics = {ix.topics()[rng() % ix.topics().size()]};
    if (k % 5 == 0) f.text = "hanoi";
    std::vector<size_t> rows = ix.query(f).events;
    if (k % 4 == 0) std::reverse(rows.begin(), rows.end());  // the timeline's newest first
    std::vector<YearRun> passed;
    for (size_t i = 0; i < rows.size(); ++i) {
      const int year = d.events[rows[i]].date.year;
      if (passed.empty() || passed.back().year != year) passed.push_back({year, i, 0});
      ++passed.back().count;
    }
    const std::vector<YearRun> runs = year_runs(d, rows);
    REQUIRE(runs.size() == passed.size());
    for (size_t i = 0; i < runs.size(); ++i)
      CHECK((runs[i].year == passed[i].year && runs[i].start == passed[i].start && runs[i].count == passed[i].count));
  }
  CHECK(year_runs(d, {}).empty());
}

TEST_CASE("the register sorts by the parties' names", "[analytics]") {
  const Dataset d = synthesize(3000, 4);
  const auto names = [&](const AgreementRow& r) {
    std::string s;
    for (const std::string& p : d.agreements[r.index].parties) {
      const Country* c = d.find_country(p);
      s += (c ? c->name : p) + ",";
    }
    return s;
  };
  for (const bool ascending : {true, false}) {
    std::vector<AgreementRow> rows = agreement_register(d);
    sort_agreement_register(d, rows, AgreementColumn::Parties, ascending);
    REQUIRE(rows.size() == d.agreements.size());
    size_t changes = 0;
    for (size_t i = 1; i < rows.size(); ++i) {
      const std::string before = names(rows[i - 1]), here = names(rows[i]);
      CHECK((ascending ? before <= here : before >= here));
      changes += before != here;
    }
    CHECK(changes > 3);  // several partners: the order means something
  }
}
