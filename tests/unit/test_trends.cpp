// Trends: the bands at and around their boundaries, the low-baseline rule,
// and tables built from tallies of small hand-made datasets checked against
// counts done by hand.
#include <catch2/catch.hpp>

#include <algorithm>

#include "event_tallies.h"
#include "synth.h"
#include "trends.h"

using namespace accord;

namespace {

Event dated(const std::string& id, const std::string& date, std::vector<std::string> countries,
            std::vector<std::string> topics = {}) {
  Event e;
  e.id = id;
  e.date = *Date::parse(date);
  e.countries = std::move(countries);
  e.topics = std::move(topics);
  return e;
}

// n events with `partner` in the given month.
void add_events(Dataset& d, const std::string& partner, const std::string& month, size_t n,
                std::vector<std::string> topics = {}) {
  for (size_t k = 0; k < n; ++k)
    d.events.push_back(dated("ev-" + std::to_string(d.events.size()), month + "-15", {"VNM", partner}, topics));
}

Dataset world() {
  Dataset d;
  d.home_country = "VNM";
  return d;
}

}  // namespace

TEST_CASE("bands at their boundaries", "[trends]") {
  // Baseline 20: +25 % is 25 events, +10 % is 22.
  CHECK(trend_band(20, 26) == TrendBand::LargeIncrease);
  CHECK(trend_band(20, 25) == TrendBand::ModerateIncrease);  // exactly +25 %: moderate
  CHECK(trend_band(20, 23) == TrendBand::ModerateIncrease);
  CHECK(trend_band(20, 22) == TrendBand::LimitedChange);  // exactly +10 %: limited
  CHECK(trend_band(20, 20) == TrendBand::LimitedChange);
  CHECK(trend_band(20, 18) == TrendBand::LimitedChange);  // exactly -10 %
  CHECK(trend_band(20, 17) == TrendBand::ModerateDecrease);
  CHECK(trend_band(20, 15) == TrendBand::ModerateDecrease);  // exactly -25 %
  CHECK(trend_band(20, 14) == TrendBand::LargeDecrease);
  CHECK(trend_band(20, 0) == TrendBand::LargeDecrease);
  // Ratios that are not exact in binary still land on their boundary.
  CHECK(trend_band(10, 11) == TrendBand::LimitedChange);
  CHECK(trend_band(30, 33) == TrendBand::LimitedChange);
  CHECK(trend_band(40.0 / 3.0, 12) == TrendBand::LimitedChange);  // -10 % of a mean of three
}

TEST_CASE("a tiny baseline is limited change unless the period is large", "[trends]") {
  CHECK(trend_band(0, 0) == TrendBand::LimitedChange);
  CHECK(is_low_baseline(2, 5));
  CHECK_FALSE(is_low_baseline(2, 6));
  CHECK_FALSE(is_low_baseline(2.01, 0));
  CHECK(trend_band(0, 5) == TrendBand::LimitedChange);
  CHECK(trend_band(0, 6) == TrendBand::LargeIncrease);
  CHECK(trend_band(1, 5) == TrendBand::LimitedChange);  // +400 %, but 1 -> 5 is noise
  CHECK(trend_band(2, 5) == TrendBand::LimitedChange);
  CHECK(trend_band(2, 0) == TrendBand::LimitedChange);  // -100 % of 2 events
  CHECK(trend_band(2, 6) == TrendBand::LargeIncrease);
  CHECK(trend_band(2.5, 5) == TrendBand::LargeIncrease);  // just past the tiny baseline
  CHECK(trend_band(2.5, 0) == TrendBand::LargeDecrease);
  TrendRules strict;
  strict.tiny_baseline = 0;
  strict.tiny_current = 0;
  CHECK(trend_band(1, 5, strict) == TrendBand::LargeIncrease);
}

TEST_CASE("period labels and their dates", "[trends]") {
  CHECK(period_label(TrendPeriod::Month, 2024 * 12 + 2) == "2024-03");
  CHECK(period_label(TrendPeriod::Quarter, 2024 * 4 + 3) == "2024 Q4");
  CHECK(period_label(TrendPeriod::Year, 2024) == "2024");
  CHECK(period_first(TrendPeriod::Quarter, 2024 * 4 + 1).iso() == "2024-04");
  CHECK(period_last(TrendPeriod::Quarter, 2024 * 4 + 1).iso() == "2024-06");
  CHECK(period_first(TrendPeriod::Month, 2024 * 12 + 11).iso() == "2024-12");
  CHECK(period_last(TrendPeriod::Year, 2023).iso() == "2023");
  CHECK(trend_period_from_string("quarter") == TrendPeriod::Quarter);
  CHECK_FALSE(trend_period_from_string("week"));
  CHECK(trend_rows_from_string("topic") == TrendRows::Topic);
  CHECK(trend_band_label(TrendBand::ModerateDecrease) == "Moderate decrease");
}

TEST_CASE("a quarterly table compares each quarter with the four before it", "[trends]") {
  Dataset d = world();
  // LAO: 4 events a quarter through 2023, then 8 in 2024 Q1 (+100 %).
  for (const char* month : {"2023-01", "2023-04", "2023-07", "2023-10"}) add_events(d, "LAO", month, 4, {"drugs"});
  add_events(d, "LAO", "2024-02", 8, {"drugs"});
  // KHM: 10, 10, 10, 10 then 8 (-20 %).
  for (const char* month : {"2023-02", "2023-05", "2023-08", "2023-11"}) add_events(d, "KHM", month, 10);
  add_events(d, "KHM", "2024-03", 8);
  // An event dated to its year only: in years, not in quarters.
  d.events.push_back(dated("ev-year", "2024", {"VNM", "LAO"}));

  const EventTallies t = event_tallies(d);
  const TrendTable q = trend_table(t, TrendRows::Partner, TrendPeriod::Quarter, 3);
  CHECK(q.baseline_periods == 4);
  CHECK(q.year_only_events == 1);
  REQUIRE(q.periods.size() == 3);
  CHECK(period_label(TrendPeriod::Quarter, q.periods.back()) == "2024 Q1");
  REQUIRE(q.rows.size() == 2);
  CHECK(q.rows[0].key == "KHM");  // 28 events in the shown quarters, LAO 16
  CHECK(q.rows[0].events == 28);
  const TrendCell& khm = q.rows[0].cells.back();
  CHECK(khm.events == 8);
  CHECK(khm.baseline == Approx(10));
  CHECK(khm.baseline_periods == 4);
  CHECK(*khm.change == Approx(-0.2));
  CHECK(khm.band == TrendBand::ModerateDecrease);
  const TrendCell& lao = q.rows[1].cells.back();
  CHECK(lao.baseline == Approx(4));
  CHECK(lao.band == TrendBand::LargeIncrease);
  // 2023 Q3 has only two quarters before it in the data.
  const TrendCell& early = q.rows[1].cells[0];
  CHECK(period_label(TrendPeriod::Quarter, q.periods[0]) == "2023 Q3");
  CHECK(early.baseline_periods == 2);
  CHECK(early.band == TrendBand::LimitedChange);  // 4 against 4
  CHECK_FALSE(early.low_baseline);
  // Every event: 14 a quarter, then 16 (+14 %).
  CHECK(q.all.cells.back().events == 16);
  CHECK(q.all.cells.back().band == TrendBand::ModerateIncrease);

  // The first quarter of the data has nothing to compare with.
  const TrendTable all = trend_table(t, TrendRows::Partner, TrendPeriod::Quarter, 100);
  CHECK(all.periods.size() == 5);
  CHECK(all.rows[0].cells[0].band == TrendBand::NoBaseline);
  CHECK_FALSE(all.rows[0].cells[0].change);
}

TEST_CASE("years count events dated to the year only, topics count per topic", "[trends]") {
  Dataset d = world();
  add_events(d, "LAO", "2022-03", 3, {"drugs"});
  add_events(d, "LAO", "2023-03", 1, {"drugs", "cybercrime"});
  d.events.push_back(dated("ev-year", "2023", {"VNM", "THA"}, {"drugs"}));
  const EventTallies t = event_tallies(d);
  const TrendTable y = trend_table(t, TrendRows::Topic, TrendPeriod::Year, 5);
  CHECK(y.year_only_events == 0);
  REQUIRE(y.periods == std::vector<int>{2022, 2023});
  REQUIRE(y.rows.size() == 2);
  CHECK(y.rows[0].key == "drugs");
  CHECK(y.rows[0].cells[1].events == 2);
  CHECK(y.rows[0].cells[1].baseline == Approx(3));
  CHECK(y.rows[0].cells[1].band == TrendBand::LargeDecrease);  // 3 is past the tiny baseline: -33 %
  CHECK(y.rows[1].key == "cybercrime");
  CHECK(y.rows[1].cells[0].events == 0);
  CHECK(y.all.cells[1].events == 2);
}

TEST_CASE("a table from the tallies of synthetic data adds up, however they were sliced", "[trends]") {
  const Dataset d = synthesize(3000, 7);
  const EventTallies t = event_tallies(d);
  EventTalliesBuild build(d);
  while (!build.step(37)) {
  }
  const EventTallies sliced = build.take();
  CHECK(sliced.by_month.months == t.by_month.months);
  CHECK(sliced.by_month.events == t.by_month.events);
  CHECK(sliced.by_month.partners == t.by_month.partners);
  CHECK(sliced.by_month.topics == t.by_month.topics);
  const TrendTable y = trend_table(t, TrendRows::Partner, TrendPeriod::Year, 1000);
  size_t dated = 0;
  for (const Event& e : d.events) dated += e.date.year > 0;
  size_t all = 0;
  for (const TrendCell& c : y.all.cells) all += c.events;
  CHECK(all == dated);
  // Partner rows add up to the partner tallies.
  for (const TrendRow& row : y.rows) {
    const auto p = std::find_if(t.partners.begin(), t.partners.end(),
                                [&](const EventTallies::Partner& x) { return x.country == row.key; });
    REQUIRE(p != t.partners.end());
    CHECK(row.events == p->events);
  }
}
